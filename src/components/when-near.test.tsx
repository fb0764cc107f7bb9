import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WhenNear } from './when-near.tsx';

/** A stand-in IntersectionObserver that the test drives, recording its options. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly observed: Element[] = [];
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.observed.length = 0;
  }
  /** The browser reports the observed element as `isIntersecting`. */
  report(isIntersecting: boolean) {
    const entries = this.observed.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

describe('WhenNear', () => {
  beforeEach(() => {
    FakeIntersectionObserver.instances = [];
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps a placeholder of the figure’s height until the figure is near the viewport', () => {
    const { container } = render(
      <WhenNear height={360}>
        <p>the chart</p>
      </WhenNear>,
    );
    expect(screen.queryByText('the chart')).toBeNull();
    const placeholder = container.querySelector<HTMLElement>('.when-near');
    expect(placeholder?.style.height).toBe('360px');
    expect(placeholder).toHaveAttribute('aria-hidden', 'true');

    const observer = FakeIntersectionObserver.instances.at(-1);
    expect(observer?.observed).toEqual([placeholder]);
    expect(observer?.options.rootMargin).toBe('600px 0px');
    act(() => observer?.report(false));
    expect(screen.queryByText('the chart')).toBeNull();
    act(() => observer?.report(true));
    expect(screen.getByText('the chart')).toBeInTheDocument();
    expect(container.querySelector('.when-near')).toBeNull();
    // Drawn once, it stays: nothing observes any more.
    expect(observer?.observed).toEqual([]);
  });

  it('draws the figure for printing, before the print layout is taken', () => {
    render(
      <WhenNear height={200}>
        <p>the chart</p>
      </WhenNear>,
    );
    expect(screen.queryByText('the chart')).toBeNull();
    // The print layout follows beforeprint's listeners at once: the figure must be in the DOM
    // by the time a listener added after WhenNear's runs, with no later render to wait for.
    let drawnForPrint = false;
    const look = () => (drawnForPrint = screen.queryByText('the chart') !== null);
    window.addEventListener('beforeprint', look);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    window.removeEventListener('beforeprint', look);
    window.dispatchEvent(new Event('afterprint'));
    expect(drawnForPrint).toBe(true);
  });

  it('draws at once where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(
      <WhenNear height={200}>
        <p>the chart</p>
      </WhenNear>,
    );
    expect(screen.getByText('the chart')).toBeInTheDocument();
  });
});
