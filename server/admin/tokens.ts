/**
 * Admin tokens from `ADMIN_TOKENS` (`name:token[,name:token]`): the name goes into the
 * audit log, the token is kept only as its SHA-256. Checking hashes both sides (equal
 * lengths for timingSafeEqual) and compares with every configured token, with no early
 * exit, so the time taken says nothing about how much of a token was right, or which.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const MIN_TOKEN_LENGTH = 16;

export interface AdminToken {
  name: string;
  sha256: Buffer;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Throws an Error whose message says what to fix; an unset or empty value means no tokens (writes disabled). */
export function parseAdminTokens(value: string | undefined): AdminToken[] {
  if (value === undefined || value.trim() === '') return [];
  const tokens: AdminToken[] = [];
  value.split(',').forEach((raw, i) => {
    const entry = raw.trim();
    const colon = entry.indexOf(':');
    if (colon <= 0) throw new Error(`ADMIN_TOKENS: entry ${i + 1} is not name:token. Write ADMIN_TOKENS=name:token, several separated by commas.`);
    const name = entry.slice(0, colon).trim();
    const token = entry.slice(colon + 1).trim();
    if (!/^[\w.@-]{1,64}$/.test(name)) throw new Error(`ADMIN_TOKENS: the name '${name.slice(0, 64)}' may only hold letters, digits and . _ @ - (at most 64).`);
    if (token.length < MIN_TOKEN_LENGTH) {
      throw new Error(`ADMIN_TOKENS: the token for '${name}' has ${token.length} characters; a token needs at least ${MIN_TOKEN_LENGTH} (for example: openssl rand -hex 24).`);
    }
    if (tokens.some((t) => t.name === name)) throw new Error(`ADMIN_TOKENS: the name '${name}' is given twice; each token needs its own name for the audit log.`);
    tokens.push({ name, sha256: sha256(token) });
  });
  return tokens;
}

/** The name of the token presented, or null. */
export function matchToken(presented: string, tokens: readonly AdminToken[]): string | null {
  const digest = sha256(presented);
  let name: string | null = null;
  for (const token of tokens) {
    // Every token is compared, even after a match.
    if (timingSafeEqual(digest, token.sha256) && name === null) name = token.name;
  }
  return name;
}
