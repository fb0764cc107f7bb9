import { I18nProvider } from '../lib/i18n.tsx';
import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from './chart-frame.tsx';

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
    const entries = this.observed.map((target) => ({ target, contentRect: { width, height: 300 } }) as ResizeObserverEntry);
    this.callback(entries, this as unknown as ResizeObserver);
  }
}

const drawn = (width: number) => <p>chart at {width}</p>;

describe('ChartFrame', () => {
  beforeEach(() => {
    FakeResizeObserver.instances = [];
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('holds the chart’s height, and draws the chart at the width the browser lays out', async () => {
    const { container } = render(<I18nProvider><ChartFrame height={300}>{drawn}</ChartFrame></I18nProvider>);
    const frame = container.querySelector<HTMLElement>('.chart-frame');
    expect(frame?.style.height).toBe('300px');
    expect(frame?.querySelectorAll(':scope > :not(noscript)')).toHaveLength(0);
    // The server cannot draw it: its HTML says what a reader without JavaScript misses.
    expect(renderToString(<I18nProvider><ChartFrame height={300}>{drawn}</ChartFrame></I18nProvider>)).toMatch(/<noscript>.*behöver JavaScript/);

    const observer = FakeResizeObserver.instances.at(-1);
    expect(observer?.observed).toEqual([frame]);
    await act(async () => observer?.resize(0));
    expect(frame?.querySelectorAll(':scope > :not(noscript)')).toHaveLength(0);
    await act(async () => observer?.resize(640.7));
    expect(screen.getByText('chart at 640')).toBeInTheDocument();
    // The window narrows: the chart follows.
    await act(async () => observer?.resize(480));
    expect(screen.getByText('chart at 480')).toBeInTheDocument();
  });

  it('when drawn for printing, measures at once instead of waiting for the observer', () => {
    const measure = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 680 } as DOMRect);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    try {
      render(<I18nProvider><ChartFrame height={300}>{drawn}</ChartFrame></I18nProvider>);
      expect(screen.getByText('chart at 680')).toBeInTheDocument();
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      measure.mockRestore();
    }
  });

  it('draws nothing where there is no ResizeObserver, as recharts’ ResponsiveContainer did', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { container } = render(<I18nProvider><ChartFrame height={300}>{drawn}</ChartFrame></I18nProvider>);
    expect(container.querySelectorAll('.chart-frame > :not(noscript)')).toHaveLength(0);
  });
});
