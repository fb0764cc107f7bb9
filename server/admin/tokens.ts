/**
 * Admin tokens from `ADMIN_TOKENS` (`name:token[,name:token]`): the name goes into the
 * audit log, the token is kept only as its SHA-256. Checking hashes both sides (equal
 * lengths for timingSafeEqual) and compares with every configured token, with no early
 * exit, so the time taken says nothing about how much of a token was right, or which.
 *
 * A token must also be hard to guess (estimateTokenBits): the admin guard lets a valid
 * token through however many wrong ones came before it, so the token's randomness, not
 * the rate limit, is what stops guessing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const MIN_TOKEN_LENGTH = 16;
/** About 64 bits: `openssl rand -hex 24` gives 192. */
export const MIN_TOKEN_BITS = 64;
export const TOKEN_ADVICE = 'make one with: openssl rand -hex 24';

export interface AdminToken {
  name: string;
  sha256: Buffer;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Words that make a token guessable however long it is (matched case-insensitively); each counts as one pick from a short list. */
const COMMON_WORDS = [
  'password',
  'passwd',
  'secret',
  'token',
  'admin',
  'test',
  'changeme',
  'example',
  'letmein',
  'qwerty',
  'asdf',
  'default',
  'welcome',
  'login',
  'klimat',
];
const WORD_BITS = 8;

/** log2 of the alphabet the token's characters come from: hex, or the character classes it uses. */
function alphabetBits(token: string): number {
  if (/^[0-9a-f]+$/.test(token) || /^[0-9A-F]+$/.test(token)) return 4;
  const size =
    (/[a-z]/.test(token) ? 26 : 0) +
    (/[A-Z]/.test(token) ? 26 : 0) +
    (/[0-9]/.test(token) ? 10 : 0) +
    (/[^a-zA-Z0-9]/.test(token) ? 33 : 0);
  return Math.log2(Math.max(size, 2));
}

/** Length × the empirical Shannon entropy per character: few distinct characters, or a few used over and over, give little. */
function shannonBits(token: string): number {
  const counts = new Map<string, number>();
  for (const ch of token) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const length = [...token].length;
  let perChar = 0;
  for (const n of counts.values()) perChar -= (n / length) * Math.log2(n / length);
  return perChar * length;
}

/** Keyboard rows (US and Swedish layouts share these runs): walking along one counts for little. */
const KEYBOARD_ROWS = ['1234567890', '!@#$%^&*()', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEYBOARD = new Map<string, { row: number; column: number }>(
  KEYBOARD_ROWS.flatMap((row, r) => [...row].map((ch, column) => [ch, { row: r, column }] as const)),
);

/** The step from the character before to this one along a keyboard row (±1), or null. */
function keyboardStep(lower: string, i: number): number | null {
  const [from, to] = [KEYBOARD.get(lower[i - 1] ?? ''), KEYBOARD.get(lower[i] ?? '')];
  if (!from || !to || from.row !== to.row || Math.abs(to.column - from.column) !== 1) return null;
  return to.column - from.column;
}

/** A stretch of at least this many characters seen earlier in the token counts as one {@link REPEAT_BITS} pick. */
const MIN_REPEAT = 4;
const REPEAT_BITS = 8;

/** The length of the longest stretch at `i` that also occurs earlier in the token (0 when shorter than {@link MIN_REPEAT}). */
function repeatAt(token: string, i: number): number {
  for (let length = token.length - i; length >= MIN_REPEAT; length--) {
    if (token.indexOf(token.slice(i, i + length)) < i) return length;
  }
  return 0;
}

/**
 * Each character counts log2(alphabet) bits, except one that continues a run (the same step as
 * the one before it: `aaaa`, `0123`, `fedc`, `acegi`, or along a keyboard row: `qwer`, `lkjh`),
 * which counts nothing; a common word, or a stretch repeated from earlier in the token,
 * counts {@link WORD_BITS} or {@link REPEAT_BITS}.
 */
function patternBits(token: string): number {
  const perChar = alphabetBits(token);
  const lower = token.toLowerCase();
  let bits = 0;
  let previousStep: number | null = null;
  let previousKey: number | null = null;
  for (let i = 0; i < token.length;) {
    const word = COMMON_WORDS.find((w) => lower.startsWith(w, i));
    const repeat = word ? 0 : repeatAt(token, i);
    if (word || repeat > 0) {
      bits += word ? WORD_BITS : REPEAT_BITS;
      i += word ? word.length : repeat;
      previousStep = null;
      previousKey = null;
      continue;
    }
    const step = i > 0 ? token.charCodeAt(i) - token.charCodeAt(i - 1) : null;
    const key = i > 0 ? keyboardStep(lower, i) : null;
    const continuesRun =
      (step !== null && step === previousStep && Math.abs(step) <= 2) || (key !== null && key === previousKey);
    bits += continuesRun ? 0 : perChar;
    previousStep = step;
    previousKey = key;
    i += 1;
  }
  return bits;
}

/** The shortest block the token repeats (`abcabcab` → `abc`), or null when it is not a repetition. */
function repeatedBlock(token: string): string | null {
  for (let period = 1; period * 2 <= token.length; period++) {
    if (token.slice(period) === token.slice(0, token.length - period)) return token.slice(0, period);
  }
  return null;
}

/**
 * Letters-only lowercase tokens are mostly words (`correcthorsebatterystaple`): English text
 * holds about 2 bits a character (Shannon's estimate for running text is lower still), so
 * such a token passes only when long (32 characters and more, about five words).
 */
const LOWERCASE_WORD_BITS_PER_CHAR = 2;

/**
 * A rough, deliberately pessimistic estimate of how many bits of randomness a token holds:
 * the smallest of the pattern estimate, the Shannon estimate and, for letters-only lowercase
 * tokens, 2 bits a character; a token that repeats a shorter block holds what one block does.
 * Random tokens of 24 hex characters or 20 mixed characters and more pass 64 bits;
 * `aaaaaaaaaaaaaaaa`, `0123456789abcdef`, `test-token-1234567`, `Summer2026!Summer2026!`,
 * `qwertyuiopasdfghjklzxcvbnm` and `correcthorsebatterystaple` do not.
 */
export function estimateTokenBits(token: string): number {
  const block = repeatedBlock(token);
  if (block !== null) return estimateTokenBits(block) + Math.log2(token.length / block.length);
  const words = /^[a-z]+$/.test(token) ? token.length * LOWERCASE_WORD_BITS_PER_CHAR : Infinity;
  return Math.min(patternBits(token), shannonBits(token), words);
}

/** Throws an Error whose message says what to fix; an unset or empty value means no tokens (writes disabled). */
export function parseAdminTokens(value: string | undefined): AdminToken[] {
  if (value === undefined || value.trim() === '') return [];
  const tokens: AdminToken[] = [];
  value.split(',').forEach((raw, i) => {
    const entry = raw.trim();
    const colon = entry.indexOf(':');
    if (colon <= 0)
      throw new Error(
        `ADMIN_TOKENS: entry ${i + 1} is not name:token. Write ADMIN_TOKENS=name:token, several separated by commas.`,
      );
    const name = entry.slice(0, colon).trim();
    const token = entry.slice(colon + 1).trim();
    if (!/^[\w.@-]{1,64}$/.test(name))
      throw new Error(
        `ADMIN_TOKENS: the name '${name.slice(0, 64)}' may only hold letters, digits and . _ @ - (at most 64).`,
      );
    if (token.length < MIN_TOKEN_LENGTH) {
      throw new Error(
        `ADMIN_TOKENS: the token for '${name}' has ${token.length} characters; a token needs at least ${MIN_TOKEN_LENGTH} random ones (${TOKEN_ADVICE}).`,
      );
    }
    const bits = estimateTokenBits(token);
    if (bits < MIN_TOKEN_BITS) {
      throw new Error(
        `ADMIN_TOKENS: the token for '${name}' is too easy to guess (about ${Math.floor(bits)} bits of randomness; repeated characters or blocks, runs such as 0123, abcd or qwerty, words such as 'token' and lowercase words count for little); a token needs at least ${MIN_TOKEN_BITS} bits (${TOKEN_ADVICE}).`,
      );
    }
    if (tokens.some((t) => t.name === name))
      throw new Error(
        `ADMIN_TOKENS: the name '${name}' is given twice; each token needs its own name for the audit log.`,
      );
    const digest = sha256(token);
    // matchToken answers the first name with this token, so every write would be recorded under it.
    const sharer = tokens.find((t) => t.sha256.equals(digest));
    if (sharer)
      throw new Error(
        `ADMIN_TOKENS: the same token is given to '${sharer.name}' and '${name}'; each coordinator needs their own (${TOKEN_ADVICE}).`,
      );
    tokens.push({ name, sha256: digest });
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
