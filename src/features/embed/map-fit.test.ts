import { fitMapWidth, keyBeside, KEY_BESIDE_MIN_PX, mapWidthFor } from './map-fit.ts';

// Sweden drawn by mapGeometry is about 0.45 times as wide as it is tall.
const ASPECT = 0.45;

describe('map fit', () => {
  it('draws the map as tall as the room, its width following the aspect ratio plus the frame', () => {
    expect(mapWidthFor(418, ASPECT)).toBe(198);
    expect(mapWidthFor(18, ASPECT)).toBe(18);
    expect(mapWidthFor(0, ASPECT)).toBe(10);
  });

  it('puts the key beside the map when both fit at full height, under it in a tall narrow frame', () => {
    expect(keyBeside({ width: 372, height: 330 }, ASPECT)).toBe(true);
    expect(keyBeside({ width: 300, height: 120 }, ASPECT)).toBe(true);
    expect(keyBeside({ width: 300, height: 650 }, ASPECT)).toBe(false);
    const height = 400;
    expect(keyBeside({ width: mapWidthFor(height, ASPECT) + KEY_BESIDE_MIN_PX, height }, ASPECT)).toBe(true);
    expect(keyBeside({ width: mapWidthFor(height, ASPECT) + KEY_BESIDE_MIN_PX - 1, height }, ASPECT)).toBe(false);
  });

  it('keeps the map inside its slot both ways', () => {
    expect(fitMapWidth({ width: 300, height: 450 }, ASPECT)).toBe(212);
    expect(fitMapWidth({ width: 150, height: 450 }, ASPECT)).toBe(150);
  });
});
