import { describe, expect, it } from 'vitest';
import { importErrorOf, readFixture } from '../../tests/fixtures/import/helpers.ts';
import { parseEmissionsFile, slugify } from './build-dataset.ts';
import { parseSmhiCsv } from './smhi-csv.ts';
import { parseSmhiJson } from './smhi-json.ts';

describe('parseEmissionsFile picks the format by content, not by extension', () => {
  it("reads SMHI's semicolon export", () => {
    const text = readFixture('smhi-valid.csv');
    expect(parseEmissionsFile(text, 'release.txt')).toEqual(parseSmhiCsv(text, 'release.txt'));
  });

  it('reads the JSON array, with or without leading whitespace', () => {
    const text = readFixture('smhi-valid.json');
    expect(parseEmissionsFile(`\n  ${text}`, 'release.csv')).toEqual(parseSmhiJson(text, 'release.csv'));
  });

  it('sends a comma-separated SMHI header to the CSV parser, which explains the delimiter', () => {
    const error = importErrorOf(() => parseEmissionsFile(readFixture('smhi-comma-delimited.csv'), 'x.csv'));
    expect(error).toMatchObject({ file: 'x.csv', row: 7, problem: expect.stringContaining("the header uses ','") });
  });

  it('sends broken JSON to the JSON parser', () => {
    expect(importErrorOf(() => parseEmissionsFile(readFixture('smhi-truncated.json'), 'x.json')).problem).toMatch(
      /^is not valid JSON/,
    );
  });

  it('rejects anything else, naming the file', () => {
    const error = importErrorOf(() => parseEmissionsFile('Kommun,1990\nLund,1\n', 'other.csv'));
    expect(error).toMatchObject({ file: 'other.csv', row: undefined, column: undefined });
    expect(error.message).toMatch(/^other\.csv: is neither SMHI's semicolon export/);
  });
});

describe('slugify', () => {
  it.each([
    ['Malmö', 'malmo'],
    ['Järfälla', 'jarfalla'],
    ['Upplands Väsby', 'upplands-vasby'],
    ['Östersund', 'ostersund'],
    ['Habo', 'habo'],
    ['Håbo', 'habo'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
