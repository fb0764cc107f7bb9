import { Suspense, type ReactNode } from 'react';

/**
 * A part of a page that React hydrates in a pass of its own: a Suspense boundary around
 * server-rendered HTML is hydrated separately from the page around it (React's selective
 * hydration), so a long page becomes interactive in several short tasks instead of one long
 * one, and a part the reader touches first is hydrated first. Nothing inside suspends once the
 * page has loaded, so there is no fallback to show.
 */
export function HydrateApart({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
