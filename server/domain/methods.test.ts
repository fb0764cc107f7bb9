/** The method texts shown next to the figures: complete, bilingual, short and attributed. */
import { describe, expect, it } from 'vitest';
import { methodsSchema } from '../../contract/index.ts';
import { METHODS } from './methods.ts';

describe('METHODS', () => {
  it('has a Swedish and an English text for every rule of the contract', () => {
    const methods = methodsSchema.parse(METHODS);
    expect(Object.keys(methods).sort()).toEqual(Object.keys(methodsSchema.shape).sort());
    for (const [rule, text] of Object.entries(methods)) {
      expect(text.sv.length, rule).toBeGreaterThan(40);
      expect(text.en.length, rule).toBeGreaterThan(40);
      expect(text.sv, rule).not.toBe(text.en);
      // One to three sentences, short enough to sit beside a figure.
      expect(text.en.length, rule).toBeLessThan(420);
      expect(text.sv.length, rule).toBeLessThan(420);
    }
  });

  it('attributes the reference path and the trend method to Klimatkollen and states the figures they use', () => {
    for (const lang of ['sv', 'en'] as const) {
      expect(METHODS.referencePath[lang]).toMatch(/Klimatkollen/);
      expect(METHODS.referencePath[lang]).toMatch(/11[.,]72/);
      expect(METHODS.referencePath[lang]).toMatch(/2025/);
      expect(METHODS.trend[lang]).toMatch(/Klimatkollen/);
      expect(METHODS.trend[lang]).toMatch(/2015/);
    }
    // The trend is drawn from the latest reported year (anchored, as Klimatkollen does), not from the fitted line.
    expect(METHODS.trend.en).toMatch(/latest reported year/);
    expect(METHODS.trend.sv).toMatch(/senaste redovisade årets/);
  });

  it('says that the base year 2020 of annual-rate targets is assumed', () => {
    expect(METHODS.targetPath.en).toMatch(/2020/);
    expect(METHODS.targetPath.en).toMatch(/assumption/);
    expect(METHODS.targetPath.sv).toMatch(/2020/);
    expect(METHODS.targetPath.sv).toMatch(/antagande/);
  });
});
