/**
 * The hand-transcribed, sourced parts of the dataset: Klimatkontrakt 2030 signings
 * (data/curated/contracts.json) and verified targets (data/curated/targets.json).
 */
import { z } from 'zod';
import { ImportError } from './errors.ts';
import { parseWith } from './parse-with.ts';
import { datasetContractSourceSchema, datasetTargetSchema } from '../../server/dataset/schema.ts';
import type { Dataset, DatasetSigning, DatasetTarget } from '../../server/dataset/schema.ts';
import type { ProgrammeCity } from './cities-md.ts';

const localized = z.object({ sv: z.string().min(1), en: z.string().min(1) });

const contractsFileSchema = z.object({
  sources: z.array(datasetContractSourceSchema),
  wave2JoinedNote: localized,
  versions: z.array(
    z.object({
      id: z.string().regex(/^\d{4}$/),
      signingDay: z.iso.date(),
      signers: z.enum(['wave1', 'wave2', 'all']),
      kind: z.enum(['contract', 'letter-of-intent']),
      dateCertainty: z.enum(['stated', 'inferred']),
      sourceIds: z.array(z.string()).min(1),
      note: localized,
    }),
  ),
  laterVersionsNote: localized,
});

const targetsFileSchema = z.object({
  readNote: localized,
  targets: z.array(
    datasetTargetSchema.omit({ id: true, source: true }).extend({
      source: z.object({ url: z.url(), title: z.string() }),
    }),
  ),
});

type ContractsFile = z.infer<typeof contractsFileSchema>;
type Member = { id: string; wave: 1 | 2 };

/** One signing per version and member that signed it (all, or its wave); every source id must be listed. */
function signingsOf(data: ContractsFile, cities: readonly Member[], file: string): DatasetSigning[] {
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const signings: DatasetSigning[] = [];
  data.versions.forEach((version, i) => {
    for (const id of version.sourceIds) {
      if (!sourceIds.has(id))
        throw new ImportError(file, `unknown source '${id}'`, undefined, `versions.${i}.sourceIds`);
    }
    for (const city of cities) {
      const signs = version.signers === 'all' || version.signers === `wave${city.wave}`;
      if (!signs) continue;
      signings.push({
        cityId: city.id,
        versionId: version.id,
        kind: version.kind,
        signedOn: version.signingDay,
        dateCertainty: version.dateCertainty,
        sourceIds: version.sourceIds,
        note: version.note,
      });
    }
  });
  return signings;
}

/** The first contract per city must agree with the checked table in cities-23.md. */
function checkFirstContracts(
  signings: readonly DatasetSigning[],
  cities: readonly Member[],
  programme: readonly ProgrammeCity[],
  file: string,
): void {
  cities.forEach((city, i) => {
    const first = signings
      .filter((s) => s.cityId === city.id && s.kind === 'contract')
      .map((s) => s.signedOn)
      .sort()[0];
    const expected = programme[i]?.firstSigned;
    if (first !== expected)
      throw new ImportError(
        file,
        `first contract for ${city.id} is ${first ?? 'missing'}, cities-23.md says ${expected}`,
      );
  });
}

/** The versions, once each: one listed per wave shares its id and day, their notes joined. */
function versionsOf(data: ContractsFile): Dataset['contract']['versions'] {
  const notes = (id: string, lang: 'sv' | 'en') =>
    data.versions
      .filter((o) => o.id === id)
      .map((o) => o.note[lang])
      .join(' ');
  return [...new Map(data.versions.map((v) => [v.id, v])).values()].map((v) => ({
    id: v.id,
    signingDay: v.signingDay,
    note: { sv: notes(v.id, 'sv'), en: notes(v.id, 'en') },
  }));
}

export function readContracts(text: string, file: string, cities: Member[], programme: ProgrammeCity[]) {
  const data = parseWith(contractsFileSchema, text, file);
  const signings = signingsOf(data, cities, file);
  checkFirstContracts(signings, cities, programme, file);
  const contract: Dataset['contract'] = {
    sources: data.sources,
    versions: versionsOf(data),
    signings,
    note: {
      sv: `${data.wave2JoinedNote.sv} ${data.laterVersionsNote.sv}`,
      en: `${data.wave2JoinedNote.en} ${data.laterVersionsNote.en}`,
    },
  };
  return { contract };
}

/**
 * What kind of page a target's source is, said in its note: a page of Klimatkommunerna (an
 * association of municipalities) is not the city's own; a link to a site's home page does not
 * show where the target is stated.
 */
export function sourceKindNote(url: string): { sv: string; en: string } {
  const { hostname, pathname } = new URL(url);
  if (hostname.endsWith('klimatkommunerna.se'))
    return {
      sv: 'Källan är Klimatkommunernas sida om staden (Klimatkommunerna är en förening av kommuner), inte stadens egen.',
      en: 'The source is Klimatkommunerna’s page on the city (Klimatkommunerna is an association of municipalities), not the city’s own.',
    };
  if (pathname === '/' || pathname === '')
    return {
      sv: 'Länken går bara till startsidan; sidan där målet står är inte registrerad förrän en samordnare lägger in den.',
      en: 'The link goes only to the home page; the page that states the target is not recorded until a coordinator enters it.',
    };
  return { sv: 'Källan är stadens egen sida.', en: 'The source is the city’s own page.' };
}

export function readTargets(text: string, file: string, cityIds: ReadonlySet<string>): DatasetTarget[] {
  const data = parseWith(targetsFileSchema, text, file);
  const counter = new Map<string, number>();
  return data.targets.map((target, i) => {
    if (!cityIds.has(target.cityId))
      throw new ImportError(file, `unknown city '${target.cityId}'`, undefined, `targets.${i}.cityId`);
    const n = (counter.get(target.cityId) ?? 0) + 1;
    counter.set(target.cityId, n);
    const kind = sourceKindNote(target.source.url);
    const note = { sv: `${data.readNote.sv} ${kind.sv}`, en: `${data.readNote.en} ${kind.en}` };
    return { ...target, id: `${target.cityId}-${n}`, source: { ...target.source, note } };
  });
}
