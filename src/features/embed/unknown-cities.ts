/**
 * The city ids an embed's address asks for that do not exist. The app's compare view falls back
 * to all cities (and says so in a notice); an embed on someone else's page must not quietly
 * draw something else, so it shows a message instead. Pure.
 */
export function unknownCities(params: URLSearchParams, knownCities: readonly string[]): string[] {
  const raw = params.get('cities');
  if (raw === null || raw === '') return [];
  const known = new Set(knownCities);
  const asked = raw.split(',').map((s) => s.trim());
  if (asked.every((id) => id === '')) return [raw];
  return [...new Set(asked.filter((id) => id !== '' && !known.has(id)))];
}
