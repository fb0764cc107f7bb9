/**
 * The per-snapshot computations: built once per Snapshot object, complete for every
 * city, and consistent with the parts they are made of. Real figures from
 * data/dataset.json (smhi-thru2024).
 */
import { describe, expect, it } from 'vitest';
import { cityAssessmentSchema, emissionPointSchema, pathPointSchema } from '../../contract/index.ts';
import { testSnapshot } from '../test-helpers.ts';
import { computationOf, computations } from './assessment.ts';

const snapshot = testSnapshot();

describe('computations', () => {
  it('are built once per snapshot object and rebuilt for a new one', () => {
    const first = computations(snapshot);
    expect(computations(snapshot)).toBe(first);
    expect(computationOf(snapshot, 'malmo')).toBe(first.get('malmo'));
    const other = { ...snapshot };
    expect(computations(other)).not.toBe(first);
    expect(computations(other).get('malmo')).toEqual(first.get('malmo'));
  });

  it('cover all 290 municipalities, each assessment valid against the contract', () => {
    const all = computations(snapshot);
    expect(all.size).toBe(290);
    for (const [id, computed] of all) {
      cityAssessmentSchema.parse(computed.assessment);
      computed.points.forEach((p) => emissionPointSchema.parse(p));
      [...computed.paths.trend, ...(computed.paths.target ?? []), ...computed.paths.reference].forEach((p) =>
        pathPointSchema.parse(p),
      );
      // The trend path is the projection: yearly from the latest reported year (2024) to 2050.
      expect(
        computed.paths.trend.map((p) => p.year),
        id,
      ).toEqual(Array.from({ length: 27 }, (_, i) => 2024 + i));
      expect(
        computed.paths.reference.map((p) => p.year),
        id,
      ).toEqual(Array.from({ length: 26 }, (_, i) => 2025 + i));
      expect(computed.paths.reference[0]?.tonnesCo2e, id).toBe(
        computed.paths.trend.find((p) => p.year === 2025)?.tonnesCo2e,
      );
      expect(computed.assessment.trend?.yearsUsed, id).toBe(6);
    }
  });

  it('throws for a city the snapshot does not have', () => {
    expect(() => computationOf(snapshot, 'nope')).toThrow(/nope/);
  });

  it('the trend path starts at the latest reported year with exactly the reported total, for every city with a trend', () => {
    let withTrend = 0;
    for (const city of snapshot.members) {
      const { assessment, paths } = computationOf(snapshot, city.id);
      if (!assessment.trend) continue;
      withTrend++;
      const totals = snapshot.totals.get(city.id) ?? new Map<number, number>();
      const latest = Math.max(...totals.keys());
      expect(assessment.trend.toYear, city.id).toBe(latest);
      expect(paths.trend[0], city.id).toMatchObject({ year: latest, tonnesCo2e: totals.get(latest) });
      // The next point is one year of slope further on (before the floor at zero).
      const next = Math.max(0, (totals.get(latest) ?? 0) + assessment.trend.slopeTonnesPerYear);
      expect(paths.trend[1]?.year, city.id).toBe(latest + 1);
      expect(paths.trend[1]?.tonnesCo2e, city.id).toBeCloseTo(next, 1);
    }
    expect(withTrend).toBe(23);
  });

  it('Malmö: −3.59 %/yr since 2015, target assessed and off track (467510.52 t > 369930.38 t in 2030), reference on track', () => {
    // ((812994.97 / 1129270.35)^(1/9) − 1) × 100 = −3.5853 → −3.59
    // trend(2030) = 812994.97 + 6 × (−57580.7417) = 467510.52 > target 1233101.27 × 0.3 = 369930.38 → off track;
    // reference: trend sum 2025–2050 5335951.70 ≤ budget 6193352.85 → on track (see reference-path.test.ts).
    const { assessment, paths } = computationOf(snapshot, 'malmo');
    expect(assessment.averageAnnualChangeSince2015Percent).toBe(-3.59);
    expect(assessment.targetStatus).toBe('assessed');
    expect(assessment.target?.status).toBe('off-track');
    expect(assessment.reference?.status).toBe('on-track');
    expect(paths.trend[0]).toMatchObject({ year: 2024, tonnesCo2e: 812994.97 });
    expect(paths.trend.find((p) => p.year === 2030)?.tonnesCo2e).toBe(467510.52);
    expect(paths.target?.[0]?.year).toBe(1990);
    expect(paths.target?.at(-1)?.year).toBe(2030);
  });

  it('target statuses: 4 assessed (Göteborg, Lund, Malmö, Uppsala), 5 with only a statement (Enköping’s −13 %/yr is its own estimate, not a target), 14 without a target', () => {
    const byStatus = (status: string) =>
      snapshot.members
        .filter((c) => computationOf(snapshot, c.id).assessment.targetStatus === status)
        .map((c) => c.id)
        .sort();
    expect(byStatus('assessed')).toEqual(['goteborg', 'lund', 'malmo', 'uppsala']);
    expect(byStatus('no-numeric-target')).toEqual(['enkoping', 'jarfalla', 'stockholm', 'umea', 'vaxjo']);
    expect(computationOf(snapshot, 'enkoping').paths.target).toBeNull();
    expect(byStatus('no-target')).toHaveLength(14);
    expect(byStatus('no-target')).toContain('boras');
    expect(computationOf(snapshot, 'boras').paths.target).toBeNull();
  });

  it('a city without emissions has null figures and empty paths, not an error', () => {
    const empty = { ...snapshot, totals: new Map(), population: new Map() };
    const { figures, assessment, points, paths } = computationOf(empty, 'lund');
    expect(figures).toEqual({ latest: null, changeSince1990Percent: null, changeSince2015Percent: null });
    expect(assessment).toMatchObject({
      averageAnnualChangeSince2015Percent: null,
      trend: null,
      targetStatus: 'no-numeric-target',
      target: null,
      reference: null,
    });
    expect(Object.values(assessment.ranks).every((r) => r === null)).toBe(true);
    expect(points).toEqual([]);
    expect(paths).toEqual({ trend: [], target: null, reference: [] });
  });
});
