/**
 * Programme membership (data/curated/memberships.json): the cohorts, the waves' members from the
 * checked table in cities-23.md, and the EU Mission's Swedish cities with their Mission Labels,
 * cross-checked against eu-mission.md's table when the reference folder has it.
 */
import { z } from 'zod';
import {
  COHORT_KINDS,
  DATE_PRECISIONS,
  PROGRAMMES,
  type DatasetCity,
  type DatasetCohort,
  type DatasetMembership,
} from '../../server/dataset/schema.ts';
import type { ProgrammeCity } from './cities-md.ts';
import { ImportError } from './errors.ts';
import { parseWith } from './parse-with.ts';

const localized = z.object({ sv: z.string().min(1), en: z.string().min(1) });
const sourced = z.object({ url: z.url(), title: localized });
const isoDate = z.iso.date();

const labelSchema = z.object({
  awardedOn: isoDate,
  precision: z.enum(DATE_PRECISIONS),
  certainty: z.enum(['stated', 'inferred']),
  source: sourced,
  note: localized,
});

const cohortSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  programme: z.enum(PROGRAMMES),
  kind: z.enum(COHORT_KINDS),
  label: localized,
  note: localized,
  /** The wave in cities-23.md whose cities are this cohort's members. */
  fromCitiesTable: z.union([z.literal(1), z.literal(2)]).optional(),
  /** Members by name, with the key of their Mission Label (or null). */
  members: z.array(z.object({ name: z.string().min(1), label: z.string().nullable() })).optional(),
  joinedOn: isoDate.optional(),
  precision: z.enum(DATE_PRECISIONS).optional(),
  certainty: z.enum(['stated', 'inferred']).optional(),
  source: sourced.optional(),
});

const membershipsFileSchema = z.object({
  cohorts: z.array(cohortSchema).min(1),
  missionLabels: z.record(z.string(), labelSchema),
});

type CohortEntry = z.infer<typeof cohortSchema>;

/** The names in the first column of eu-mission.md's table: `| Kommun | Selected … |`. */
export function missionCityNames(markdown: string): string[] {
  return markdown
    .split(/\r?\n/)
    .filter((line) => /^\|\s*[^|\s-][^|]*\|\s*\d{4}-\d{2}/.test(line))
    .map((line) => line.split('|')[1]?.trim() ?? '');
}

function membersOf(
  cohort: CohortEntry,
  index: number,
  file: string,
  programme: readonly ProgrammeCity[],
  byName: ReadonlyMap<string, DatasetCity>,
  labels: z.infer<typeof membershipsFileSchema>['missionLabels'],
): DatasetMembership[] {
  const names =
    cohort.fromCitiesTable === undefined
      ? (cohort.members ?? [])
      : programme.filter((p) => p.wave === cohort.fromCitiesTable).map((p) => ({ name: p.name, label: null }));
  if (names.length === 0) return [];
  const { joinedOn, precision, certainty, source } = cohort;
  if (!joinedOn || !precision || !certainty || !source)
    throw new ImportError(
      file,
      'a cohort with members needs joinedOn, precision, certainty and source',
      undefined,
      `cohorts.${index}`,
    );
  return names.map(({ name, label }) => {
    const city = byName.get(name);
    if (!city) throw new ImportError(file, `unknown municipality '${name}'`, undefined, `cohorts.${index}.members`);
    const missionLabel = label === null ? null : labels[label];
    if (missionLabel === undefined)
      throw new ImportError(file, `unknown Mission Label '${String(label)}'`, undefined, `cohorts.${index}.members`);
    return {
      cityId: city.id,
      cohortId: cohort.id,
      partnerId: null,
      joinedOn,
      joinedPrecision: precision,
      joinedCertainty: certainty,
      leftOn: null,
      source,
      note: cohort.note,
      missionLabel,
    };
  });
}

export function readMemberships(
  text: string,
  file: string,
  programme: readonly ProgrammeCity[],
  cities: readonly DatasetCity[],
  missionMarkdown: string | null,
): { cohorts: DatasetCohort[]; memberships: DatasetMembership[] } {
  const data = parseWith(membershipsFileSchema, text, file);
  const byName = new Map(cities.map((c) => [c.name, c]));
  const memberships = data.cohorts.flatMap((cohort, i) =>
    membersOf(cohort, i, file, programme, byName, data.missionLabels),
  );
  const keys = memberships.map((m) => {
    const programmeId = data.cohorts.find((c) => c.id === m.cohortId)?.programme;
    return `${m.cityId} ${programmeId}`;
  });
  const twice = keys.find((key, i) => keys.indexOf(key) !== i);
  if (twice) throw new ImportError(file, `a municipality is in one programme twice (${twice})`);
  checkMissionCities(missionMarkdown, data.cohorts, file);
  const cohorts = data.cohorts.map(({ id, programme: p, kind, label, note }) => ({
    id,
    programme: p,
    kind,
    label,
    note,
  }));
  return { cohorts, memberships };
}

/** The EU Mission's members here must be the cities eu-mission.md names, no more and no fewer. */
function checkMissionCities(markdown: string | null, cohorts: readonly CohortEntry[], file: string): void {
  if (markdown === null) return;
  const listed = missionCityNames(markdown).sort();
  const here = cohorts
    .filter((c) => c.programme === 'eu-mission')
    .flatMap((c) => (c.members ?? []).map((m) => m.name))
    .sort();
  if (listed.join() !== here.join())
    throw new ImportError(
      file,
      `the EU Mission cities (${here.join(', ')}) differ from eu-mission.md's (${listed.join(', ')})`,
    );
}
