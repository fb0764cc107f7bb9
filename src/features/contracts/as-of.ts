/** The contracts page's day, from the URL; anything that is not a day from 1990 to 2100 is reported. */
export function parseAsOf(raw: string | null): { asOf: string | null; invalid: string | null } {
  if (raw === null || raw === '') return { asOf: null, invalid: null };
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(raw) &&
    !Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) &&
    new Date(`${raw}T00:00:00Z`).toISOString().startsWith(raw);
  if (valid && raw >= '1990-01-01' && raw <= '2100-12-31') return { asOf: raw, invalid: null };
  return { asOf: null, invalid: raw };
}
