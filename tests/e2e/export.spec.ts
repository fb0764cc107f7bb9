import { copyFileSync, readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { CHART_SVG, expect, test, SHOWN, untilInteractive } from './fixtures.ts';
import { emissionsResponseSchema } from '../../contract/index.ts';
import { parseCsv, parseCsvNumber } from '../../src/components/export/csv.ts';

const VIEW = '/compare?cities=malmo,lund&measure=per-capita';
const TITLE_SV = 'Utsläpp av växthusgaser: Per invånare, ton CO₂e, 1990–2030';
const FILE = /^klimatneutrala-stader_jamfor_per-invanare_malmo-lund_1990-2030_\d{4}-\d{2}-\d{2}\.(png|svg|csv)$/;

async function download(
  page: Page,
  menu: Locator,
  format: 'PNG' | 'SVG' | 'CSV',
  verb = 'Ladda ner',
): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: `${verb} ${format}` }).click(),
  ]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('exports of the compare chart', () => {
  test('PNG and SVG carry the chart, its legend, source and date; the PNG is the SVG at twice the size', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(VIEW);
    await expect(page.locator(`.figure__plot ${SHOWN} .series`)).toHaveCount(2);
    const menu = page.getByRole('group', { name: `Ladda ner ${TITLE_SV}` });

    const svg = await download(page, menu, 'SVG');
    expect(svg.file.suggestedFilename()).toMatch(FILE);
    const markup = svg.bytes.toString('utf8');
    for (const text of ['Malmö', 'Lund', TITLE_SV, 'Utsläpp, SMHI, utsläpp t.o.m. 2024', 'Källa: SMHI', 'Hämtad'])
      expect(markup).toContain(text);
    expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(markup).not.toContain('var(--');
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(markup)?.[1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(markup)?.[1]);
    expect(width).toBeGreaterThan(600);
    // Well-formed: the browser parses it as XML without an error.
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        legend: [...doc.querySelectorAll('g.legend-entry text')].map((t) => t.textContent),
      };
    }, markup);
    expect(parsed.error).toBeNull();
    // As the lines end, top first: Malmö above Lund per person.
    expect(parsed.legend.slice(0, 2)).toEqual(['Malmö', 'Lund']);

    const png = await download(page, menu, 'PNG');
    expect(png.file.suggestedFilename()).toMatch(FILE);
    expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * height });

    // Copies to look at.
    copyFileSync(await svg.file.path(), testInfo.outputPath('compare.svg'));
    copyFileSync(await png.file.path(), testInfo.outputPath('compare.png'));
  });

  test('in the dark theme the exported legend uses the colours the lines are drawn with, on the dark ground', async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(VIEW);
    await expect(page.locator(`.figure__plot ${SHOWN} .series`)).toHaveCount(2);
    const svg = await download(page, page.getByRole('group', { name: `Ladda ner ${TITLE_SV}` }), 'SVG');
    const found = await page.evaluate(
      ({ xml, shown }) => {
        const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
        const entry = (name: string) =>
          [...doc.querySelectorAll('g.legend-entry')].find((g) => g.querySelector('text')?.textContent === name);
        const swatch = (name: string) => entry(name)?.querySelector('[stroke]')?.getAttribute('stroke') ?? null;
        const drawn = (city: string) => {
          const path = document.querySelector(`.figure__plot ${shown} .series[data-city="${city}"] .series__measured`);
          return path ? getComputedStyle(path).stroke : null;
        };
        return {
          legend: { malmo: swatch('Malmö'), lund: swatch('Lund') },
          drawn: { malmo: drawn('malmo'), lund: drawn('lund') },
          exportedLines: [...doc.querySelectorAll('.series__measured')].map(
            (p) => /stroke:\s*([^;]+)/.exec(p.getAttribute('style') ?? '')?.[1] ?? null,
          ),
          background: doc.querySelector('svg > rect')?.getAttribute('fill') ?? null,
        };
      },
      { xml: svg.bytes.toString('utf8'), shown: SHOWN },
    );
    expect(found.legend.malmo).toBeTruthy();
    expect(found.legend).toEqual(found.drawn);
    for (const stroke of found.exportedLines) expect(Object.values(found.drawn)).toContain(stroke);
    // The ground is the dark theme's, not white.
    expect(found.background).not.toMatch(/^(#fff(fff)?|rgb\(255, 255, 255\))$/i);
    copyFileSync(await svg.file.path(), testInfo.outputPath('compare-dark.svg'));
  });

  test('the CSV parses back to the API’s per-capita figures in Swedish and in English', async ({ page, request }) => {
    const api = emissionsResponseSchema.parse(
      await (await request.get('/api/v1/emissions?cities=malmo,lund&from=1990&to=2030')).json(),
    );
    const expected = api.series
      .flatMap((s) =>
        s.points.filter((p) => p.tonnesPerCapita !== null).map((p) => `${s.cityId} ${p.year} ${p.tonnesPerCapita}`),
      )
      .sort();
    const malmo2024 = api.series
      .find((s) => s.cityId === 'malmo')
      ?.points.find((p) => p.year === 2024)?.tonnesPerCapita;
    expect(malmo2024).toBeGreaterThan(0);

    await page.goto(VIEW);
    const sv = await download(page, page.getByRole('group', { name: `Ladda ner ${TITLE_SV}` }), 'CSV');
    expect(sv.file.suggestedFilename()).toMatch(FILE);
    const svText = sv.bytes.toString('utf8');
    expect(svText.charCodeAt(0)).toBe(0xfeff);
    const svRows = parseCsv(svText, { lang: 'sv' });
    expect(svRows[0]).toEqual(['Stad', 'Id', 'Serie', 'År', 'Per invånare, ton CO₂e', 'Källa för utsläppen']);
    expect(
      svRows
        .slice(1)
        .map(([, id, , year, value]) => `${id} ${year} ${parseCsvNumber(value ?? '', { lang: 'sv' })}`)
        .sort(),
    ).toEqual(expected);
    const svMalmo = svRows.find(([, id, , year]) => id === 'malmo' && year === '2024');
    expect(svMalmo?.[4]).toBe(String(malmo2024).replace('.', ','));

    await page.getByRole('link', { name: 'In English' }).click();
    await expect(page).toHaveURL(/\/en\/compare\?/);
    await untilInteractive(page);
    const en = await download(
      page,
      page.getByRole('group', { name: /^Download Greenhouse-gas emissions/ }),
      'CSV',
      'Download',
    );
    expect(en.file.suggestedFilename()).toMatch(/^klimatneutrala-stader_compare_per-person_malmo-lund_1990-2030_/);
    const enRows = parseCsv(en.bytes.toString('utf8'), { lang: 'en' });
    expect(enRows[0]).toEqual(['City', 'Id', 'Series', 'Year', 'Per person, t CO₂e', 'Emissions source']);
    expect(en.bytes.toString('utf8').split('\r\n')[1]).toMatch(
      /^Lund,lund,Reported,1990,[\d.]+,"SMHI, emissions to 2024/,
    );
    expect(
      enRows
        .slice(1)
        .map(([, id, , year, value]) => `${id} ${year} ${parseCsvNumber(value ?? '', { lang: 'en' })}`)
        .sort(),
    ).toEqual(expected);
    expect(enRows.find(([, id, , year]) => id === 'malmo' && year === '2024')?.[4]).toBe(String(malmo2024));
  });
});

