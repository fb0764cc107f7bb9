import { useEffect, useRef, useState, type ReactNode } from 'react';
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
export function WhenNear({ children, height, rootMargin = '600px 0px' }: WhenNearProps) {
  // The placeholder first, on the server too, so hydration finds what the server sent.
  const [near, setNear] = useState(isPrinting);
  const placeholder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = placeholder.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin });
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
