/**
 * The client's address, as far as it can be known. The socket's peer (the ConnInfo helper of
 * @hono/node-server) is the truth unless that peer is a reverse proxy listed in
 * TRUSTED_PROXIES; then the proxy's `X-Forwarded-For` is read from the right, skipping the
 * trusted proxies, and the first other address is the client. Anything left of that was
 * written by whoever sent the request and proves nothing. From an untrusted peer the header
 * is ignored, so nobody can choose the address the rate limits count against.
 */
import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

export interface TrustedProxies {
  /** The setting as given, for the start-up line. */
  readonly rules: readonly string[];
  has(address: string): boolean;
}

const family = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/**
 * Reads TRUSTED_PROXIES: addresses and CIDR ranges, IPv4 or IPv6, comma-separated
 * (`127.0.0.1,10.0.0.0/8,::1`). Matching is Node's net.BlockList, which also matches an
 * IPv4 rule against the IPv4-mapped form (`::ffff:127.0.0.1`) a dual-stack socket reports.
 * Throws a message naming the entry that is not an address or range.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const rules = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const list = new BlockList();
  for (const rule of rules) {
    const [address = '', prefix, ...rest] = rule.split('/');
    const version = isIP(address);
    const maxPrefix = version === 6 ? 128 : 32;
    const bad =
      version === 0 ||
      rest.length > 0 ||
      (prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || Number(prefix) > maxPrefix));
    if (bad) {
      throw new Error(
        `TRUSTED_PROXIES: '${rule.slice(0, 60)}' is not an IP address or CIDR range. Give the reverse proxies' addresses, comma-separated, e.g. TRUSTED_PROXIES=127.0.0.1,10.0.0.0/8,::1 (leave it unset when clients connect directly).`,
      );
    }
    if (prefix === undefined) list.addAddress(address, family(address));
    else list.addSubnet(address, Number(prefix), family(address));
  }
  return { rules, has: (address) => rules.length > 0 && isIP(address) !== 0 && list.check(address, family(address)) };
}

export const NO_TRUSTED_PROXIES: TrustedProxies = parseTrustedProxies('');

/** `::ffff:1.2.3.4` → `1.2.3.4`: one client, one key, whichever way the socket reports it. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped?.[1] ?? address).toLowerCase();
}

/** The socket's peer; undefined where there is no socket (app.request() in tests, without env). */
export function peerAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: unknown } } | undefined;
  if (!env?.incoming?.socket) return undefined;
  return getConnInfo(c).remote.address;
}

/** The client's address for rate limits and logs; `local` where there is no socket. */
export function clientAddress(c: Context, trusted: TrustedProxies): string {
  const peer = peerAddress(c);
  if (peer === undefined) return 'local';
  if (!trusted.has(peer)) return plain(peer);
  const hops = (c.req.header('X-Forwarded-For') ?? '').split(',').map((s) => s.trim());
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] ?? '';
    // A hop that is not an address was not written by a proxy we trust: the peer is all we know.
    if (isIP(hop) === 0) return plain(peer);
    if (!trusted.has(hop)) return plain(hop);
  }
  // Every hop is a trusted proxy (or there is no header): the request began inside.
  return plain(hops.find((hop) => isIP(hop) !== 0) ?? peer);
}
