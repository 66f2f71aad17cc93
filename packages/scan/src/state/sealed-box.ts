import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** A key for sealing scan state, derived from the installation secret (never the secret itself). */
export function stateKey(secret: Uint8Array): Buffer {
  return createHmac('sha256', secret).update('piguard scan state v1').digest();
}

/** Encrypts and authenticates `plain` (AES-256-GCM); returns base64 of nonce, tag and ciphertext. */
export function seal(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** Opens what `seal` made; undefined when the key is another or the text was altered. */
export function open(key: Buffer, sealed: string): string | undefined {
  try {
    const all = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, all.subarray(0, 12));
    decipher.setAuthTag(all.subarray(12, 28));
    return Buffer.concat([decipher.update(all.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
