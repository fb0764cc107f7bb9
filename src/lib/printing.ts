/**
 * Whether the browser is printing: true from `beforeprint` to `afterprint`. Registered when
 * this module loads, so before any component's own `beforeprint` listener: a component
 * rendered by such a listener (see WhenNear) already sees it and can lay itself out at once,
 * since the print layout is taken before any ResizeObserver or effect would run.
 */
let printing = false;

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => (printing = true));
  window.addEventListener('afterprint', () => (printing = false));
}

export function isPrinting(): boolean {
  return printing;
}
