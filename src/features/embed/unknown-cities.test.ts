import embedSv from './messages.sv.ts';
import embedEn from './messages.en.ts';
import { quoted } from './quoted.ts';
import { unknownCities } from './unknown-cities.ts';

const known = ['malmo', 'lund', 'umea'];
const ask = (query: string) => unknownCities(new URLSearchParams(query), known);

describe('unknownCities', () => {
  it('names each id that is not a city, once, in the order asked', () => {
    expect(ask('cities=atlantis')).toEqual(['atlantis']);
    expect(ask('cities=malmo,atlantis,narnia,atlantis')).toEqual(['atlantis', 'narnia']);
  });

  it('is empty for known cities, no parameter and the deliberate empty selection', () => {
    expect(ask('cities=malmo,lund')).toEqual([]);
    expect(ask('cities= malmo , lund')).toEqual([]);
    expect(ask('measure=total')).toEqual([]);
    expect(ask('cities=')).toEqual([]);
  });

  it('treats a list of nothing but commas as unknown, rather than all cities', () => {
    expect(ask('cities=,,')).toEqual([',,']);
  });
});

describe('embed messages', () => {
  it('has every string in both languages and quotes names as each language does', () => {
    expect(Object.keys(embedEn).sort()).toEqual(Object.keys(embedSv).sort());
    expect(Object.values(embedEn).every((text) => text.length > 0)).toBe(true);
    expect(quoted('sv', ['a', 'b'])).toBe('”a”, ”b”');
    expect(quoted('en', ['a'])).toBe('“a”');
  });
});
