/**
 * The lint rules that hold the structure together report what they are for: a deep import from
 * one feature into another, past a figure's index.ts, from the server into the SPA, and an import
 * cycle made only of type imports. Each case is linted as a file at its real place in the tree.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cruise, type IConfiguration } from 'dependency-cruiser';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = resolve(import.meta.dirname, '..');
// The probes are not on disk, so no tsconfig holds them: lint them without type information (the
// boundary rule needs none).
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('import boundaries (eslint.config.js, lint/boundaries.js)', () => {
  it('reports a feature reaching into another feature', async () => {
    const messages = await restrictedImports(
      'src/features/compare/probe.tsx',
      "import { CityPage } from '../city/city-page.tsx';\nexport const probe = CityPage;\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/Features do not import each other/);
  });

  it("reports an import past a figure's index.ts, and allows the index", async () => {
    const deep = await restrictedImports(
      'src/features/map/probe.ts',
      "import { MAP_MEASURES } from '../../figures/map/map-scales.ts';\nexport const probe = MAP_MEASURES;\n",
    );
    expect(deep).toHaveLength(1);
    expect(deep[0]).toMatch(/src\/figures\/map\/index\.ts/);
    const front = await restrictedImports(
      'src/features/map/probe.ts',
      "import { MAP_MEASURES } from '../../figures/map/index.ts';\nexport const probe = MAP_MEASURES;\n",
    );
    expect(front).toEqual([]);
  });

  it('reports a figure importing a page, and the server importing the SPA', async () => {
    const figure = await restrictedImports(
      'src/figures/trajectory/probe.ts',
      "import { ComparePage } from '../../features/compare/compare-page.tsx';\nexport const probe = ComparePage;\n",
    );
    expect(figure[0]).toMatch(/A figure imports no page/);
    const server = await restrictedImports(
      'server/routes/probe.ts',
      "import { formatTonnes } from '../../src/lib/format.ts';\nexport const probe = formatTonnes;\n",
    );
    expect(server[0]).toMatch(/The server imports no SPA/);
  });
});

describe('import cycles (.dependency-cruiser.cjs)', () => {
  it('reports a cycle made only of type imports', async () => {
    const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as IConfiguration;
    const dir = mkdtempSync(join(tmpdir(), 'cycle-'));
    try {
      writeFileSync(join(dir, 'a.ts'), "import type { B } from './b.ts';\nexport interface A { b?: B }\n");
      writeFileSync(join(dir, 'b.ts'), "import type { A } from './a.ts';\nexport interface B { a?: A }\n");
      const result = await cruise([dir], {
        ...config.options,
        validate: true,
        ruleSet: { forbidden: config.forbidden },
      });
      const output = result.output as { summary: { violations: { rule: { name: string } }[] } };
      expect(output.summary.violations.map((v) => v.rule.name)).toContain('no-circular');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
