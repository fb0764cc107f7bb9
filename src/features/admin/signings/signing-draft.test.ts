import { fixtures } from '../../../../mocks/fixtures.ts';
import { draftFromSigning, emptySigningDraft, fieldOfProblem, validateSigning } from './signing-draft.ts';

/** The reader's day the checks run on. */
const TODAY = '2026-11-28';

describe('the signing draft', () => {
  it('names every missing or malformed field before anything is sent', () => {
    expect(validateSigning(emptySigningDraft(), TODAY).errors).toEqual({
      cityId: 'admin.field.required',
      versionId: 'admin.field.required',
      signedOn: 'admin.field.required',
      sourceUrl: 'admin.field.required',
    });
    const wrong = validateSigning(
      {
        ...emptySigningDraft(),
        cityId: 'malmo',
        versionId: '26',
        signedOn: '2026-02-30',
        sourceUrl: 'ftp://example.org',
      },
      TODAY,
    );
    expect(wrong.errors).toEqual({
      versionId: 'admin.field.year',
      signedOn: 'admin.field.date',
      sourceUrl: 'admin.field.url',
    });
  });

  it('sends a valid signing, leaving out an empty title', () => {
    const draft = {
      ...emptySigningDraft(),
      cityId: 'malmo',
      versionId: '2026',
      signedOn: '2026-12-08',
      sourceUrl: ' https://viablecities.se/x ',
    };
    expect(validateSigning(draft, TODAY).request).toEqual({
      cityId: 'malmo',
      versionId: '2026',
      kind: 'contract',
      signedOn: '2026-12-08',
      sourceUrl: 'https://viablecities.se/x',
    });
  });

  it('keeps to the server’s date rule: from 2019-01-01 to a year ahead, in the version’s year', () => {
    const draft = { ...emptySigningDraft(), cityId: 'malmo', sourceUrl: 'https://viablecities.se/x' };
    const check = (versionId: string, signedOn: string) =>
      validateSigning({ ...draft, versionId, signedOn }, TODAY).errors;
    expect(check('1900', '1900-12-01')).toEqual({ signedOn: 'admin.field.signingRange' });
    expect(check('9999', '9999-01-01')).toEqual({ signedOn: 'admin.field.signingRange' });
    expect(check('2027', '2027-11-29')).toEqual({ signedOn: 'admin.field.signingRange' });
    expect(check('2026', '2025-12-08')).toEqual({ signedOn: 'admin.field.signingYear' });
    expect(check('2019', '2019-01-01')).toBeNull();
    expect(check('2027', '2027-11-28')).toBeNull();
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
