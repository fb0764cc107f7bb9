import { describe, expect, it } from 'vitest';
import { labelSizeAt, UNMEASURED_LABEL_SIZE } from './use-label-size.ts';

describe('labelSizeAt', () => {
  it('sizes names to show at 12 px, in half units, between 9 and 16 units', () => {
    // A phone's 380 px: the size the server draws at.
    expect(labelSizeAt(400, 380)).toBe(UNMEASURED_LABEL_SIZE);
    expect(labelSizeAt(400, 400)).toBe(12);
    // The download's 560 px: 8.6 units would be under the floor.
    expect(labelSizeAt(400, 560)).toBe(9);
    expect(labelSizeAt(400, 250)).toBe(16);
    expect(labelSizeAt(400, 400, 14)).toBe(14);
  });
});
