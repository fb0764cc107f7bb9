/** Query parameters parsed with a contract schema where no server runs, and their 400 problems. */
import { describe, expect, it } from 'vitest';
import { emissionsQuerySchema } from './emissions.ts';
import { parseQueryParams } from './query.ts';

describe('parseQueryParams', () => {
  it('gives the parsed query', () => {
    expect(parseQueryParams(emissionsQuerySchema, { cities: 'malmo,lund', from: '2015', sectors: 'true' })).toEqual({
      data: { cities: ['malmo', 'lund'], from: 2015, sectors: true },
    });
  });

  it('turns the first issue into a 400 naming the parameter', () => {
    const { problem } = parseQueryParams(emissionsQuerySchema, { from: '1800' });
    expect(problem).toEqual({
      status: 400,
      detail: "Invalid parameter 'from': from must be between 1990 and 2100.",
      options: { type: '/api/v1/problems/invalid-parameter', parameter: 'from' },
    });
  });

  it('leaves the parameter empty for an issue of the whole query, such as an unknown key', () => {
    const { problem } = parseQueryParams(emissionsQuerySchema, { nope: '1' });
    expect(problem?.status).toBe(400);
    expect(problem?.options.parameter).toBe('');
    expect(problem?.detail).toMatch(/^Invalid parameter '': /);
  });
});
