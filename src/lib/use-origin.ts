import { useSyncExternalStore } from 'react';

const noChange = () => () => {};
const currentOrigin = () => window.location.origin;
// The server renders before it knows where the page will be served from; the browser fills the origin in right after hydrating.
const serverOrigin = () => '';

/** This page's origin (https://host), for links meant to be copied elsewhere; '' while rendered on the server. */
export function useOrigin(): string {
  return useSyncExternalStore(noChange, currentOrigin, serverOrigin);
}
