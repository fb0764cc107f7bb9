/**
 * Stored rows that more than one reader maps into the contract's types: texts stored as
 * JSON {sv, en}, sources and targets. The read model's snapshot, the releases list and the
 * admin API share these mappings.
 */
import type { ContractSource, Release, Source, Target } from '../../contract/index.ts';
import type { Localized } from '../domain/snapshot.ts';
import type { Db } from './connection.ts';

/** Reads a text stored as JSON {sv, en}; a plain text (a database seeded before texts were bilingual) serves both. */
export function localizedText(raw: string | null | undefined): Localized {
  if (raw && raw.startsWith('{')) {
    try {
      const value = JSON.parse(raw) as Partial<Localized>;
      if (typeof value.sv === 'string' && typeof value.en === 'string') return { sv: value.sv, en: value.en };
    } catch {
      // fall through: not JSON after all
    }
  }
  return { sv: raw ?? '', en: raw ?? '' };
}

/** A row of the `releases` table, as far as the contract shows it. */
export interface ReleaseRow {
  id: string;
  source_id: string;
  label_sv: string;
  label_en: string;
  data_through_year: number;
  published: string;
  years: string;
  origin: string;
}

/** A stored release as the contract carries it, but for its source. */
export function releaseFromRow(r: ReleaseRow): Omit<Release, 'source'> {
  return {
    id: r.id,
    label: { sv: r.label_sv, en: r.label_en },
    dataThroughYear: r.data_through_year,
    published: r.published,
    years: JSON.parse(r.years) as number[],
    origin: r.origin,
  };
}

/** A row of `emission_totals` (a city's total in a year), or with `sector_id` of `emissions`. */
export interface FigureRow {
  city_id: string;
  year: number;
  tonnes_co2e: number;
}

export interface SectorFigureRow extends FigureRow {
  sector_id: string;
}

/** A row of the `sources` table (the title, the licence and the attribution are stored {sv, en} texts). */
export interface SourceRow {
  id: string;
  title: string;
  url: string;
  licence: string;
  attribution: string;
}

export const SOURCE_COLUMNS = 'id, title, url, licence, attribution';

/** A row of the `contract_sources` table: its title a stored {sv, en} text, or one a coordinator entered. */
export interface ContractSourceRow {
  id: string;
  title: string;
  url: string;
}

export function contractSourceFromRow(s: ContractSourceRow): ContractSource {
  return { ...s, title: localizedText(s.title) };
}

export function sourceFromRow(s: SourceRow): Source {
  return {
    ...s,
    title: localizedText(s.title),
    licence: localizedText(s.licence),
    attribution: localizedText(s.attribution),
  };
}

/** A row of the `targets` table. */
export interface TargetRow {
  id: string;
  city_id: string;
  scope: Target['scope'];
  is_primary: number;
  target_year: number;
  measure: string;
  statement_sv: string;
  statement_en: string;
  source_url: string;
  source_title: string;
  source_note: string;
}

/** Writes a target row: the target of `cityId` at `position` in the curated order. */
export function targetWriter(db: Db): (t: Target, cityId: string, position: number) => void {
  const insert = db.prepare(
    'INSERT INTO targets (id, city_id, position, scope, is_primary, target_year, measure, statement_sv, statement_en, source_url, source_title, source_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return (t, cityId, position) =>
    insert.run(
      t.id,
      cityId,
      position,
      t.scope,
      t.primary ? 1 : 0,
      t.targetYear,
      JSON.stringify(t.measure),
      t.statement.sv,
      t.statement.en,
      t.source.url,
      t.source.title,
      JSON.stringify(t.source.note),
    );
}

/** A stored target as the contract carries it (the public city detail and the admin API alike). */
export function targetFromRow(t: TargetRow): Target {
  return {
    id: t.id,
    scope: t.scope,
    primary: t.is_primary === 1,
    targetYear: t.target_year,
    measure: JSON.parse(t.measure) as Target['measure'],
    statement: { sv: t.statement_sv, en: t.statement_en },
    source: { url: t.source_url, title: t.source_title, note: localizedText(t.source_note) },
  };
}
