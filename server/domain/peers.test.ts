/** Peers on the real dataset (SMHI release to 2024, SCB population 31 Dec 2024). */
import { describe, expect, it } from 'vitest';
import { testSnapshot } from '../test-helpers.ts';
import { allPeers, normalisers, peerFeatures } from './peers.ts';

const snapshot = testSnapshot();
const peers = allPeers(snapshot);
const names = (id: string) => peers.get(id)?.peers.map((p) => p.name);

describe('peerFeatures', () => {
  it('Malmö 2024: 812 994.97 t, 365 644 persons, transport 37.89 % and electricity & district heating 36.29 %', () => {
    const malmo = peerFeatures(snapshot, 'malmo');
    expect(malmo).toMatchObject({ year: 2024, tonnesCo2e: 812994.97, persons: 365644 });
    expect(malmo?.tonnesPerCapita).toBeCloseTo(812994.97 / 365644, 10);
    // 308 074.57 / 812 994.97 and 295 035.15 / 812 994.97
    expect(malmo?.sectorSharesPercent.transport).toBeCloseTo(37.894, 3);
    expect(malmo?.sectorSharesPercent['electricity-heating']).toBeCloseTo(36.29, 3);
    const sum = Object.values(malmo?.sectorSharesPercent ?? {}).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(100, 6);
  });
});

describe('allPeers', () => {
  it('Malmö’s nearest are Uppsala, Umeå and Helsingborg: big transport and district-heating shares, about 2–3 t per person', () => {
    expect(names('malmo')).toEqual(['Uppsala', 'Umeå', 'Helsingborg']);
    const [uppsala] = peers.get('malmo')?.peers ?? [];
    // Uppsala 2024: 615 918 t for 248 016 persons = 2.4834 t/person (Malmö 2.2235); transport 40.4 %, electricity & heating 30.9 %.
    expect(uppsala).toMatchObject({
      cityId: 'uppsala',
      distance: 0.839,
      features: { persons: 248016, tonnesPerCapita: 2.4834 },
    });
    expect(uppsala?.features.sectorSharesPercent.transport).toBeCloseTo(40.4, 1);
    expect(uppsala?.features.sectorSharesPercent['electricity-heating']).toBeCloseTo(30.9, 1);
    // Most of the distance is size and sector mix; per capita almost equal.
    expect(uppsala?.contributions).toEqual({ sectorShares: 0.441, perCapita: 0.022, population: 0.242 });
    // The API returns the peer's id; the SPA builds its own /compare link from it.
    expect(uppsala?.cityId).toBe('uppsala');
    expect(uppsala).not.toHaveProperty('compareUrl');
  });

  it('the parts of the distance add up to its square, and peers come nearest first', () => {
    for (const [id, { peers: list }] of peers) {
      expect(list, id).toHaveLength(3);
      for (const p of list) {
        const sum = p.contributions.sectorShares + p.contributions.perCapita + p.contributions.population;
        expect(Math.abs(sum - p.distance ** 2), `${id}→${p.cityId}`).toBeLessThan(0.01);
      }
      const d = list.map((p) => p.distance);
      expect(d).toEqual([...d].sort((a, b) => a - b));
    }
  });

  it('the industry cities find each other: Borlänge (59 % industry, 8.2 t/person) and Skellefteå (50 %, 6.9 t)', () => {
    expect(names('borlange')?.[0]).toBe('Skellefteå');
    expect(names('skelleftea')?.[0]).toBe('Borlänge');
  });

  it('is symmetric: Malmö is Uppsala’s nearest as Uppsala is Malmö’s, at the same distance', () => {
    expect(peers.get('uppsala')?.peers[0]).toMatchObject({ cityId: 'malmo', distance: 0.839 });
  });

  it('normalises with population standard deviations: the share block’s √V ≈ 27.9 percentage points', () => {
    const placed = snapshot.members.map((c) => ({ id: c.id, name: c.name, features: peerFeatures(snapshot, c.id)! }));
    const n = normalisers(
      placed,
      snapshot.sectors.map((s) => s.id),
    );
    expect(n.shareBlockSd).toBeCloseTo(27.9, 1);
    expect(n.perCapitaSd).toBeCloseTo(1.764, 3);
    expect(n.logPopulationSd).toBeCloseTo(0.789, 3);
  });
});
