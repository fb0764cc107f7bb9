/**
 * Test support for the server: a fresh in-memory database seeded from the real
 * data/dataset.json (read and validated once per test file, then reused), the app
 * built on it, and small request helpers. Imported only by `*.test.ts` files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { problemSchema, type Problem } from '../contract/index.ts';
import { createApp } from './app.ts';
import type { Dataset } from './dataset/schema.ts';
import type { Db } from './db/connection.ts';
import { openDatabase } from './database.ts';
import { readDatasetFile } from './db/open.ts';
import { loadSnapshot } from './db/snapshot.ts';
import type { Snapshot } from './domain/snapshot.ts';
import { PROBLEM_CONTENT_TYPE } from './http/problem.ts';

export const DATASET_PATH = fileURLToPath(new URL('../data/dataset.json', import.meta.url));
/** The fixed "today" of every test app. */
export const TODAY = '2026-11-28';

let cachedDataset: Dataset | undefined;

/** The real dataset, parsed once per test file. */
export function testDataset(): Dataset {
  cachedDataset ??= readDatasetFile(DATASET_PATH);
  return cachedDataset;
}

/** The programme's members in the real dataset (Klimatneutrala städer 2030), with their memberships. */
export function testProgramme() {
  const dataset = testDataset();
  const programmeOf = new Map(dataset.cohorts.map((c) => [c.id, c.programme]));
  const memberships = dataset.memberships.filter((m) => programmeOf.get(m.cohortId) === 'kns2030');
  const ids = new Set(memberships.map((m) => m.cityId));
  const inCohort = (cohortId: string) => memberships.filter((m) => m.cohortId === cohortId).map((m) => m.cityId);
  return {
    cities: dataset.cities.filter((c) => ids.has(c.id)),
    membershipOf: (cityId: string) => memberships.find((m) => m.cityId === cityId),
    wave1: inCohort('wave-1'),
    wave2: inCohort('wave-2'),
  };
}

let seeded: Buffer | undefined;

/**
 * A new in-memory database, migrated and seeded from the real dataset: a copy of one seeded once
 * per test file (seeding all 290 municipalities takes a third of a second).
 */
export function openTestDatabase(): Db {
  seeded ??= openDatabase({ path: ':memory:', dataset: testDataset() }).serialize();
  return openDatabase({ path: ':memory:', copyOf: seeded, dataset: testDataset() });
}

/** The current release's snapshot of a fresh test database: what the domain computes from. */
export function testSnapshot(): Snapshot {
  return loadSnapshot(openTestDatabase());
}

export type TestApp = ReturnType<typeof createApp>;

export interface TestAppOptions {
  db?: Db;
  today?: () => string;
  /** Receives unexpected errors; silent by default. */
  logError?: (error: unknown) => void;
}

/** The API app over a fresh seeded in-memory database, with today fixed to 2026-11-28. */
export function createTestApp(options: TestAppOptions = {}): TestApp {
  return createApp({
    db: options.db ?? openTestDatabase(),
    today: options.today ?? (() => TODAY),
    logError: options.logError ?? (() => {}),
  });
}

export interface JsonResult {
  status: number;
  headers: Headers;
  /** The raw body text ('' for 304 and HEAD). */
  text: string;
  /** The parsed body, or undefined when the body is empty. */
  body: unknown;
}

/** Requests `path` from the app and parses a non-empty body as JSON (throws when it is not JSON). */
export async function getJson(app: TestApp, path: string, init?: RequestInit): Promise<JsonResult> {
  const response = await app.request(path, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
  };
}

/** Asserts a problem+json answer with the given status (and parameter, when given); returns the parsed problem. */
export function expectProblem(result: JsonResult, status: number, parameter?: string): Problem {
  expect(result.status, result.text).toBe(status);
  expect(result.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
  const problem = problemSchema.parse(result.body);
  expect(problem.status).toBe(status);
  expect(problem.title).not.toBe('');
  expect(problem.detail).not.toBe('');
  if (parameter !== undefined) expect(problem.parameter).toBe(parameter);
  return problem;
}

/** A seeded random-number generator for the fuzz tests (mulberry32: small, fast and reproducible). */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A built SPA for createSite to serve: index.html and one hashed asset, in a fresh folder under
 * var/ (serveStatic takes a root relative to the working directory), removed after the file's tests.
 */
export function testDistDir(prefix: string): string {
  mkdirSync(join(process.cwd(), 'var'), { recursive: true });
  const distDir = mkdtempSync(join(process.cwd(), 'var', prefix));
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(
    join(distDir, 'index.html'),
    '<!doctype html><title>Klimatneutrala städer 2030</title><div id="root"></div>',
  );
  writeFileSync(join(distDir, 'assets', 'app-abc123.js'), 'console.log(1);');
  afterAll(() => rmSync(distDir, { recursive: true, force: true }));
  return distDir;
}
