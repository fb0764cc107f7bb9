/** The signing form's values as typed, checked with the contract before anything is sent. */
import {
  FIRST_SIGNING_DAY,
  latestSigningDay,
  signingRequestSchema,
  type SigningRequest,
} from '../../../../contract/admin.ts';
import type { ContractsResponse, Signing } from '../../../../contract/contracts.ts';
import type { TranslationKey } from '../../../lib/i18n.tsx';

export interface SigningDraft {
  cityId: string;
  versionId: string;
  kind: 'contract' | 'letter-of-intent';
  signedOn: string;
  sourceUrl: string;
  sourceTitle: string;
}
export type SigningField = keyof SigningDraft;
export type SigningErrors = Partial<Record<SigningField, TranslationKey<'admin'>>>;

export const emptySigningDraft = (): SigningDraft => ({
  cityId: '',
  versionId: '',
  kind: 'contract',
  signedOn: '',
  sourceUrl: '',
  sourceTitle: '',
});

/** A recorded signing as a draft to correct; its first source gives the URL and title. */
export function draftFromSigning(signing: Signing, sources: ContractsResponse['sources']): SigningDraft {
  const source = sources.find((s) => s.id === signing.sourceIds[0]);
  return {
    cityId: signing.cityId,
    versionId: signing.versionId,
    kind: signing.kind,
    signedOn: signing.signedOn,
    sourceUrl: source?.url ?? '',
    // One title serves both languages in the form; a curated source gives its Swedish one.
    sourceTitle: source?.title.sv ?? '',
  };
}

const FIELD_MESSAGES: Record<SigningField, TranslationKey<'admin'>> = {
  cityId: 'admin.field.required',
  versionId: 'admin.field.year',
  kind: 'admin.field.required',
  signedOn: 'admin.field.date',
  sourceUrl: 'admin.field.url',
  sourceTitle: 'admin.field.tooLong',
};

const isField = (name: unknown): name is SigningField => typeof name === 'string' && name in FIELD_MESSAGES;

/** The date rule the server applies (server/admin/signings.ts): from the programme's start to a year ahead, in the version's year. */
function dateError(signedOn: string, versionId: string, today: string): TranslationKey<'admin'> | null {
  if (signedOn < FIRST_SIGNING_DAY || signedOn > latestSigningDay(today)) return 'admin.field.signingRange';
  return signedOn.slice(0, 4) === versionId ? null : 'admin.field.signingYear';
}

/** The request to send, or a message per field that is wrong. `today` is the reader's, as YYYY-MM-DD. */
export function validateSigning(
  draft: SigningDraft,
  today: string,
): { request: SigningRequest; errors: null } | { request: null; errors: SigningErrors } {
  const title = draft.sourceTitle.trim();
  const candidate = {
    cityId: draft.cityId,
    versionId: draft.versionId.trim(),
    kind: draft.kind,
    signedOn: draft.signedOn,
    sourceUrl: draft.sourceUrl.trim(),
    ...(title ? { sourceTitle: title } : {}),
  };
  const parsed = signingRequestSchema.safeParse(candidate);
  if (parsed.success) {
    const date = dateError(candidate.signedOn, candidate.versionId, today);
    return date ? { request: null, errors: { signedOn: date } } : { request: candidate, errors: null };
  }
  const errors: SigningErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (!isField(field) || errors[field]) continue;
    errors[field] = candidate[field] === '' ? 'admin.field.required' : FIELD_MESSAGES[field];
  }
  return { request: null, errors };
}

/** The field a server problem names (`parameter`, possibly as a path such as `body.sourceUrl`). */
export function fieldOfProblem(parameter: string | undefined): SigningField | null {
  const last = parameter
    ?.split(/[.[\]/]/)
    .filter(Boolean)
    .at(-1);
  return isField(last) ? last : null;
}
