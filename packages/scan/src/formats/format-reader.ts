import type { Fragment } from '../fragment.js';
import type { SourceSink } from '../sources/source.js';
import type { ArchiveBudget, ArchiveLimits } from './archive/archive-budget.js';

/** The input a format reader gets: a name for reports and a way to open the bytes (again, if it needs to). */
export interface ReaderInput {
  /** Path or URI for reports; archive members as `outer.zip!/inner.txt`. */
  source: string;
  /** File name (for the extension); the last member name for archive members. */
  name: string;
  /** Size in bytes when known. */
  size?: number;
  /** The first bytes (up to 8 KB) for magic-number sniffing. */
  head: Uint8Array;
  /** Opens a fresh stream of the whole content. */
  open(): AsyncIterable<Uint8Array>;
  /** Charset declared by the container (HTTP header, MIME part), honoured before detection. */
  declaredCharset?: string;
  /** Archive nesting depth of this input (0 for a file on disk). */
  depth: number;
  /** The expansion budget of the archive this input came out of; archive readers pass it on to members. */
  budget?: ArchiveBudget;
}

/** What a reader may use besides its input: issue reporting and recursion into embedded inputs (attachments, members). */
export interface ReaderContext extends SourceSink {
  /** Reads an embedded input with whichever reader fits it (archives, mail attachments). */
  readNested(input: ReaderInput): AsyncIterable<Fragment>;
  signal?: AbortSignal;
  /** Target size (characters) of the fragments of a long text; readers cut there with an overlap. */
  chunkChars?: number;
  /** Overrides of the archive limits (depth, expanded bytes, ratio); defaults in `archive/archive-budget.ts`. */
  archiveLimits?: Partial<ArchiveLimits>;
}

/**
 * Turns one kind of file into fragments. Readers are listed in `formats/index.ts`; the first whose
 * `matches` says yes reads the input. A reader reports problems through `ctx.issue` and never throws
 * for bad input (DESIGN.md: bad input never stops the work).
 */
export interface FormatReader {
  /** kebab-case, equal to the file name (`csv`, `docx`, `zip`). */
  readonly id: string;
  matches(input: Pick<ReaderInput, 'name' | 'head' | 'declaredCharset'>): boolean;
  read(input: ReaderInput, ctx: ReaderContext): AsyncIterable<Fragment>;
}
