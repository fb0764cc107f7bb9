import { fixtures } from '../../../mocks/fixtures.ts';
import { parseSort, sortCities } from './sort-cities.ts';

const cities = fixtures.cities.cities;

describe('sortCities', () => {
  it('sorts names the Swedish way: Å, Ä, Ö after Z', () => {
    const names = sortCities(cities, 'name', 'asc').map((c) => c.name);
    expect(names[0]).toBe('Borlänge');
    expect(names.slice(-3)).toEqual(['Växjö', 'Örebro', 'Östersund']);
  });

  it('sorts by latest emissions, largest first when descending', () => {
    const sorted = sortCities(cities, 'latest', 'desc');
    expect(sorted[0]?.name).toBe('Göteborg');
    expect(sorted[sorted.length - 1]?.name).toBe('Järfälla');
  });

  it('sorts by change since 2015, largest cut first when ascending', () => {
    const sorted = sortCities(cities, 'change2015', 'asc');
    const changes = sorted.map((c) => c.changeSince2015Percent ?? 0);
    expect(changes).toEqual([...changes].sort((a, b) => a - b));
  });

  it('puts cities without a value last in both directions', () => {
    const withGap = cities.map((c, i) => (i === 0 ? { ...c, changeSince1990Percent: null } : c));
    expect(sortCities(withGap, 'change1990', 'asc').at(-1)?.id).toBe(withGap[0]?.id);
    expect(sortCities(withGap, 'change1990', 'desc').at(-1)?.id).toBe(withGap[0]?.id);
  });

  it('falls back to sorting by name for an unknown sort key from the URL', () => {
    expect(parseSort('bogus', 'sideways')).toEqual({ key: 'name', direction: 'asc' });
    expect(parseSort('perCapita', null)).toEqual({ key: 'perCapita', direction: 'desc' });
  });
});
