import { act, render, screen } from '@testing-library/react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHART_FRAME, ChartFrame, drawingAt, nominalFits } from './chart-frame.tsx';

/** A stand-in ResizeObserver that the test drives. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  readonly observed: Element[] = [];
  constructor(readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.observed.length = 0;
  }
  resize(width: number) {
    const entries = this.observed.map(
      (target) => ({ target, contentRect: { width, height: 300 } }) as ResizeObserverEntry,
    );
    this.callback(entries, this as unknown as ResizeObserver);
  }
}

const drawing = (width: number) => <text>drawing at {width}</text>;
const live = (width: number) => <p>live chart at {width}</p>;
const drawings = (root: ParentNode) =>
  [...root.querySelectorAll('svg.chart-drawing')].map((svg) => [svg.getAttribute('data-nominal'), svg.textContent]);
/** The drawing at the frame's own width, as [the nominal slot CSS shows it in, its content]. */
const measured = (root: ParentNode) =>
  [...root.querySelectorAll('svg.chart-drawing[data-measured]')].map((svg) => [
    svg.getAttribute('data-nominal'),
    svg.textContent,
  ]);

describe('ChartFrame', () => {
  beforeEach(() => {
    FakeResizeObserver.instances = [];
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is drawn on the server, at nominal widths that CSS picks from, and hydrates to the same', () => {
    const html = renderToString(<ChartFrame height={300} drawing={drawing} live={live} />);
    const server = document.createElement('div');
    server.innerHTML = html;
    expect(drawings(server)).toEqual([
      ['340', 'drawing at 340'],
      ['640', 'drawing at 640'],
      ['1040', 'drawing at 1040'],
    ]);
    expect(server.querySelector('svg[data-nominal="340"]')?.getAttribute('viewBox')).toBe('0 0 340 300');
    expect(html).not.toMatch(/live chart/);
  });

  it('holds the chart’s height, and draws the chart at the width the browser lays out', () => {
    const { container } = render(<ChartFrame height={300} drawing={drawing} live={live} />);
    const frame = container.querySelector<HTMLElement>('.chart-frame');
    expect(frame?.style.height).toBe('300px');
    expect(drawings(container)).toHaveLength(3);

    const observer = FakeResizeObserver.instances.at(-1);
    expect(observer?.observed).toEqual([frame]);
    act(() => {
      observer?.resize(0);
    });
    expect(drawings(container)).toHaveLength(3);
    const shownAt640 = container.querySelector('svg[data-nominal="640"]');
    act(() => {
      observer?.resize(700.7);
    });
    // Drawn at the frame's width in the slot CSS shows for it, the same element changed in place;
    // the hidden nominal drawings stay as the server sent them.
    expect(measured(container)).toEqual([['640', 'drawing at 700']]);
    expect(container.querySelector('svg[data-nominal="640"]')).toBe(shownAt640);
    expect(shownAt640?.getAttribute('width')).toBe('700');
    expect(shownAt640?.getAttribute('viewBox')).toBe('0 0 700 300');
    expect(drawings(container)).toEqual([
      ['340', 'drawing at 340'],
      ['640', 'drawing at 700'],
      ['1040', 'drawing at 1040'],
    ]);
    // The window narrows past a threshold: the chart follows, in the slot shown there.
    act(() => {
      observer?.resize(420);
    });
    expect(measured(container)).toEqual([['340', 'drawing at 420']]);
    expect(screen.queryByText(/live chart/)).toBeNull();
  });

  it('keeps a nominal drawing that fits the frame as the chart, without drawing it again', () => {
    const { container } = render(<ChartFrame height={300} drawing={drawing} live={live} />);
    const phone = container.querySelector('svg[data-nominal="340"]');
    // A phone: 330 px is within a tenth of the 340 px drawing.
    act(() => {
      FakeResizeObserver.instances.at(-1)?.resize(330);
    });
    expect(measured(container)).toEqual([['340', 'drawing at 340']]);
    expect(container.querySelector('svg[data-nominal="340"]')).toBe(phone);
    expect(phone?.getAttribute('viewBox')).toBe('0 0 340 300');
    // 280 px would shrink it by more than a tenth: drawn at 280.
    act(() => {
      FakeResizeObserver.instances.at(-1)?.resize(280);
    });
    expect(measured(container)).toEqual([['340', 'drawing at 280']]);
  });

  it('fits a nominal drawing from 90 % to 108 % of its width', () => {
    expect([305, 306, 340, 367, 368, 576, 640, 691, 692, 936, 1040, 1123].map(nominalFits)).toEqual([
      false,
      true,
      true,
      true,
      false,
      true,
      true,
      true,
      false,
      true,
      true,
      true,
    ]);
  });

  it('drops the hidden nominal drawings once the chart shows something else', () => {
    const { container, rerender } = render(<ChartFrame height={300} drawing={drawing} />);
    act(() => {
      FakeResizeObserver.instances.at(-1)?.resize(640);
    });
    rerender(<ChartFrame height={300} drawing={(width) => <text>other data at {width}</text>} />);
    expect(drawings(container)).toEqual([[null, 'other data at 640']]);
    expect(measured(container)).toEqual([[null, 'other data at 640']]);
  });

  it('becomes the live chart when a reader points at it, and not before', async () => {
    const { container } = render(<ChartFrame height={300} drawing={drawing} live={live} />);
    act(() => {
      FakeResizeObserver.instances.at(-1)?.resize(640);
    });
    const frame = container.querySelector('.chart-frame') as HTMLElement;
    act(() => {
      frame.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    });
    expect(await screen.findByText('live chart at 640')).toBeInTheDocument();
    expect(drawings(container)).toHaveLength(0);
  });

  it('stays a drawing when it has no live chart (small multiples)', () => {
    const { container } = render(<ChartFrame height={150} drawing={drawing} />);
    act(() => {
      FakeResizeObserver.instances.at(-1)?.resize(300);
    });
    act(() => {
      (container.querySelector('.chart-frame') as HTMLElement).dispatchEvent(
        new PointerEvent('pointerover', { bubbles: true }),
      );
    });
    expect(measured(container)).toEqual([['340', 'drawing at 300']]);
  });

  it('when drawn for printing, measures at once instead of waiting for the observer', () => {
    const measure = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 720 } as DOMRect);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    try {
      const { container } = render(<ChartFrame height={300} drawing={drawing} />);
      expect(measured(container)).toEqual([['640', 'drawing at 720']]);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      measure.mockRestore();
    }
  });

  it('gives a download its drawing at any width and its own height, whatever the frame’s width', () => {
    const { container, rerender, unmount } = render(<ChartFrame height={300} drawing={drawing} live={live} />);
    act(() => {
      FakeResizeObserver.instances.at(-1)?.resize(350);
    });
    const frame = container.querySelector(CHART_FRAME);
    if (!frame) throw new Error('no frame');
    const exported = renderToStaticMarkup(drawingAt(frame, 960));
    expect(exported).toMatch(
      /^<svg class="chart-drawing" data-measured="" width="960" height="300" viewBox="0 0 960 300"/,
    );
    expect(exported).toContain('drawing at 960');
    // New data: the download draws what the frame draws now.
    rerender(<ChartFrame height={200} drawing={(width) => <text>other data at {width}</text>} />);
    expect(renderToStaticMarkup(drawingAt(frame, 960))).toContain('height="200"');
    expect(renderToStaticMarkup(drawingAt(frame, 960))).toContain('other data at 960');
    unmount();
    expect(drawingAt(frame, 960)).toBeNull();
    expect(drawingAt(document.createElement('div'), 960)).toBeNull();
  });

  it('keeps the nominal drawings where there is no ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { container } = render(<ChartFrame height={300} drawing={drawing} />);
    expect(drawings(container)).toHaveLength(3);
  });
});
