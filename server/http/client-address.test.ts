/** TRUSTED_PROXIES: which peers may name the client in X-Forwarded-For. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './client-address.ts';

describe('parseTrustedProxies', () => {
  it('reads IPv4 and IPv6 addresses and CIDR ranges', () => {
    const trusted = parseTrustedProxies(' 127.0.0.1, 10.0.0.0/8 ,::1, fd00::/8,192.168.1.0/24');
    expect(trusted.rules).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', '192.168.1.0/24']);
    for (const address of [
      '127.0.0.1',
      '10.255.0.1',
      '::1',
      'fd12:3456::1',
      '192.168.1.77',
      '::ffff:10.0.0.1',
      '::ffff:127.0.0.1',
    ])
      expect(trusted.has(address), address).toBe(true);
    for (const address of ['127.0.0.2', '11.0.0.1', '::2', 'fe80::1', '192.168.2.1', 'local', '', 'not-an-address'])
      expect(trusted.has(address), address).toBe(false);
  });

  it('trusts nobody when unset or blank', () => {
    for (const value of [undefined, '', ' , ']) {
      const trusted = parseTrustedProxies(value);
      expect(trusted.rules).toEqual([]);
      expect(trusted.has('127.0.0.1')).toBe(false);
    }
  });

  it.each(['example.org', '10.0.0.0/33', '::1/129', '10.0.0.1/8/2', '1.2.3', '10.0.0.0/', '10.0.0.0/-1', '*'])(
    'refuses %s, naming it and giving an example',
    (rule) => {
      expect(() => parseTrustedProxies(`127.0.0.1,${rule}`)).toThrow(
        `TRUSTED_PROXIES: '${rule}' is not an IP address or CIDR range. Give the reverse proxies' addresses, comma-separated, e.g. TRUSTED_PROXIES=127.0.0.1,10.0.0.0/8,::1`,
      );
    },
  );
});

describe('clientAddress', () => {
  const app = new Hono();
  const trusted = parseTrustedProxies('10.0.0.0/8,::1');
  app.get('/', (c) => c.text(clientAddress(c, trusted)));
  const ask = async (peer: string | null, forwarded?: string) => {
    const env =
      peer === null
        ? undefined
        : {
            incoming: {
              socket: { remoteAddress: peer, remotePort: 1234, remoteFamily: peer.includes(':') ? 'IPv6' : 'IPv4' },
            },
          };
    return (
      await app.request('/', { headers: forwarded === undefined ? {} : { 'X-Forwarded-For': forwarded } }, env)
    ).text();
  };

  it('is the socket peer when the peer is not trusted, whatever the header says', async () => {
    expect(await ask('203.0.113.1', '198.51.100.1')).toBe('203.0.113.1');
    expect(await ask('::ffff:203.0.113.1')).toBe('203.0.113.1');
  });

  it('is the right-most untrusted hop behind trusted proxies', async () => {
    expect(await ask('10.0.0.1', '1.1.1.1, 198.51.100.1')).toBe('198.51.100.1');
    expect(await ask('10.0.0.1', '198.51.100.1, 10.2.2.2')).toBe('198.51.100.1');
    expect(await ask('::1', '2001:DB8::1')).toBe('2001:db8::1');
    // No header, or only trusted hops: the request began inside.
    expect(await ask('10.0.0.1')).toBe('10.0.0.1');
    expect(await ask('10.0.0.1', '10.3.3.3, 10.2.2.2')).toBe('10.3.3.3');
    // A hop that is not an address was not written by a trusted proxy: the peer is all that is known.
    expect(await ask('10.0.0.1', '198.51.100.1, garbage')).toBe('10.0.0.1');
  });

  it("is 'local' without a socket (app.request in tests)", async () => {
    expect(await ask(null, '198.51.100.1')).toBe('local');
  });
});
