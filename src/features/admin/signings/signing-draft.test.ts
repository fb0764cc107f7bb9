import { fixtures } from '../../../../mocks/fixtures.ts';
import { draftFromSigning, emptySigningDraft, fieldOfProblem, validateSigning } from './signing-draft.ts';

describe('the signing draft', () => {
  it('names every missing or malformed field before anything is sent', () => {
    expect(validateSigning(emptySigningDraft()).errors).toEqual({
      cityId: 'admin.field.required',
      versionId: 'admin.field.required',
      signedOn: 'admin.field.required',
      sourceUrl: 'admin.field.required',
    });
    const wrong = validateSigning({ ...emptySigningDraft(), cityId: 'malmo', versionId: '26', signedOn: '2026-02-30', sourceUrl: 'ftp://example.org' });
    expect(wrong.errors).toEqual({ versionId: 'admin.field.year', signedOn: 'admin.field.date', sourceUrl: 'admin.field.url' });
  });

  it('sends a valid signing, leaving out an empty title', () => {
    const draft = { ...emptySigningDraft(), cityId: 'malmo', versionId: '2026', signedOn: '2026-12-08', sourceUrl: ' https://viablecities.se/x ' };
    expect(validateSigning(draft).request).toEqual({ cityId: 'malmo', versionId: '2026', kind: 'contract', signedOn: '2026-12-08', sourceUrl: 'https://viablecities.se/x' });
  });

  it('starts a correction from a recorded signing and its source', () => {
    const signing = fixtures.contracts.signings.find((s) => s.cityId === 'malmo' && s.versionId === '2020');
    if (!signing) throw new Error('the fixtures have Malmö signing the 2020 version');
    const draft = draftFromSigning(signing, fixtures.contracts.sources);
    expect(draft).toMatchObject({ cityId: 'malmo', versionId: '2020', kind: 'contract', signedOn: '2020-12-11' });
    expect(draft.sourceUrl).toMatch(/^https:\/\//);
  });

  it('reads the field a server problem names', () => {
    expect(fieldOfProblem('sourceUrl')).toBe('sourceUrl');
    expect(fieldOfProblem('body.signedOn')).toBe('signedOn');
    expect(fieldOfProblem('asOf')).toBeNull();
    expect(fieldOfProblem(undefined)).toBeNull();
  });
});
