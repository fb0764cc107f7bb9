/**
 * axe-core on the page as it stands: every rule tagged WCAG 2.0–2.2 A or AA, none disabled, the
 * whole document. One line per failing node (rule, impact, what to fix, where), so a test
 * expects `toEqual([])` and a failure reads as a list.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

function describeViolations(violations: Violations): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    at ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
    ),
  );
}

export async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are reported in full: collecting every pass on a 23-chart page is slow. (options() replaces
  // the options object, so it comes before withTags.)
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS);
  // With no frames in the page, axe.run in the page itself: the same rules on the same document, with the same
  // results (violations, incomplete, passes, node for node), 1.5–3 s sooner per run than the default, which runs
  // axe.runPartial in each frame and axe.finishRun in a blank page it opens for the purpose. A page with frames
  // keeps the default, which also reaches cross-origin frames.
  if (page.frames().length === 1) axe.setLegacyMode(true);
  return describeViolations((await axe.analyze()).violations);
}
