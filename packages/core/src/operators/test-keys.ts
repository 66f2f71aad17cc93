import { createOperatorKeys, type OperatorKeys } from './operator-keys.js';

/** A fixed test key (32 bytes 0x00…0x1f): never a production key. */
export function testKeys(seed = 0): OperatorKeys {
  return createOperatorKeys(Uint8Array.from({ length: 32 }, (_, i) => (i + seed) & 0xff));
}
