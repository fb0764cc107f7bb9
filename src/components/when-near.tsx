import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { isPrinting } from '../lib/printing.ts';

interface WhenNearProps {
  children: ReactNode;
  /** The height the children will take, kept by the placeholder so nothing shifts when they arrive. */
  height: number;
  /** How far outside the viewport to start rendering, so the figure is there before it scrolls in. */
  rootMargin?: string;
}

/**
 * Renders its children once they are near the viewport, and a placeholder of the same height
 * until then. A chart far down a page then costs nothing at first paint: a page opens with
 * only the work its first screen needs. Where there is no IntersectionObserver (jsdom, old
 * browsers) the children render at once; `beforeprint` renders them first, so paper has every
 * figure (see isPrinting).
 */
const noChange = () => () => {};

export function WhenNear({ children, height, rootMargin = '600px 0px' }: WhenNearProps) {
  const [isNear, setNear] = useState(isPrinting);
  // Without an IntersectionObserver (jsdom, old browsers) nothing is deferred. The server says it has one,
  // so it sends the placeholder and hydration finds what it sent.
  const cannotObserve = useSyncExternalStore(
    noChange,
    () => typeof IntersectionObserver === 'undefined',
    () => false,
  );
  const near = isNear || cannotObserve;
  const placeholder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = placeholder.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin },
    );
    observer.observe(element);
    // Synchronously, so the print layout that follows already holds the figure.
    const beforePrint = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [near, rootMargin]);

  if (near) return children;
  return <div ref={placeholder} className="when-near" style={{ height }} aria-hidden="true" />;
}
