/** The shared problem builder: member order, defaults and the named problems. */
import { describe, expect, it } from 'vitest';
import { problemSchema } from './common.ts';
import {
  invalidParameterProblem,
  problemDocument,
  problemInstance,
  unknownCitiesProblem,
  unknownCityProblem,
} from './problem.ts';

describe('problemDocument', () => {
  it('defaults type and title from the status, and leaves out an undefined instance and empty parameter', () => {
    const doc = problemDocument(503, 'Busy.', { parameter: '' });
    expect(JSON.stringify(doc)).toBe(
      '{"type":"/api/v1/problems/503","title":"Service unavailable","status":503,"detail":"Busy."}',
    );
    expect(problemSchema.parse(doc)).toEqual(doc);
  });

  it('orders type, title, status, detail, instance, parameter, then the extra members', () => {
    const doc = problemDocument(422, 'Rejected.', {
      type: '/api/v1/problems/x',
      title: 'X',
      instance: '/api/v1/a',
      parameter: 'p',
      extra: { problems: [1], problemCount: 1 },
    });
    expect(Object.keys(doc)).toEqual([
      'type',
      'title',
      'status',
      'detail',
      'instance',
      'parameter',
      'problems',
      'problemCount',
    ]);
    expect(doc).toMatchObject({ type: '/api/v1/problems/x', title: 'X', status: 422 });
  });

  it("titles an unlisted status 'Error'", () => {
    expect(problemDocument(418, 'Teapot.').title).toBe('Error');
  });
});

describe('problemInstance', () => {
  it('keeps a path of 200 characters and shortens a longer one with …', () => {
    expect(problemInstance('x'.repeat(200))).toBe('x'.repeat(200));
    expect(problemInstance('x'.repeat(201))).toBe(`${'x'.repeat(200)}…`);
  });
});

describe('named problems', () => {
  it('a bad parameter is a 400 invalid-parameter naming it', () => {
    expect(invalidParameterProblem("Invalid parameter 'to'.", 'to')).toEqual({
      status: 400,
      detail: "Invalid parameter 'to'.",
      options: { type: '/api/v1/problems/invalid-parameter', parameter: 'to' },
    });
  });

  it('an unknown city is a 404 unknown-city on its parameter', () => {
    const { status, detail, options } = unknownCityProblem('atlantis');
    expect(status).toBe(404);
    expect(detail).toBe("No city with id 'atlantis'. GET /api/v1/cities lists the ids.");
    expect(options).toEqual({ type: '/api/v1/problems/unknown-city', title: 'Unknown city', parameter: 'id' });
  });

  it('unknown cities of a list name at most ten, with the plural when more than one', () => {
    expect(unknownCitiesProblem(['a']).detail).toBe('Unknown city id: a. GET /api/v1/cities lists the ids.');
    const many = 'abcdefghijkl'.split('');
    expect(unknownCitiesProblem(many).detail).toBe(
      'Unknown city ids: a, b, c, d, e, f, g, h, i, j. GET /api/v1/cities lists the ids.',
    );
    expect(unknownCitiesProblem(many).options.parameter).toBe('cities');
  });
});
