import { render } from '@testing-library/react';
import { fixtures } from '../../../mocks/fixtures.ts';
import { buildCompareChart } from './compare-series.ts';
import { DEFAULTS } from './compare-state.ts';
import { TrajectoryChart } from './trajectory-chart.tsx';

const all = fixtures.cities.cities.map((c) => c.id);

function drawn(cities: string[]) {
  const chart = buildCompareChart(fixtures.emissions, { ...DEFAULTS, cities }, all);
  const { container } = render(
    <TrajectoryChart
      chart={chart}
      from={1990}
      to={2030}
      scale="linear"
      latestYear={2024}
      highlighted={null}
      formatValue={String}
      formatTick={String}
      seriesLabel={String}
      height={360}
    />,
  );
  // Before the frame is measured, it holds its drawings at the nominal widths (phone, tablet, desk).
  const at = (width: number) => container.querySelector(`svg[data-nominal="${width}"]`) as SVGSVGElement;
  return { chart, at };
}

describe('labels at the lines’ ends', () => {
  it('names every city at its line’s end on a wide chart, level with the end or led to it, none overlapping', () => {
    const cities = ['malmo', 'lund', 'mariestad', 'enkoping', 'goteborg', 'stockholm'];
    const { chart, at } = drawn(cities);
    const labels = [...at(1040).querySelectorAll<SVGTextElement>('.end-label__text')];
    expect(labels.map((l) => l.textContent).sort()).toEqual(chart.lines.map((l) => l.name).sort());
    const ys = labels.map((l) => Number(l.getAttribute('y'))).sort((a, b) => a - b);
    ys.forEach((y, i) => i > 0 && expect(y - (ys[i - 1] as number)).toBeGreaterThanOrEqual(13 * 1.2 - 1e-6));
    // Each label sits right of the plot, in the colour of its city's line.
    for (const label of labels) {
      const city = label.closest('.end-label')?.getAttribute('data-city');
      const stroke = at(1040).querySelector(`.series[data-city="${city}"]`)?.getAttribute('stroke');
      expect(label.getAttribute('fill')).toBe(stroke);
    }
  });

  it('leaves a phone’s narrow chart to its legend, and a single city to its key', () => {
    expect(drawn(['malmo', 'lund']).at(340).querySelectorAll('.end-label')).toHaveLength(0);
    expect(drawn(['malmo', 'lund']).at(640).querySelectorAll('.end-label')).toHaveLength(2);
    expect(drawn(['malmo']).at(1040).querySelectorAll('.end-label')).toHaveLength(0);
  });
});
