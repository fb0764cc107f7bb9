/**
 * A city's targets as the form holds them (numbers as typed), and the conversion to the
 * request, checked with the contract so every wrong field gets its own message.
 */
import { targetsRequestSchema, type TargetInput, type TargetsRequest } from '../../../../contract/admin.ts';
import type { Target } from '../../../../contract/cities.ts';
import type { TranslationKey } from '../../../lib/i18n.tsx';

export type MeasureType = Target['measure']['type'];
export type Scope = Target['scope'];

export interface TargetDraft {
  /** Stable across edits, for React's list keys. */
  key: string;
  scope: Scope;
  primary: boolean;
  targetYear: string;
  measureType: MeasureType;
  baseYear: string;
  reductionPercent: string;
  annualReductionPercent: string;
  statementSv: string;
  statementEn: string;
  sourceUrl: string;
  sourceTitle: string;
  /** The source's note, kept as it was: the form does not edit it. */
  sourceNote: Target['source']['note'] | undefined;
}
export type TargetField = Exclude<keyof TargetDraft, 'key' | 'sourceNote'>;
export type TargetErrors = Partial<Record<TargetField, TranslationKey<'admin'>>>[];

let nextKey = 0;
const newKey = () => `target-${++nextKey}`;

export function emptyTargetDraft(): TargetDraft {
  return {
    key: newKey(),
    scope: 'territorial',
    primary: false,
    targetYear: '',
    measureType: 'reduction-from-base',
    baseYear: '',
    reductionPercent: '',
    annualReductionPercent: '',
    statementSv: '',
    statementEn: '',
    sourceUrl: '',
    sourceTitle: '',
    sourceNote: undefined,
  };
}

export function draftFromTarget(target: Target): TargetDraft {
  const m = target.measure;
  return {
    ...emptyTargetDraft(),
    scope: target.scope,
    primary: target.primary,
    targetYear: String(target.targetYear),
    measureType: m.type,
    baseYear: m.type === 'reduction-from-base' ? String(m.baseYear) : '',
    reductionPercent: m.type === 'reduction-from-base' ? String(m.reductionPercent) : '',
    annualReductionPercent: m.type === 'annual-reduction' ? String(m.annualReductionPercent) : '',
    statementSv: target.statement.sv,
    statementEn: target.statement.en,
    sourceUrl: target.source.url,
    sourceTitle: target.source.title,
    sourceNote: target.source.note,
  };
}

/** A number as typed in either language (decimal comma or point); NaN when it is not one. */
export function parseNumber(text: string): number {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.').replace('\u2212', '-');
  return trimmed === '' || !/^-?\d+(\.\d+)?$/.test(trimmed) ? Number.NaN : Number(trimmed);
}

function toInput(d: TargetDraft): TargetInput {
  const measure: TargetInput['measure'] =
    d.measureType === 'reduction-from-base'
      ? { type: d.measureType, baseYear: parseNumber(d.baseYear), reductionPercent: parseNumber(d.reductionPercent) }
      : d.measureType === 'annual-reduction'
        ? { type: d.measureType, annualReductionPercent: parseNumber(d.annualReductionPercent) }
        : { type: 'statement' };
  return {
    scope: d.scope,
    primary: d.primary,
    targetYear: parseNumber(d.targetYear),
    measure,
    statement: { sv: d.statementSv.trim(), en: d.statementEn.trim() },
    source: { url: d.sourceUrl.trim(), title: d.sourceTitle.trim(), ...(d.sourceNote ? { note: d.sourceNote } : {}) },
  };
}

/** Where a path inside the request (`targets.0.source.url`) lands in the form. */
export function fieldOfPath(path: readonly PropertyKey[]): { index: number; field: TargetField } | null {
  const [, index, first, second] = path;
  if (typeof index !== 'number') return null;
  const field: TargetField | null =
    first === 'source'
      ? second === 'url'
        ? 'sourceUrl'
        : second === 'title'
          ? 'sourceTitle'
          : null
      : first === 'statement'
        ? second === 'en'
          ? 'statementEn'
          : 'statementSv'
        : first === 'measure'
          ? second === 'baseYear' || second === 'reductionPercent' || second === 'annualReductionPercent'
            ? second
            : null
          : first === 'scope' || first === 'primary' || first === 'targetYear'
            ? first
            : null;
  return field ? { index, field } : null;
}

/** The form field a server problem's `parameter` names, such as `targets.0.source.url`. */
export function fieldOfParameter(parameter: string | undefined): { index: number; field: TargetField } | null {
  if (!parameter) return null;
  return fieldOfPath(
    parameter
      .split(/[.[\]]/)
      .filter(Boolean)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
  );
}

const messageFor = (field: TargetField, value: string): TranslationKey<'admin'> =>
  value.trim() === ''
    ? 'admin.field.required'
    : field === 'sourceUrl'
      ? 'admin.field.url'
      : field === 'targetYear' || field === 'baseYear'
        ? 'admin.field.year'
        : field === 'sourceTitle'
          ? 'admin.field.tooLong'
          : 'admin.field.number';

/** The request to send, or the messages per target and field. Statements are required in both languages. */
export function toTargetsRequest(
  drafts: readonly TargetDraft[],
): { request: TargetsRequest; errors: null } | { request: null; errors: TargetErrors } {
  const request = { targets: drafts.map(toInput) };
  const errors: TargetErrors = drafts.map(() => ({}));
  const parsed = targetsRequestSchema.safeParse(request);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const at = fieldOfPath(issue.path);
    const draft = at && drafts[at.index];
    const target = at && errors[at.index];
    if (at && draft && target && !target[at.field]) target[at.field] = messageFor(at.field, String(draft[at.field]));
  }
  drafts.forEach((draft, index) => {
    const target = errors[index];
    if (!target) return;
    for (const field of ['statementSv', 'statementEn'] as const)
      if (draft[field].trim() === '') target[field] = 'admin.field.required';
  });
  return errors.some((e) => Object.keys(e).length > 0) ? { request: null, errors } : { request, errors: null };
}
