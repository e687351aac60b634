// Does the name resolve, to what, and how fast. Uses the same lookup the probes use, so a test's
// fake resolver and production's system resolver are both exercised the same way.
import { lookup as systemLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { classifyError, type ProbeFailure } from './failure.js';

export interface DnsResult {
  host: string;
  addresses: string[];
  ms: number;
  error?: ProbeFailure;
}

export function resolveHost(
  host: string,
  lookup: LookupFunction = systemLookup as LookupFunction,
): Promise<DnsResult> {
  const start = performance.now();
  const bare = host.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    lookup(bare, { all: true }, (error, addresses) => {
      const ms = Math.round((performance.now() - start) * 10) / 10;
      if (error) {
        resolve({ host, addresses: [], ms, error: classifyError(error) });
        return;
      }
      const list = Array.isArray(addresses) ? addresses.map((a) => a.address) : [String(addresses)];
      resolve({ host, addresses: list, ms });
    });
  });
}

/** A lookup that answers `hosts` from a table and everything else from the system: for tests and demos. */
export function staticLookup(hosts: Record<string, string>): LookupFunction {
  return ((hostname: string, options: unknown, callback: unknown) => {
    const cb = (typeof options === 'function' ? options : callback) as (
      err: NodeJS.ErrnoException | null,
      address: string | { address: string; family: number }[],
      family?: number,
    ) => void;
    const opts = (typeof options === 'object' && options ? options : {}) as { all?: boolean };
    const address = hosts[hostname.toLowerCase()];
    if (address === undefined) {
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
        code: 'ENOTFOUND',
        hostname,
      });
      process.nextTick(() => cb(error, opts.all ? [] : ''));
      return;
    }
    const family = address.includes(':') ? 6 : 4;
    process.nextTick(() => (opts.all ? cb(null, [{ address, family }]) : cb(null, address, family)));
  }) as LookupFunction;
}
