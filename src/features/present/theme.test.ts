import { PALETTE, type CityLine } from '../../figures/trajectory/index.ts';
import { contrastRatio, DARK_PALETTE, onDark, THEME } from './theme.ts';

describe('the presenter theme', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('sets every text colour at 7:1 or more on the ground and on cards (WCAG AAA)', () => {
    for (const text of [THEME.ink, THEME.inkSoft, THEME.accent, THEME.good, THEME.danger]) {
      expect(contrastRatio(text, THEME.bg)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(text, THEME.surface)).toBeGreaterThanOrEqual(7);
    }
  });

  it('draws borders at 3:1 and series at 4.5:1 or more', () => {
    expect(contrastRatio(THEME.line, THEME.bg)).toBeGreaterThanOrEqual(3);
    for (const colour of DARK_PALETTE) expect(contrastRatio(colour, THEME.bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('has a dark-ground colour for each of the product palette, all different', () => {
    expect(DARK_PALETTE).toHaveLength(PALETTE.length);
    expect(new Set(DARK_PALETTE).size).toBe(DARK_PALETTE.length);
  });

  it('recolours lines by their place in the product palette', () => {
    const line = (color: string) => ({ cityId: color, color, overlayColors: {} }) as CityLine;
    expect(onDark([line(PALETTE[0]), line(PALETTE[11]), line('#123456')]).map((l) => l.color)).toEqual([
      DARK_PALETTE[0],
      DARK_PALETTE[11],
      '#123456',
    ]);
  });

  it('recolours a city’s trend and paths too, each to its own dark-ground colour', () => {
    const line = { cityId: 'malmo', color: PALETTE[0], overlayColors: { trend: PALETTE[1], target: PALETTE[2] } };
    expect(onDark([line as CityLine])[0]?.overlayColors).toEqual({ trend: DARK_PALETTE[1], target: DARK_PALETTE[2] });
  });
});
