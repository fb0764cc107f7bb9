/**
 * The datasets the bench runs on: the programme's 23 cities (data/dataset.json) and all 290
 * municipalities (data/dataset-all.json, committed so a fresh clone can run it; built from
 * ../shared/data when missing and that folder is there).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from './api.ts';

export interface Datasets {
  found: Dataset[];
  /** Datasets asked for that could not be had, with the reason. */
  problems: string[];
  /** The programme's city ids, to choose them by URL on the 290 dataset. */
  programmeIds: string[];
}

function cityIds(path: string): string[] {
  const dataset = JSON.parse(readFileSync(path, 'utf8')) as { cities: { id: string }[] };
  return dataset.cities.map((city) => city.id);
}

export function resolveDatasets(root: string, labels: string[], log: (line: string) => void): Datasets {
  const programme = join(root, 'data/dataset.json');
  const result: Datasets = { found: [], problems: [], programmeIds: cityIds(programme) };
  for (const label of labels.map((l) => l.trim())) {
    if (label === '23') {
      result.found.push({ label, path: programme });
    } else if (label === '290') {
      let path = join(root, 'data/dataset-all.json');
      if (!existsSync(path)) {
        path = join(root, 'var/bench/dataset-all.json');
        if (!existsSync(join(root, '../shared/data'))) {
          result.problems.push(
            '290 dataset: data/dataset-all.json is missing and there is no ../shared/data to build it from',
          );
          continue;
        }
        log('building the 290-municipality dataset (npm run data:build -- --scope all)');
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--scope', 'all', '--out', path], {
          cwd: root,
          stdio: 'inherit',
        });
      }
      const count = cityIds(path).length;
      if (count < 290) log(`note: ${path} has ${count} municipalities, not 290`);
      result.found.push({ label, path });
    } else {
      result.problems.push(`--datasets: unknown dataset '${label}' (known: 23, 290)`);
    }
  }
  return result;
}