test.describe('exports elsewhere', () => {
  test('the map exports a PNG with its key, and the city page both its charts', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto('/map?measure=per-capita');
    await expect(page.locator('a.map-mark')).toHaveCount(23);
    const mapMenu = page.getByRole('group', { name: /^Ladda ner Städerna på kartan/ });
    const mapSvg = await download(page, mapMenu, 'SVG');
    expect(mapSvg.file.suggestedFilename()).toMatch(
      /^klimatneutrala-stader_karta_per-invanare_2024_\d{4}-\d{2}-\d{2}\.svg$/,
    );
    expect(mapSvg.bytes.toString('utf8')).toContain('Malmö');
    const mapPng = await download(page, mapMenu, 'PNG');
    expect(pngSize(mapPng.bytes).width).toBeGreaterThan(600);
    copyFileSync(await mapPng.file.path(), testInfo.outputPath('map.png'));

    await page.goto('/cities/malmo');
    const trajectory = page.getByRole('group', { name: /^Ladda ner Malmö: utsläpp, trend/ });
    const sectors = page.getByRole('group', { name: /^Ladda ner Malmö: utsläpp per sektor/ });
    await sectors.scrollIntoViewIfNeeded();
    await expect(page.locator('.city-section').locator(CHART_SVG)).toHaveCount(2);
    const trajectoryPng = await download(page, trajectory, 'PNG');
    expect(trajectoryPng.file.suggestedFilename()).toMatch(/^klimatneutrala-stader_malmo_utslapp-och-banor_1990-2050_/);
    copyFileSync(await trajectoryPng.file.path(), testInfo.outputPath('trajectory.png'));
    const sectorPng = await download(page, sectors, 'PNG');
    copyFileSync(await sectorPng.file.path(), testInfo.outputPath('sectors.png'));
    const sectorCsv = parseCsv((await download(page, sectors, 'CSV')).bytes.toString('utf8'), { lang: 'sv' });
    // Every CSV names its city, so files of several cities can be put together.
    expect(sectorCsv[0]?.slice(0, 6)).toEqual(['Stad', 'Id', 'År', 'Sektor', 'Sektor-id', 'Ton CO₂e']);
    expect(sectorCsv.slice(1).every((row) => row[0] === 'Malmö' && row[1] === 'malmo')).toBe(true);
    expect(sectorCsv.filter((row) => row[4] === 'total').length).toBeGreaterThan(5);
  });
});

