/**
 * CORS_ORIGINS: a comma-separated allow-list of origins (`https://a.example,https://b.example`)
 * that may read the read API from their pages. Without it no origin gets permission.
 */
export function parseCorsOrigins(value: string | undefined): ReadonlySet<string> {
  return new Set(
    (value ?? '')
      .split(',')
      .map((s) => s.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  );
}
