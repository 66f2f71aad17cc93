import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The hash that stands before the first entry. */
export const GENESIS = '0'.repeat(64);

/** A finding as evidence keeps it: masked preview and keyed fingerprint, never the raw value. */
export interface EvidenceFinding {
  piType: string;
  entity: string;
  class: 'sensitive' | 'general';
  state: 'exposed' | 'partially_masked' | 'masked' | 'tokenized';
  score: number;
  masked: string;
  fingerprint?: string;
  line?: number;
  column?: number;
  cell?: Record<string, string | number>;
  minor?: boolean;
}

/** Fields every log entry has. `prev` is the hash of the entry before; `hash` covers all other fields. */
interface EntryBase {
  seq: number;
  prev: string;
  /** UTC, ISO 8601 with milliseconds. */
  time: string;
  /** Where `time` came from: the operating system clock, not a trusted time-stamping authority. */
  clock: string;
  tool: string;
  operator: string;
  hash: string;
}

/** A stored capture: what was fetched or read, and the file (named by its SHA-256) holding its bytes. */
export interface CaptureEntry extends EntryBase {
  type: 'capture';
  kind: 'page' | 'attachment' | 'screenshot' | 'rendered-page' | 'file' | 'database-sample' | 'stdin';
  source: string;
  method: string;
  sha256: string;
  size: number;
  status?: number;
  headers?: Record<string, string>;
  finalUrl?: string;
  redirects?: string[];
  remoteAddress?: string;
  contentType?: string;
  charset?: string;
  truncated?: boolean;
  /** Database samples: rows kept in the capture. */
  rows?: number;
}

/** The findings of one source, tied to the capture they were read from. */
export interface FindingsEntry extends EntryBase {
  type: 'findings';
  source: string;
  /** SHA-256 of the capture the findings were read from (undefined when none was stored). */
  capture?: string;
  findings: EvidenceFinding[];
  /** People counted in this source (distinct fingerprints of identifying findings). */
  people?: number;
}

/** A source that could not be captured this time (gone, refused, unreachable): a recheck's "gone" is evidence too. */
export interface NoteEntry extends EntryBase {
  type: 'note';
  source: string;
  message: string;
  code?: string;
}

export type EvidenceEntry = CaptureEntry | FindingsEntry | NoteEntry;

/** SHA-256 (hex) of an entry without its own `hash` field, in canonical JSON. */
export function entryHash(entry: Omit<EvidenceEntry, 'hash'> | EvidenceEntry): string {
  const { hash: _ignored, ...rest } = entry as EvidenceEntry;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

/** SHA-256 (hex) of bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
