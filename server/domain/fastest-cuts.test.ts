/** Dominant sectors and the fastest cutters, on the real dataset, checked against the raw figures. */
import { describe, expect, it } from 'vitest';
import { testDataset, testProgramme, testSnapshot } from '../test-helpers.ts';
import { dominantSectors, fastestCuts } from './fastest-cuts.ts';
import { cityChanges, sectorChange } from './sector-changes.ts';

const snapshot = testSnapshot();
const changes = new Map(snapshot.members.map((c) => [c.id, cityChanges(snapshot, c.id)]));
const raw = testDataset();
const sectorsOf = (id: string, year: number) => raw.emissions.find((e) => e.cityId === id)?.sectors[String(year)] ?? {};
const personsOf = (id: string, year: number) =>
  raw.population.find((p) => p.cityId === id)?.values[String(year)]?.persons ?? 0;

describe('dominantSectors', () => {
  it('takes the largest sectors until ≥ 60 %, at least two and at most three', () => {
    expect(dominantSectors({ a: 50, b: 30, c: 20 }).map((s) => s.sectorId)).toEqual(['a', 'b']);
    expect(dominantSectors({ a: 90, b: 6, c: 4 }).map((s) => s.sectorId)).toEqual(['a', 'b']);
    expect(dominantSectors({ a: 25, b: 25, c: 25, d: 25 }).map((s) => s.sectorId)).toEqual(['a', 'b', 'c']);
    expect(dominantSectors({ a: 0, b: 0 })).toEqual([]);
  });

  it('Malmö: transport 37.89 % and electricity & district heating 36.29 % (74 % together)', () => {
    expect(fastestCuts(snapshot, 'malmo', changes).map((d) => [d.sectorId, d.sharePercent])).toEqual([
      ['transport', 37.89],
      ['electricity-heating', 36.29],
    ]);
  });
});

describe('fastestCuts', () => {
  it('transport: Enköping cut most per person since 2015, checked against the raw figures', () => {
    const transport = fastestCuts(snapshot, 'malmo', changes).find((d) => d.sectorId === 'transport');
    // Per person: 2024 t / 2024 persons − 2015 t / 2015 persons, for every city with both years.
    const perCapita = testProgramme().cities.map((c) => ({
      id: c.id,
      value:
        sectorsOf(c.id, 2024).transport! / personsOf(c.id, 2024) -
        sectorsOf(c.id, 2015).transport! / personsOf(c.id, 2015),
    }));
    perCapita.sort((a, b) => a.value - b.value);
    expect(perCapita[0]?.id).toBe('enkoping');
    const first = transport?.cutters[0];
    expect(first).toMatchObject({ cityId: 'enkoping', rank: 1 });
    // The API returns ids; the SPA builds its own /compare links from them.
    expect(first).not.toHaveProperty('compareUrl');
    const from = sectorsOf('enkoping', 2015).transport!;
    const to = sectorsOf('enkoping', 2024).transport!;
    expect(first?.change.fromTonnes).toBe(from);
    expect(first?.change.toTonnes).toBe(to);
    expect(first?.change.changeTonnes).toBeCloseTo(to - from, 2); // −8 075.42 t
    expect(first?.change.changePercent).toBeCloseTo(((to - from) / from) * 100, 2); // −5.61 %
    expect(first?.change.changeTonnesPerCapita).toBeCloseTo(perCapita[0]!.value, 4); // −0.6401 t/person
    expect(transport?.cutters.map((c) => c.cityId)).toEqual(
      perCapita
        .filter((p) => p.id !== 'malmo')
        .slice(0, 3)
        .map((p) => p.id),
    );
    expect(transport?.cutters.map((c) => c.cityId)).toEqual(['enkoping', 'skelleftea', 'eskilstuna']);
    expect(transport).not.toHaveProperty('compareAllUrl');
  });

  it('Malmö itself is first in electricity & heating (−1.0255 t/person), so the cutters start at rank 2', () => {
    const heat = fastestCuts(snapshot, 'malmo', changes).find((d) => d.sectorId === 'electricity-heating');
    expect(heat?.ownRank).toBe(1);
    expect(heat?.own?.changeTonnesPerCapita).toBe(-1.0255);
    expect(heat?.cutters.map((c) => [c.name, c.rank])).toEqual([
      ['Uppsala', 2],
      ['Stockholm', 3],
      ['Östersund', 4],
    ]);
    expect(heat?.cutters.every((c) => (c.change.changeTonnesPerCapita ?? 0) < 0)).toBe(true);
  });
});

describe('fastestCuts by percent', () => {
  it('ranks the same cities by their change in percent, largest cut first, with Malmö’s own place', () => {
    const transport = fastestCuts(snapshot, 'malmo', changes).find((s) => s.sectorId === 'transport');
    if (!transport) throw new Error('Malmö has transport among its largest sectors');
    const percents = snapshot.members
      .map((c) => ({ id: c.id, percent: changes.get(c.id)?.sectors.transport?.changePercent ?? null }))
      .filter((c): c is { id: string; percent: number } => c.percent !== null)
      .sort((a, b) => a.percent - b.percent);
    expect(transport.byPercent.of).toBe(percents.length);
    expect(transport.byPercent.cutters.map((c) => c.cityId)).toEqual(
      percents
        .filter((c) => c.id !== 'malmo' && c.percent < 0)
        .slice(0, 3)
        .map((c) => c.id),
    );
    expect(transport.byPercent.ownRank).toBe(percents.findIndex((c) => c.id === 'malmo') + 1);
    // Per person and in percent are different rankings: said, not silently mixed.
    expect(transport.byPercent.cutters.map((c) => c.cityId)).not.toEqual(transport.cutters.map((c) => c.cityId));
  });
});

describe('sectorChange', () => {
  it('has no percent for a sector with 0 t in 2015 (Nacka, electricity & heating: 0 → 155.46 t)', () => {
    expect(changes.get('nacka')?.sectors['electricity-heating']).toMatchObject({
      fromTonnes: 0,
      toTonnes: 155.46,
      changeTonnes: 155.46,
      changePercent: null,
    });
  });

  it('fills nothing in: a missing year or population gives no change or no per-person figure', () => {
    expect(sectorChange(2015, 2024, undefined, 10, { from: 1, to: 1 })).toBeNull();
    expect(sectorChange(2015, 2024, 10, 5, { from: undefined, to: 100 })).toMatchObject({
      changeTonnes: -5,
      changePercent: -50,
      changeTonnesPerCapita: null,
    });
  });
});
