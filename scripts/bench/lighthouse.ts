/**
 * Lighthouse 12 (the last major that runs on Node 20) in Debian's Chromium, in two
 * configurations: its default, a simulated mid-range phone (150 ms RTT, 1.6 Mbit/s, 4× CPU
 * slowdown, 412×823), and its desktop preset (40 ms RTT, 10 Mbit/s, no CPU slowdown, 1350×940).
 * Each page is measured on two servers in the same run: as served (server-rendered) and with
 * SSR=off (the client-only shell), runs interleaved so the machine's drift hits both alike.
 */
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../tests/e2e/chromium.ts';
import {
  medianRun,
  type FormFactor,
  type LighthouseResult,
  type LighthouseSample,
  type Rendering,
} from './lighthouse-budgets.ts';

export const LIGHTHOUSE_VERSION = '12.2.3';

interface Audit {
  score: number | null;
  numericValue?: number;
  details?: { overallSavingsMs?: number; items?: { resourceType?: string; transferSize?: number }[] };
  metricSavings?: Record<string, number | undefined>;
}

/** An audit's estimated saving: the opportunity's own figure, else its largest metric saving. */
function savingsMs(audit: Audit): number {
  return Math.max(
    audit.details?.overallSavingsMs ?? 0,
    ...Object.values(audit.metricSavings ?? {}).map((ms) => (typeof ms === 'number' ? ms : 0)),
  );
}

async function runOnce(url: string, port: number, formFactor: FormFactor): Promise<LighthouseSample> {
  // No config at all is Lighthouse's default: mobile, simulated throttling.
  const config = formFactor === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    config,
  );
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  if (lhr.configSettings.formFactor !== formFactor)
    throw new Error(`Lighthouse ran as ${lhr.configSettings.formFactor}, not ${formFactor}`);
  const audits = lhr.audits as Record<string, Audit>;
  const numeric = (id: string) => audits[id]?.numericValue ?? NaN;
  // Weight-0 audits are informative only; they do not move the score.
  const accessibilityIds = (lhr.categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => ref.id);
  const performanceIds = (lhr.categories.performance?.auditRefs ?? []).map((ref) => ref.id);
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    scriptTransferBytes: (audits['network-requests']?.details?.items ?? [])
      .filter((item) => item.resourceType === 'Script')
      .reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    failedAccessibilityAudits: accessibilityIds.filter((id) => audits[id]?.score === 0),
    topOpportunities: performanceIds
      .map((id) => ({ id, savingsMs: Math.round(savingsMs(audits[id] ?? { score: null })) }))
      .filter((o) => o.savingsMs > 0)
      .sort((a, b) => b.savingsMs - a.savingsMs)
      .slice(0, 3),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

export interface LighthouseOptions {
  /** Dataset label for the table, e.g. "23 cities". */
  dataset: string;
  /** Base URL per rendering; each one given is measured. */
  servers: Partial<Record<Rendering, string>>;
  paths: readonly string[];
  formFactors: readonly FormFactor[];
  runs: number;
  log: (line: string) => void;
}

/** One run, tried a second time if Lighthouse fails (a page that fails twice is reported, not retried again). */
async function runWithRetry(
  url: string,
  port: number,
  formFactor: FormFactor,
  log: (line: string) => void,
): Promise<LighthouseSample> {
  try {
    return await runOnce(url, port, formFactor);
  } catch (error) {
    log(
      `lighthouse ${formFactor} ${url} failed, trying once more: ${error instanceof Error ? error.message : String(error)}`,
    );
    return runOnce(url, port, formFactor);
  }
}

/**
 * Every page × form factor × rendering `runs` times in one browser (Lighthouse resets storage
 * and the service worker between runs); the run with the median performance score is reported.
 * A page that cannot be measured goes to `problems` and the others still run.
 */
export async function benchLighthouse({
  dataset,
  servers,
  paths,
  formFactors,
  runs,
  log,
}: LighthouseOptions): Promise<{ results: LighthouseResult[]; problems: string[] }> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error(`No Chromium for Lighthouse. ${INSTALL_HINT}`);
  const renderings = (Object.keys(servers) as Rendering[]).filter((r) => servers[r]);
  const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  const results: LighthouseResult[] = [];
  const problems: string[] = [];
  try {
    for (const path of paths) {
      for (const formFactor of formFactors) {
        const samples = new Map<Rendering, LighthouseSample[]>(renderings.map((r) => [r, []]));
        const failed = new Set<Rendering>();
        for (let i = 0; i < runs; i++) {
          for (const rendering of renderings.filter((r) => !failed.has(r))) {
            try {
              samples
                .get(rendering)
                ?.push(await runWithRetry(`${servers[rendering]}${path}`, chrome.port, formFactor, log));
            } catch (error) {
              failed.add(rendering);
              problems.push(
                `Lighthouse ${formFactor} ${rendering} ${path}, ${dataset}: ${error instanceof Error ? error.message : String(error)}`,
              );
            }
          }
        }
        for (const rendering of renderings.filter((r) => !failed.has(r))) {
          const taken = samples.get(rendering) ?? [];
          const median = medianRun(taken);
          if (!median) continue;
          const performanceRuns = taken.map((s) => s.performance).sort((a, b) => a - b);
          results.push({ dataset, path, formFactor, rendering, runs, performanceRuns, ...median });
          log(
            `lighthouse ${dataset} ${formFactor} ${rendering} ${path}: perf ${median.performance} (${performanceRuns.join(', ')}), a11y ${median.accessibility}, LCP ${median.lcpMs.toFixed(0)} ms, TBT ${median.tbtMs.toFixed(0)} ms, CLS ${median.cls.toFixed(3)}`,
          );
        }
      }
    }
    return { results, problems };
  } finally {
    chrome.kill();
  }
}
