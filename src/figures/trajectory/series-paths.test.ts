import { markerPath, pathData } from './series-paths.tsx';

const x = (year: number) => (year - 2000) * 10;
const y = (value: number) => 100 - value;

describe('pathData', () => {
  it('joins consecutive points and lifts the pen at a break', () => {
    const d = pathData(
      [
        { year: 2010, value: 50 },
        { year: 2012.5, value: null },
        { year: 2015, value: 40 },
        { year: 2016, value: 30 },
      ],
      x,
      y,
    );
    expect(d).toBe('M100.0,50.0M150.0,60.0L160.0,70.0');
  });

  it('skips points the scale cannot place (outside a log domain)', () => {
    expect(
      pathData(
        [
          { year: 2000, value: 1 },
          { year: 2001, value: 2 },
        ],
        x,
        (v) => (v > 1 ? v : undefined),
      ),
    ).toBe('M10.0,2.0');
  });
});

describe('markerPath', () => {
  it('draws closed shapes centred on the point', () => {
    expect(markerPath('square', 10, 10, 2)).toBe('M8,8h4v4h-4Z');
    expect(markerPath('circle', 10, 10, 2)).toBe('M8,10a2,2 0 1,0 4,0a2,2 0 1,0 -4,0');
  });
});
