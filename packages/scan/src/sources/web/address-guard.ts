import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Why a host was refused: it resolves to an address the crawler must not reach. */
export class BlockedAddressError extends Error {
  readonly code = 'E_BLOCKED_ADDRESS';
}

function ipv4Private(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

/** True for loopback, private, link-local, CGNAT, multicast and reserved addresses (v4, v6 and v4-mapped v6). */
export function isPrivateAddress(ip: string): boolean {
  const kind = isIP(ip);
  if (kind === 4) return ipv4Private(ip);
  if (kind !== 6) return true;
  const lower = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1]) return ipv4Private(mapped[1]);
  if (lower === '::' || lower === '::1') return true;
  return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(lower) || lower.startsWith('64:ff9b:') || lower.startsWith('2001:db8');
}

/** `--allow-private` as given: everything, nothing, or only the listed addresses (tests allow 127.0.0.1 alone). */
export type PrivatePolicy = boolean | readonly string[];

/** May the crawler connect to this address under the policy? */
export function addressAllowed(ip: string, policy: PrivatePolicy): boolean {
  if (!isPrivateAddress(ip)) return true;
  return policy === true || (Array.isArray(policy) && policy.includes(ip));
}

/**
 * Resolves a host name and refuses it when any of its addresses is private (a name that resolves to both
 * is refused: the connection could go to either). Returns the addresses so that a caller can log them.
 */
export async function assertPublicHost(hostname: string, policy: PrivatePolicy = false): Promise<string[]> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(bare) ? [bare] : (await lookup(bare, { all: true, verbatim: true })).map((a) => a.address);
  const blocked = addresses.find((a) => !addressAllowed(a, policy));
  if (blocked !== undefined)
    throw new BlockedAddressError(`${hostname} resolves to a private or local address (${blocked}); use --allow-private to allow it`);
  return addresses;
}
