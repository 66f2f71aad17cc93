import { PiguardError } from '../errors.js';
import type { OperatorKeys } from './operator-keys.js';
import { detokenize } from './tokenize.js';

const SURROGATE = /\{\{([A-Z][A-Z0-9_]{0,63})(\|FF3-1)?:([^{}]{1,512}?)\}\}/g;

/** What `revealText` did: the text with tokens decrypted, and how many it decrypted or could not. */
export interface RevealResult {
  text: string;
  revealed: number;
  failed: number;
}

/**
 * Decrypts every surrogate-annotated token (`{{ENTITY:…}}`, FF3-1's `{{ENTITY|FF3-1:…}}`) in a text, and nothing else: masks, hashes and
 * pseudonyms are one-way. A token that does not decrypt (wrong length, wrong alphabet) is left as it is and counted.
 */
export function revealText(text: string, keys: OperatorKeys): RevealResult {
  let out = '';
  let last = 0;
  let revealed = 0;
  let failed = 0;
  SURROGATE.lastIndex = 0;
  for (let m = SURROGATE.exec(text); m !== null; m = SURROGATE.exec(text)) {
    try {
      const plain = detokenize(keys, m[1] as string, m[3] as string, m[2] ? 'ff3-1' : 'ff1');
      out += text.slice(last, m.index) + plain;
      revealed++;
      last = m.index + m[0].length;
    } catch (error) {
      // Not a token of ours after all (too short for FF1): leave the text as it is and count it.
      if (!(error instanceof PiguardError)) throw error;
      failed++;
    }
  }
  return { text: out + text.slice(last), revealed, failed };
}
