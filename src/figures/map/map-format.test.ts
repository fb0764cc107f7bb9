import { fixtures } from '../../../mocks/fixtures.ts';
import { fixedT } from '../../../tests/translate.ts';
import { legendLabel, markLabel, measureValue } from './map-format.ts';
import { legendFor } from './map-scales.ts';
import { mapGeometry, mapMarks } from './map-series.ts';
import { parseMapState, serializeMapState } from './map-state.ts';

const sv = fixedT('figure-map', 'sv');
const en = fixedT('figure-map', 'en');
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const { projection } = mapGeometry(fixtures.geo.topology);
const malmo = mapMarks(fixtures.cities.cities, projection, 'change2015', null).find((m) => m.id === 'malmo')!;

describe('the words of a mark', () => {
  it('names the city, the active measure first, then every figure', () => {
    expect(nbsp(markLabel(malmo, 'change2015', sv, 'sv'))).toBe(
      'Malmö: Förändring sedan 2015: −28,0 %. Utsläpp 2024: 812 995 ton CO₂e, 2,22 ton per invånare, −28,0 % sedan 2015. Klimatkontrakt: Signerat. Eget mål: Inte i fas. Referensbanan: Inom budgeten.',
    );
    expect(markLabel(malmo, 'per-capita', en, 'en')).toMatch(
      /^Malmö: Per person: 2\.22\. Emissions 2024: 812,995 tonnes/,
    );
  });

  it('gives each measure’s value as the table shows it', () => {
    expect(nbsp(measureValue('change2015', malmo.figures, sv, 'sv'))).toBe('−28,0 %');
    expect(measureValue('per-capita', malmo.figures, sv, 'sv')).toBe('2,22');
    expect(measureValue('contract', malmo.figures, sv, 'sv')).toBe('Signerat');
    // Malmö's trend misses its own 2030 target but keeps within the reference path's budget.
    expect(measureValue('target', malmo.figures, en, 'en')).toBe('Off track');
    expect(measureValue('budget', malmo.figures, en, 'en')).toBe('Within the budget');
    expect(measureValue('budget', malmo.figures, sv, 'sv')).toBe('Inom budgeten');
    expect(measureValue('per-capita', { ...malmo.figures, tonnesPerCapita: null }, sv, 'sv')).toBe('saknas');
  });

  it('labels bins with their edges, open at both ends', () => {
    const labels = legendFor('change2015', [malmo]).map((item) =>
      nbsp(legendLabel(item.meaning, 'change2015', sv, 'sv')),
    );
    expect(labels).toEqual([
      'under −30,0 %',
      '−30,0 % till −20,0 %',
      '−20,0 % till −10,0 %',
      '−10,0 % till 0,0 %',
      '0,0 % till +10,0 %',
      '+10,0 % och mer',
    ]);
    expect(legendFor('per-capita', [malmo]).map((item) => legendLabel(item.meaning, 'per-capita', en, 'en'))[0]).toBe(
      'below 1.5',
    );
    expect(legendLabel({ kind: 'budget', category: 'none' }, 'budget', sv, 'sv')).toBe('Ingen bedömning');
    expect(legendLabel({ kind: 'target', standing: 'no-figure' }, 'target', sv, 'sv')).toBe('Mål utan siffra');
    expect(legendLabel({ kind: 'target', standing: 'no-target' }, 'target', en, 'en')).toBe('No target');
  });
});

describe('the measure in the URL', () => {
  it('reads a known measure, falls back on anything else and says what it got', () => {
    expect(parseMapState(new URLSearchParams('measure=per-capita'))).toEqual({
      measure: 'per-capita',
      badMeasure: null,
    });
    expect(parseMapState(new URLSearchParams(''))).toEqual({ measure: 'change2015', badMeasure: null });
    // The reference-path measure's old name, in links made before it was renamed.
    expect(parseMapState(new URLSearchParams('measure=on-track'))).toEqual({ measure: 'budget', badMeasure: null });
    expect(parseMapState(new URLSearchParams('measure=volume'))).toEqual({
      measure: 'change2015',
      badMeasure: 'volume',
    });
  });

  it('leaves the default out of the address', () => {
    expect(serializeMapState('change2015').toString()).toBe('');
    expect(serializeMapState('target').toString()).toBe('measure=target');
  });
});
