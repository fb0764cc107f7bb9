import { fixtures } from '../../../mocks/fixtures.ts';
import { fixedT } from '../../../tests/translate.ts';
import { mapRows } from './map-rows.ts';
import { mapGeometry, mapMarks, tableOrder } from './map-series.ts';

const t = fixedT('figure-map');
const release = fixtures.emissions.release.label.sv;

describe('mapRows', () => {
  it('map: every city with the figures the map table shows', () => {
    const marks = tableOrder(
      mapMarks(fixtures.cities.cities, mapGeometry(fixtures.geo.topology).projection, 'per-capita', null),
    );
    const [header, ...body] = mapRows(marks, { t, release });
    expect(header).toContain('Klimatkontrakt 2030');
    expect(body).toHaveLength(23);
    expect(body[0]?.[1]).toBe('borlange');
    const malmo = body.find((row) => row[1] === 'malmo');
    expect(malmo?.[4]).toBe(fixtures.cities.cities.find((c) => c.id === 'malmo')?.latest?.tonnesPerCapita);
  });
});
