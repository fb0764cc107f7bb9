import { fixtures } from '../../../mocks/fixtures.ts';
import { fixedT } from '../../../tests/translate.ts';
import { overviewRows } from './overview-rows.ts';

const t = fixedT('overview');
const release = fixtures.emissions.release.label.sv;

describe('overviewRows', () => {
  it('overview: a row per city with raw figures, in the given order', () => {
    const rows = overviewRows(fixtures.cities.cities, { t, lang: 'sv', cohorts: fixtures.cities.cohorts, release });
    expect(rows).toHaveLength(24);
    const malmo = fixtures.cities.cities.find((c) => c.id === 'malmo');
    const row = rows.find((r) => r[1] === 'malmo');
    expect(row?.slice(0, 4)).toEqual(['Malmö', 'malmo', 'Skåne län', 'Våg 1 (2019)']);
    expect(row?.slice(7, 11)).toEqual([
      malmo?.latest?.tonnesCo2e,
      malmo?.latest?.tonnesPerCapita,
      malmo?.changeSince1990Percent,
      malmo?.changeSince2015Percent,
    ]);
  });
});
