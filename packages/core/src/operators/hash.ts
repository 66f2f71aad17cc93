import { toBase64Url } from '../crypto/base64url.js';
import { toHex } from '../crypto/hex.js';
import { utf8Bytes } from '../crypto/utf8.js';
import { PiguardError } from '../errors.js';
import { requireKeys } from './operator-keys.js';
import type { HashSpec, OperatorFn } from './operator-spec.js';

/**
 * Keyed HMAC-SHA-256 of the entity and the value (an unkeyed hash of an 18-digit ID is reversed by enumeration in
 * minutes), truncated to `length` characters. The entity is part of the message so that one value hashes apart
 * under two types.
 */
export const hash: OperatorFn<HashSpec> = (input, spec, ctx) => {
  const keys = requireKeys(ctx.keys, 'hash');
  const length = spec.length ?? 16;
  const mac = keys.hash.mac(utf8Bytes(`${input.entity}\u0000${input.value}`));
  const text = spec.encoding === 'base64url' ? toBase64Url(mac) : toHex(mac);
  if (!Number.isInteger(length) || length < 8 || length > text.length) {
    throw new PiguardError('E_CONFIG_INVALID', `hash length must be 8…${text.length} for ${spec.encoding ?? 'hex'}`);
  }
  return text.slice(0, length);
};
