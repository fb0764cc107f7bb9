/**
 * Stored rows that more than one reader maps into the contract's types: texts stored as
 * JSON {sv, en}, sources and targets. The read model's snapshot, the releases list and the
 * admin API share these mappings.
 */
import type { Source, Target } from '../../contract/index.ts';
import type { Localized } from '../domain/snapshot.ts';

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

/** A row of the `sources` table (the licence is a stored {sv, en} text). */
export interface SourceRow {
  id: string;
  title: string;
  url: string;
  licence: string;
  attribution: string;
}

export const SOURCE_COLUMNS = 'id, title, url, licence, attribution';

export function sourceFromRow(s: SourceRow): Source {
  return { ...s, licence: localizedText(s.licence) };
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
