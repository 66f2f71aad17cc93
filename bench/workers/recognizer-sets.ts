import { builtinRecognizers, type Recognizer } from '@piguard/core';

// Recognisers that read language rather than match identifiers (names, addresses, health, religion,
// whereabouts in words): lexicons and statistical taggers with their own cost profile.
const TEXT_TYPES =
  /^(?:PI\.BASIC\.NAME|PI\.BASIC\.ADDRESS|SPI\.MED\.|PI\.HEALTH\.|SPI\.RELIGION|SPI\.TRAJECTORY|PI\.LOC\.LODGING|PI\.LOC\.TRAVEL|SPI\.OTHER\.(?:CRIMINAL|SEX))/;

/** Which recognisers a benchmark row runs: all built-in ones, or the identifier engine only. */
export type RecognizerSet = 'all' | 'identifiers';

/** The recognisers of a set, chosen from whatever is in the registry now. */
export function recognizerSet(set: RecognizerSet): Recognizer[] {
  const enabled = builtinRecognizers.filter((r) => r.meta.enabledByDefault !== false);
  return set === 'all' ? enabled : enabled.filter((r) => !TEXT_TYPES.test(r.meta.piType));
}
