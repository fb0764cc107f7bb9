/** The pages Lighthouse measures, by name, so `--pages compare,map` picks some. */
export const PAGES = {
  home: '/',
  compare: '/compare?cities=malmo,lund,umea',
  city: '/cities/malmo',
  map: '/map',
  sectors: '/sectors',
} as const satisfies Record<string, string>;

export type PageName = keyof typeof PAGES;

/**
 * `--pages` values (the option may repeat): each is a path starting with `/` (taken whole, since
 * a path may hold commas) or comma-separated names and comma-free paths. None given means every page.
 */
export function resolvePages(values: readonly string[] | undefined): { paths: string[] } | { error: string } {
  if (!values || values.length === 0) return { paths: Object.values(PAGES) };
  const paths: string[] = [];
  for (const value of values) {
    if (value.startsWith('/')) {
      paths.push(value);
      continue;
    }
    for (const name of value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (name.startsWith('/')) {
        paths.push(name);
        continue;
      }
      if (!(name in PAGES))
        return { error: `unknown page '${name}'; known: ${Object.keys(PAGES).join(', ')}, or a path starting with /` };
      paths.push(PAGES[name as PageName]);
    }
  }
  if (paths.length === 0) return { error: 'no page given' };
  return { paths: [...new Set(paths)] };
}
