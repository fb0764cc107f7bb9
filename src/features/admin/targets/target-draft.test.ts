import { fixtures } from '../../../../mocks/fixtures.ts';
import {
  draftFromTarget,
  emptyTargetDraft,
  fieldOfParameter,
  fieldOfPath,
  parseNumber,
  toTargetsRequest,
} from './target-draft.ts';

const malmo = fixtures.cityDetails.malmo?.targets ?? [];
const goteborg = fixtures.cityDetails.goteborg?.targets ?? [];

describe('the targets draft', () => {
  it('round-trips recorded targets (Malmö −70 % from 1990, Göteborg −10,3 % a year) into the same request', () => {
    const drafts = [malmo[0], goteborg[0]].filter((t) => t !== undefined).map(draftFromTarget);
    const { request } = toTargetsRequest(drafts);
    expect(request?.targets.map((t) => t.measure)).toEqual([
      { type: 'reduction-from-base', baseYear: 1990, reductionPercent: 70 },
      { type: 'annual-reduction', annualReductionPercent: 10.3 },
    ]);
    // The source's note is not edited in the form, but it is kept.
    expect(request?.targets[0]?.source).toEqual(malmo[0]?.source);
  });

  it('reads numbers typed with a decimal comma', () => {
    expect(parseNumber('10,3')).toBe(10.3);
    expect(parseNumber(' 2 030 ')).toBe(2030);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('ten')).toBeNaN();
  });

  it('names each missing or wrong field of each target', () => {
    const first = {
      ...emptyTargetDraft(),
      targetYear: '2030',
      baseYear: '1990',
      reductionPercent: 'a lot',
      statementSv: 'Mål',
      statementEn: 'Target',
      sourceUrl: 'www.lund.se',
      sourceTitle: 'Lund',
    };
    const { errors } = toTargetsRequest([first, emptyTargetDraft()]);
    expect(errors?.[0]).toEqual({ reductionPercent: 'admin.field.number', sourceUrl: 'admin.field.url' });
    expect(errors?.[1]).toMatchObject({
      targetYear: 'admin.field.required',
      baseYear: 'admin.field.required',
      statementSv: 'admin.field.required',
      sourceTitle: 'admin.field.required',
    });
  });

  it('sends an empty list, which records that the city has no target', () => {
    expect(toTargetsRequest([])).toEqual({ request: { targets: [] }, errors: null });
  });

  it('maps request paths to form fields', () => {
    expect(fieldOfPath(['targets', 2, 'source', 'url'])).toEqual({ index: 2, field: 'sourceUrl' });
    expect(fieldOfPath(['targets', 0, 'measure', 'annualReductionPercent'])).toEqual({
      index: 0,
      field: 'annualReductionPercent',
    });
    expect(fieldOfPath(['targets'])).toBeNull();
    // The server names the field of a rejected body as a dotted path.
    expect(fieldOfParameter('targets.0.source.url')).toEqual({ index: 0, field: 'sourceUrl' });
    expect(fieldOfParameter('targets[1].targetYear')).toEqual({ index: 1, field: 'targetYear' });
    expect(fieldOfParameter('cityId')).toBeNull();
  });
});
