/**
 * The roster form's draft: every field as text, from a stored membership or empty, and the check
 * that turns it into a request (or names the fields to correct). The server checks again.
 */
import type { AdminMembership, MembershipRequest } from '../../../../contract/admin.ts';

export interface MembershipDraft {
  cohortId: string;
  partnerId: string;
  joinedOn: string;
  joinedPrecision: 'day' | 'month' | 'year';
  joinedCertainty: 'stated' | 'inferred';
  leftOn: string;
  sourceUrl: string;
  sourceTitle: string;
}

export type MembershipField = keyof MembershipDraft;
export type MembershipErrors = Partial<Record<MembershipField, 'admin.roster.required' | 'admin.roster.invalidUrl'>>;

export const emptyMembershipDraft = (): MembershipDraft => ({
  cohortId: '',
  partnerId: '',
  joinedOn: '',
  joinedPrecision: 'day',
  joinedCertainty: 'stated',
  leftOn: '',
  sourceUrl: '',
  sourceTitle: '',
});

export function draftFromMembership(m: AdminMembership | undefined, lang: 'sv' | 'en'): MembershipDraft {
  if (!m) return emptyMembershipDraft();
  return {
    cohortId: m.cohortId,
    partnerId: m.partnerId ?? '',
    joinedOn: m.joinedOn,
    joinedPrecision: m.joinedPrecision,
    joinedCertainty: m.joinedCertainty,
    leftOn: m.leftOn ?? '',
    sourceUrl: m.source.url,
    sourceTitle: m.source.title[lang],
  };
}

/** The request, or the fields to correct; a twin's partner is required only when `needsPartner`. */
export function validateMembership(
  draft: MembershipDraft,
  needsPartner: boolean,
): { request: MembershipRequest; errors: null } | { request: null; errors: MembershipErrors } {
  const errors: MembershipErrors = {};
  for (const field of ['cohortId', 'joinedOn', 'sourceUrl', 'sourceTitle'] as const)
    if (draft[field].trim() === '') errors[field] = 'admin.roster.required';
  if (needsPartner && draft.partnerId === '') errors.partnerId = 'admin.roster.required';
  if (draft.sourceUrl.trim() !== '' && !/^https?:\/\/\S+$/.test(draft.sourceUrl.trim()))
    errors.sourceUrl = 'admin.roster.invalidUrl';
  if (Object.keys(errors).length > 0) return { request: null, errors };
  return {
    errors: null,
    request: {
      cohortId: draft.cohortId,
      partnerId: needsPartner ? draft.partnerId : null,
      joinedOn: draft.joinedOn,
      joinedPrecision: draft.joinedPrecision,
      joinedCertainty: draft.joinedCertainty,
      leftOn: draft.leftOn === '' ? null : draft.leftOn,
      sourceUrl: draft.sourceUrl.trim(),
      sourceTitle: draft.sourceTitle.trim(),
    },
  };
}

/** The draft field a problem's `parameter` names, or null for a problem about the whole write. */
export function fieldOfProblem(parameter: string | undefined): MembershipField | null {
  const fields: readonly string[] = Object.keys(emptyMembershipDraft());
  return parameter && fields.includes(parameter) ? (parameter as MembershipField) : null;
}