/** The exported SVG's size, and how far right its own lines (title, key, notes, source, address) reach. */
async function svgLayout(page: Page, markup: string) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    const root = doc.documentElement;
    // The charts inside carry inline styles the page's policy would refuse; their extent is the chart's own.
    root.querySelectorAll('svg svg').forEach((panel) => panel.remove());
    const host = document.createElement('div');
    host.className = 'export-drawing';
    const svg = document.importNode(root, true) as unknown as SVGSVGElement;
    host.append(svg);
    document.body.append(host);
    const lines = [...svg.querySelectorAll(':scope > text, :scope > g.legend-entry')] as SVGGraphicsElement[];
    const right = Math.max(...lines.map((line) => line.getBBox().x + line.getBBox().width));
    const text = [...svg.querySelectorAll(':scope > text')].map((line) => line.textContent ?? '');
    host.remove();
    return {
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      right,
      text,
      address: location.href,
    };
  }, markup);
}

const FIXED_SIZE_CASES = [
  {
    name: 'the compare chart',
    path: VIEW,
    menu: `Ladda ner ${TITLE_SV}`,
    drawn: (page: Page) => page.locator(`.figure__plot ${SHOWN} .series`).nth(1),
  },
  {
    name: 'the compare page’s small multiples',
    path: '/compare?cities=malmo,lund,umea,goteborg&layout=multiples&overlays=trend,target',
    menu: /^Ladda ner Utsläpp av växthusgaser/,
    drawn: (page: Page) => page.locator(`.multiples__item ${SHOWN} .series`).nth(3),
  },
  {
    name: 'a city’s trajectory',
    path: '/cities/malmo',
    menu: /^Ladda ner Malmö: utsläpp, trend/,
    drawn: (page: Page) => page.locator(`.city-section ${SHOWN} .series`).first(),
  },
  {
    name: 'the map',
    path: '/map?measure=per-capita',
    menu: /^Ladda ner Städerna på kartan/,
    drawn: (page: Page) => page.locator('a.map-mark').nth(22),
  },
];

test.describe('exports are composed at a fixed size, whatever the screen', () => {
  for (const { name, path, menu, drawn } of FIXED_SIZE_CASES) {
    test(`${name}: the same PNG and SVG size at 390 px as at 1440 px, every line inside the image`, async ({
      page,
    }, testInfo) => {
      const sizes: { png: { width: number; height: number }; svg: { width: number; height: number } }[] = [];
      for (const viewport of [390, 1440]) {
        await page.setViewportSize({ width: viewport, height: 900 });
        await page.goto(path);
        await expect(drawn(page)).toBeAttached();
        const group = page.getByRole('group', { name: menu });
        await group.scrollIntoViewIfNeeded();
        const svg = await download(page, group, 'SVG');
        const png = await download(page, group, 'PNG');
        const layout = await svgLayout(page, svg.bytes.toString('utf8'));
        // Nothing runs off the right edge, the address in the last line included (broken where it must be).
        expect(layout.right).toBeLessThanOrEqual(layout.width - 16);
        expect(layout.text.join('').replace(/\s+/g, '')).toContain(layout.address.replace(/\s+/g, ''));
        expect(layout.text.some((line) => line.includes('Källa: SMHI'))).toBe(true);
        sizes.push({ png: pngSize(png.bytes), svg: { width: layout.width, height: layout.height } });
        const file = `${name.replace(/\W+/g, '-')}-${viewport}`;
        copyFileSync(await png.file.path(), testInfo.outputPath(`${file}.png`));
        copyFileSync(await svg.file.path(), testInfo.outputPath(`${file}.svg`));
      }
      const [phone, desk] = sizes;
      expect(phone).toEqual(desk);
      expect(phone?.png).toEqual({ width: 2 * (phone?.svg.width ?? 0), height: 2 * (phone?.svg.height ?? 0) });
    });
  }
});
