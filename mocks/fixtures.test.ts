/// <reference types="node" />
import {
  citiesResponseSchema,
  cityDetailResponseSchema,
  contractsResponseSchema,
  emissionsResponseSchema,
  geoResponseSchema,
  STANDINGS_MEASURES,
  sectorsResponseSchema,
  standingsResponseSchema,
} from '../contract/index.ts';
import { fixtures } from './fixtures.ts';

describe('MSW fixtures satisfy the contract', () => {
  it('parses every recorded answer with its schema', () => {
    expect(() => citiesResponseSchema.parse(fixtures.cities)).not.toThrow();
    expect(() => citiesResponseSchema.parse(fixtures.citiesAll)).not.toThrow();
    expect(() => contractsResponseSchema.parse(fixtures.contracts)).not.toThrow();
    expect(() => emissionsResponseSchema.parse(fixtures.emissions)).not.toThrow();
    expect(() => sectorsResponseSchema.parse(fixtures.sectors)).not.toThrow();
    expect(() => geoResponseSchema.parse(fixtures.geo)).not.toThrow();
    for (const measure of STANDINGS_MEASURES)
      expect(standingsResponseSchema.parse(fixtures.standings[measure]).measure).toBe(measure);
    for (const detail of Object.values(fixtures.cityDetails))
      expect(() => cityDetailResponseSchema.parse(detail)).not.toThrow();
  });

  it('holds the programme’s 23 members and all 290 municipalities, a detail record for each member and for Håbo', () => {
    expect(fixtures.cities.cities).toHaveLength(23);
    expect(fixtures.citiesAll.cities).toHaveLength(290);
    expect(Object.keys(fixtures.cityDetails).sort()).toEqual(
      [...fixtures.cities.cities.map((c) => c.id), 'habo'].sort(),
    );
    expect(fixtures.cityDetails.habo?.city.inProgramme).toBe(false);
  });

  it('holds the 21 län outlines of the committed geo file', async () => {
    const { readFileSync } = await import('node:fs');
    const file = JSON.parse(readFileSync(new URL('../data/geo/lan.topo.json', import.meta.url), 'utf8')) as {
      source: unknown;
      arcs: unknown;
    };
    expect(fixtures.geo.topology.objects.lan.geometries).toHaveLength(21);
    expect(fixtures.geo.source).toEqual(file.source);
    expect(fixtures.geo.topology.arcs).toEqual(file.arcs);
  });

  it('is the recording of the committed dataset (same release as the server seeds)', async () => {
    const { readFileSync } = await import('node:fs');
    const dataset = JSON.parse(readFileSync(new URL('../data/dataset.json', import.meta.url), 'utf8')) as {
      currentReleaseId: string;
    };
    expect(fixtures.cities.release.id).toBe(dataset.currentReleaseId);
  });
});

describe('peer fixtures satisfy the contract', () => {
  it('parses every city’s peers and the sector matrix', async () => {
    const { peersResponseSchema, sectorChangesResponseSchema } = await import('../contract/peers.ts');
    expect(Object.keys(fixtures.peers).sort()).toEqual([...fixtures.cities.cities.map((c) => c.id), 'habo'].sort());
    for (const peers of Object.values(fixtures.peers)) expect(() => peersResponseSchema.parse(peers)).not.toThrow();
    expect(sectorChangesResponseSchema.parse(fixtures.sectorChanges).cities).toHaveLength(23);
  });
});
