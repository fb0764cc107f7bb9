import { formatOrdinal } from './ordinal.ts';

describe('formatOrdinal', () => {
  it('writes Swedish ordinals with :a after 1 and 2 (not 11, 12) and :e otherwise', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map((n) => formatOrdinal(n, 'sv'))).toEqual([
      '1:a',
      '2:a',
      '3:e',
      '4:e',
      '11:e',
      '12:e',
      '13:e',
      '21:a',
      '22:a',
      '23:e',
    ]);
  });

  it('writes English ordinals with st, nd, rd and th', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map((n) => formatOrdinal(n, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
    ]);
  });
});
