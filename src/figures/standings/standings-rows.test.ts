import { fixtures } from '../../../mocks/fixtures.ts';
import { fixedT } from '../../../tests/translate.ts';
import { standingsRows } from './standings-rows.ts';

const t = fixedT('figure-standings');
const release = fixtures.emissions.release.label.sv;

describe('standingsRows', () => {
  it('standings: rank, city and the unrounded value with its unit in the header', () => {
    const data = fixtures.standings.tonnesPerCapita;
    const [header, ...body] = standingsRows(data, { t, measureLabel: 'Utsläpp per invånare', release });
    expect(header?.[4]).toBe('Utsläpp per invånare, ton CO₂e per invånare');
    expect(body.map((row) => row[4])).toEqual(data.entries.map((e) => e.value));
    expect(body[0]?.slice(0, 2)).toEqual([data.entries[0]?.rank, data.entries[0]?.of]);
  });
});
