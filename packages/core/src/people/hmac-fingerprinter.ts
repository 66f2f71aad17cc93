import { toBase64Url } from '../crypto/base64url.js';
import { createHmacSha256 } from '../crypto/hmac-sha256.js';
import { utf8Into } from '../crypto/utf8.js';
import { PiguardError } from '../errors.js';
import { normalizeIdentifier } from './normalize-identifier.js';
import type { Fingerprinter } from './people-summary.js';

/** Shortest secret accepted: 128 bits, so that fingerprints of small value spaces cannot be enumerated. */
export const MIN_KEY_BYTES = 16;
// 12 bytes = 96 bits = 16 base64url characters: collisions stay below 1e-13 even for 10^8 distinct values.
const FINGERPRINT_BYTES = 12;

/**
 * A fingerprinter: HMAC-SHA-256 under the installation secret of `entity NUL normalised value`, truncated to
 * 96 bits and written as 16 base64url characters. The entity is part of the input, so equal digit strings of
 * different kinds (a mobile number, a QQ number) never share a fingerprint.
 */
export function createHmacFingerprinter(key: Uint8Array): Fingerprinter {
  if (key.length === 0) throw new PiguardError('E_KEY_MISSING', 'a fingerprint key is required');
  if (key.length < MIN_KEY_BYTES) {
    throw new PiguardError('E_CONFIG_INVALID', `the fingerprint key must be at least ${MIN_KEY_BYTES} bytes, got ${key.length}`);
  }
  const hmac = createHmacSha256(key);
  let scratch = new Uint8Array(256);
  // The digest and the view of its kept bytes are made once: no typed array is allocated per fingerprint.
  const digest = new Uint8Array(32);
  const kept = digest.subarray(0, FINGERPRINT_BYTES);
  return (entity, value) => {
    const n = normalizeIdentifier(entity, value);
    // `entity NUL value`, written in place (no joined string per fingerprint).
    const room = (n.entity.length + 1 + n.value.length) * 3;
    if (scratch.length < room) scratch = new Uint8Array(room);
    const at = utf8Into(n.entity, scratch);
    scratch[at] = 0;
    hmac.macInto(scratch, utf8Into(n.value, scratch, at + 1), digest);
    return toBase64Url(kept);
  };
}
