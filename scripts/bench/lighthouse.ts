/**
 * Lighthouse 12 (the last major that runs on Node 20) in Debian's Chromium, desktop preset:
 * the dashboard's readers are presenters and officials on laptops. Desktop means simulated
 * throttling of 40 ms RTT, 10 Mbit/s and no CPU slowdown, at 1350×940.
 */
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../tests/e2e/chromium.ts';

export const LIGHTHOUSE_PRESET = 'desktop';
export const MIN_PERFORMANCE = 95;
export const MIN_ACCESSIBILITY = 100;

export interface LighthouseResult {
  dataset: string;
  path: string;
  /** 0–100, the median run's when there are several. */
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** JavaScript transferred by the page load, as Chromium saw it (bytes on the wire). */
  scriptTransferBytes: number;
  /** Scored accessibility audits that failed, by id, so a score under 100 says why. */
  failedAccessibilityAudits: string[];
  /** The three largest savings Lighthouse estimates (audit id and ms), so a low score says why. */
  topOpportunities: { id: string; savingsMs: number }[];
  /** Lighthouse's measure of this machine's CPU speed at the time (lower = slower or busier). */
  benchmarkIndex: number;
  runs: number;
  /** Every run's performance score, lowest first, so the spread behind the median shows. */
  performanceRuns: number[];
}

interface Audit {
  score: number | null;
  numericValue?: number;
  details?: { overallSavingsMs?: number; items?: { resourceType?: string; transferSize?: number }[] };
  metricSavings?: Record<string, number | undefined>;
}

/** An audit's estimated saving: the opportunity's own figure, else its largest metric saving. */
function savingsMs(audit: Audit): number {
  return Math.max(audit.details?.overallSavingsMs ?? 0, ...Object.values(audit.metricSavings ?? {}).map((ms) => (typeof ms === 'number' ? ms : 0)));
}

async function runOnce(url: string, port: number): Promise<Omit<LighthouseResult, 'dataset' | 'path' | 'runs' | 'performanceRuns'>> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }, desktopConfig);
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audits = lhr.audits as Record<string, Audit>;
  const numeric = (id: string) => audits[id]?.numericValue ?? NaN;
  // Weight-0 audits are informative only; they do not move the score.
  const accessibilityIds = (lhr.categories.accessibility?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id);
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

/**
 * Each page `runs` times in one browser (Lighthouse resets storage and the service worker
 * between runs); the run with the median performance score is reported, as Lighthouse's
 * own guidance on variance suggests.
 */
export async function benchLighthouse(baseUrl: string, dataset: string, paths: string[], runs: number, log: (line: string) => void): Promise<LighthouseResult[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error(`No Chromium for Lighthouse. ${INSTALL_HINT}`);
  const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  try {
    const results: LighthouseResult[] = [];
    for (const path of paths) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await runOnce(`${baseUrl}${path}`, chrome.port));
      samples.sort((a, b) => a.performance - b.performance);
      const median = samples[Math.floor((samples.length - 1) / 2)];
      if (!median) continue;
      const result = { dataset, path, runs, performanceRuns: samples.map((sample) => sample.performance), ...median };
      log(`lighthouse ${dataset} ${path}: performance ${result.performance}, accessibility ${result.accessibility}, LCP ${result.lcpMs.toFixed(0)} ms`);
      results.push(result);
    }
    return results;
  } finally {
    chrome.kill();
  }
}
