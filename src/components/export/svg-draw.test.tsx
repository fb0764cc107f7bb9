import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from '../chart-frame.tsx';
import { NothingDrawnError } from './nothing-drawn.ts';
import { CHART_LAYOUT, MULTIPLES_LAYOUT } from './svg-compose.ts';
import { chartPanels } from './chart-panels.ts';
import { drawnPanel } from './svg-draw.tsx';

/** Runs `draw` as React's tests ask: the root it renders is updated inside act(). */
function acted<T>(draw: () => T): T {
  let result: T | undefined;
  act(() => {
    result = draw();
  });
  return result as T;
}

/** Lays every element out `width` px wide (jsdom lays nothing out). */
function laidOut(width: number) {
  return vi
    .spyOn(Element.prototype, 'getBoundingClientRect')
    .mockReturnValue({ width, height: 100, top: 0 } as DOMRect);
}

describe('drawnPanel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws its content in a root of its own beside the anchor, copies it and takes it away again', () => {
    const { container } = render(
      <div className="figure">
        <p className="anchor">chart</p>
      </div>,
    );
    const anchor = container.querySelector('.anchor');
    if (!anchor) throw new Error('no anchor');
    const before = container.innerHTML;
    const panel = acted(() =>
      drawnPanel(
        anchor,
        <svg className="chart-drawing" width={960} height={300} viewBox="0 0 960 300">
          <path className="series__measured" d="M0,0L960,300" stroke="#0072B2" />
        </svg>,
        960,
        'p0',
        'Lund',
      ),
    );
    expect(panel.markup).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(panel.markup).toContain('d="M0,0L960,300"');
    expect(panel.markup).toContain('viewBox="0 0 960 300"');
    expect(panel.caption).toBe('Lund');
    expect(container.innerHTML).toBe(before);
    expect(document.querySelector('.export-drawing')).toBeNull();
  });

  it('says nothing is drawn when the content is no svg, and leaves nothing behind', () => {
    const anchor = document.body.appendChild(document.createElement('div'));
    expect(() => acted(() => drawnPanel(anchor, <p>no chart</p>, 960, 'p0'))).toThrow(NothingDrawnError);
    expect(document.querySelector('.export-drawing')).toBeNull();
    anchor.remove();
  });
});

describe('chartPanels', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('draws each chart on show again at the layout’s width, whatever the width it is shown at', () => {
    const observers: ResizeObserverCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          observers.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    const { container } = render(
      <section>
        {['Lund', 'Malmö'].map((city) => (
          <ChartFrame key={city} height={150} drawing={(width) => <text>{`${city} at ${width}`}</text>} />
        ))}
      </section>,
    );
    // A phone: the frames are 350 px wide on screen.
    act(() => {
      for (const callback of observers)
        callback([{ contentRect: { width: 350 } } as ResizeObserverEntry], {} as ResizeObserver);
    });
    laidOut(350);
    const section = container.querySelector('section') as HTMLElement;
    const { panels, columns } = acted(() => chartPanels(section, MULTIPLES_LAYOUT, ['Lund', 'Malmö']));
    expect(columns).toBe(3);
    expect(panels.map((panel) => panel.caption)).toEqual(['Lund', 'Malmö']);
    expect(panels[1]?.markup).toContain(`Malmö at ${MULTIPLES_LAYOUT.width}`);
    expect(panels[1]?.markup).toContain(`viewBox="0 0 ${MULTIPLES_LAYOUT.width} 150"`);
    expect(acted(() => chartPanels(section, CHART_LAYOUT)).panels[0]?.markup).toContain('Lund at 960');
  });

  it('says nothing is drawn when no chart is on show', () => {
    const { container } = render(
      <section>
        <ChartFrame height={150} drawing={(width) => <text>{width}</text>} />
      </section>,
    );
    laidOut(0);
    expect(() => acted(() => chartPanels(container, CHART_LAYOUT))).toThrow(NothingDrawnError);
  });
});
