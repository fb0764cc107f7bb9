import { BOM, parseCsv, parseCsvNumber, toCsv, type CsvRow } from './csv.ts';

const rows: CsvRow[] = [
  ['Stad', 'År', 'Värde'],
  ['Malmö', 2024, 2.2235],
  ['Lund', 2024, 812994.97],
  ['Göteborg', 2023, -12.5],
  ['Umeå', 2022, null],
];

describe('toCsv', () => {
  it('writes Swedish with semicolons, a decimal comma, no thousands separators, a BOM and CRLF', () => {
    const text = toCsv(rows, { lang: 'sv' });
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe(
      'Stad;År;Värde\r\nMalmö;2024;2,2235\r\nLund;2024;812994,97\r\nGöteborg;2023;-12,5\r\nUmeå;2022;\r\n',
    );
  });

  it('writes English with commas and a decimal point', () => {
    expect(toCsv(rows, { lang: 'en' }).slice(1)).toBe(
      'Stad,År,Värde\r\nMalmö,2024,2.2235\r\nLund,2024,812994.97\r\nGöteborg,2023,-12.5\r\nUmeå,2022,\r\n',
    );
  });

  it('quotes a field holding the separator, a quote or a line break (RFC 4180), and only then', () => {
    const tricky: CsvRow[] = [['SMHI, utsläpp t.o.m. 2024', 'a;b', 'säg "hej"', 'två\nrader', 'plain']];
    expect(toCsv(tricky, { lang: 'sv' }).slice(1)).toBe(
      'SMHI, utsläpp t.o.m. 2024;"a;b";"säg ""hej""";"två\nrader";plain\r\n',
    );
    expect(toCsv(tricky, { lang: 'en' }).slice(1)).toBe(
      '"SMHI, utsläpp t.o.m. 2024",a;b,"säg ""hej""","två\nrader",plain\r\n',
    );
  });

  it('never writes an exponent, and leaves non-finite numbers empty', () => {
    expect(toCsv([[1e-7, 1.5e-10, 123456789012, NaN, Infinity]], { lang: 'en' }).slice(1)).toBe(
      '0.0000001,0.00000000015,123456789012,,\r\n',
    );
  });

  it('neutralises text that a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(toCsv([['=SUM(A1)', '@x', -3]], { lang: 'en' }).slice(1)).toBe("'=SUM(A1),'@x,-3\r\n");
  });
});

describe('parseCsv', () => {
  it.each(['sv', 'en'] as const)('gives back exactly the numbers and texts written (%s)', (lang) => {
    const parsed = parseCsv(toCsv([...rows, ['Med "citat"; och, komma', 1, 0.1 + 0.2]], { lang }), { lang });
    expect(parsed[0]).toEqual(['Stad', 'År', 'Värde']);
    const values = parsed
      .slice(1)
      .map(([name, year, value]) => [name, Number(year), parseCsvNumber(value ?? '', { lang })]);
    expect(values).toEqual([
      ['Malmö', 2024, 2.2235],
      ['Lund', 2024, 812994.97],
      ['Göteborg', 2023, -12.5],
      ['Umeå', 2022, null],
      ['Med "citat"; och, komma', 1, 0.1 + 0.2],
    ]);
  });

  it('keeps a quoted line break inside its field', () => {
    expect(parseCsv('"a\r\nb";c\r\nd;e', { lang: 'sv' })).toEqual([
      ['a\r\nb', 'c'],
      ['d', 'e'],
    ]);
  });
});
