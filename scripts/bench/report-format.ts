/** The number formats and Markdown row of the bench's checks and tables. */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
export const pct = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;
export const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
export const verdict = (ok: boolean) => (ok ? 'ok' : 'FAIL');
/** "+12 %" or "-3 %". */
export const signedPct = (ratio: number) => `${ratio >= 0 ? '+' : ''}${pct(ratio)}`;
