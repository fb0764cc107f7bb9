/** The curated parts' rules: what a target's source note says about its page, and the roster's checks. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importErrorOf, PROJECT_ROOT } from '../../tests/fixtures/import/helpers.ts';
import type { ProgrammeCity } from './cities-md.ts';
import { sourceKindNote } from './curated.ts';
import { missionCityNames, readMemberships } from './memberships.ts';

describe('sourceKindNote', () => {
  it('says that Klimatkommunerna is an association, not the city, and that a home page is not the target’s page', () => {
    expect(sourceKindNote('https://klimatkommunerna.se/medlemmar/stockholm/').en).toMatch(
      /Klimatkommunerna’s page on the city .*not the city’s own/,
    );
    expect(sourceKindNote('https://goteborg.se/').sv).toMatch(/bara till startsidan/);
    expect(sourceKindNote('https://malmo.se/Miljoprogram-for-Malmo-stad-2021-2030/Klimat.html').en).toBe(
      'The source is the city’s own page.',
    );
  });
});

describe('readMemberships', () => {
  const file = readFileSync(resolve(PROJECT_ROOT, 'data/curated/memberships.json'), 'utf8');
  const city = (name: string, id: string) => ({
    id,
    name,
    kommunkod: '0000',
    lan: { code: '00', name: 'Testlän' },
    location: { lat: 60, lon: 15, kind: 'town-centre' as const, source: 'test' },
  });
  const names = ['Gävle', 'Göteborg', 'Helsingborg', 'Lund', 'Malmö', 'Stockholm', 'Umeå', 'Uppsala'];
  const cities = names.map((n, i) => city(n, `c${i}`));
  const programme: ProgrammeCity[] = [
    {
      name: 'Uppsala',
      kommunkod: '0380',
      wave: 1,
      firstSigned: '2020-12-11',
      lat: 60,
      lon: 17,
      coordinateSource: 'C1',
    },
    { name: 'Gävle', kommunkod: '2180', wave: 2, firstSigned: '2022-12-08', lat: 60, lon: 17, coordinateSource: 'C1' },
  ];
  const mission = `| Kommun | Selected |\n|---|---|\n${names
    .slice(0, 7)
    .map((n) => `| ${n} | 2022-04 (M1, M2) |`)
    .join('\n')}\n`;

  it('takes the waves from the cities’ table and the EU Mission from the file, checked against eu-mission.md', () => {
    expect(missionCityNames(mission)).toEqual(names.slice(0, 7));
    const { cohorts, memberships } = readMemberships(file, 'memberships.json', programme, cities, mission);
    expect(cohorts.map((c) => c.id)).toEqual(['wave-1', 'wave-2', 'pioneer-2024', 'twin-2024', 'eu-mission-2022']);
    expect(memberships.filter((m) => m.cohortId === 'wave-1').map((m) => m.cityId)).toEqual(['c7']);
    expect(memberships.filter((m) => m.cohortId === 'eu-mission-2022')).toHaveLength(7);
  });

  it('refuses a Mission list that differs from eu-mission.md, and a member that is no municipality', () => {
    const other = mission.replace('| Umeå |', '| Uppsala |');
    expect(importErrorOf(() => readMemberships(file, 'memberships.json', programme, cities, other)).message).toMatch(
      /differ from eu-mission.md/,
    );
    expect(
      importErrorOf(() => readMemberships(file, 'memberships.json', programme, cities.slice(1), mission)).message,
    ).toMatch(/unknown municipality 'Gävle'/);
  });
});
