import type { Finding } from '../finding.js';
import type { Fingerprinter } from './people-summary.js';

/**
 * The namespace a finding's fingerprint is taken in: the entity when exposed, `ENTITY#TOKEN` for a token,
 * `ENTITY:state` for masked forms (a masked copy never shares a fingerprint with the full value).
 */
export function fingerprintSpace(f: Finding): string {
  return f.state === 'exposed' ? f.entity : f.state === 'tokenized' ? `${f.entity}#TOKEN` : `${f.entity}:${f.state}`;
}

/** The value a finding is fingerprinted by when its record changes nothing: its own value (a token in lower case). */
export function ownLinkValue(f: Finding): string {
  return f.state === 'tokenized' ? f.value.toLowerCase() : f.value;
}

/**
 * A finding's fingerprint from the finding alone, as the people counter takes it unless the record recovers
 * another value (a masked ID number that only one number fits, a reconstructed copy, a card number the Luhn
 * check completes). Computed where the finding is made (an analysis worker), it spares the counter's thread an
 * HMAC per finding; see `RecordInput.fingerprints`.
 */
export function findingFingerprint(f: Finding, fingerprint: Fingerprinter): string {
  return fingerprint(fingerprintSpace(f), ownLinkValue(f));
}
