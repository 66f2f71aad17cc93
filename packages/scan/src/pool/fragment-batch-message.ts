import type { Fragment } from '../fragment.js';

/**
 * A batch of fragments as a worker's analysis reads them (analyze-fragment.ts): the texts, the distinct
 * contexts, and the numbers that locate findings, eight a fragment in one Float64Array (transferred). A
 * table cell's fragment also names its source, record and cell, which only this thread uses: cloned for
 * every cell, they were most of a CSV batch's bytes.
 */
export interface FragmentBatchMessage {
  texts: string[];
  contexts: string[];
  /**
   * Per fragment: context index + 1 (0: none), line, column, offset, overlap before, overlap after, block
   * start (NaN where unset), then flags (a cell, a named record).
   */
  numbers: Float64Array;
}

// Where a cut text's first block began (the text chunker sets it; analysis keys records by it). Named here as
// well so that this file does not depend on the order in which that field and this format land.
type SentFragment = Fragment & { blockStart?: number };

const FIELDS = 8;
const CELL = 1;
const RECORD = 2;
// What a worker's fragment has for the fields only their presence matters to analysis (one object for all).
const SOME_CELL = Object.freeze({});

const orNaN = (n: number | undefined): number => (n === undefined ? Number.NaN : n);
const orUndefined = (n: number): number | undefined => (Number.isNaN(n) ? undefined : n);

/** The parts of `batch` a worker's analysis reads. */
export function packFragmentBatch(batch: readonly Fragment[]): FragmentBatchMessage {
  const texts = new Array<string>(batch.length);
  const contexts: string[] = [];
  const contextIds = new Map<string, number>();
  const numbers = new Float64Array(batch.length * FIELDS);
  for (let i = 0; i < batch.length; i++) {
    const f = batch[i] as SentFragment;
    texts[i] = f.text;
    let context = 0;
    if (f.context !== undefined) {
      let id = contextIds.get(f.context);
      if (id === undefined) {
        id = contexts.length;
        contexts.push(f.context);
        contextIds.set(f.context, id);
      }
      context = id + 1;
    }
    const at = i * FIELDS;
    numbers[at] = context;
    numbers[at + 1] = orNaN(f.line);
    numbers[at + 2] = orNaN(f.column);
    numbers[at + 3] = orNaN(f.offset);
    numbers[at + 4] = orNaN(f.overlap?.before);
    numbers[at + 5] = orNaN(f.overlap?.after);
    numbers[at + 6] = orNaN(f.blockStart);
    numbers[at + 7] = (f.cell ? CELL : 0) | (f.record !== undefined ? RECORD : 0);
  }
  return { texts, contexts, numbers };
}

/**
 * The fragments of a packed batch, as their analysis reads them: without a source, and with an empty record
 * and cell where the original had one.
 */
export function unpackFragmentBatch(message: FragmentBatchMessage): Fragment[] {
  const { texts, contexts, numbers } = message;
  const out = new Array<SentFragment>(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const at = i * FIELDS;
    const context = numbers[at] as number;
    const before = numbers[at + 4] as number;
    const flags = numbers[at + 7] as number;
    // Every field set, undefined where the original had none (analysis reads the two alike): one object
    // layout for the whole batch.
    const f: SentFragment = {
      source: '',
      text: texts[i] as string,
      context: context === 0 ? undefined : contexts[context - 1],
      line: orUndefined(numbers[at + 1] as number),
      column: orUndefined(numbers[at + 2] as number),
      offset: orUndefined(numbers[at + 3] as number),
      overlap: Number.isNaN(before) ? undefined : { before, after: numbers[at + 5] as number },
      blockStart: orUndefined(numbers[at + 6] as number),
      cell: flags & CELL ? SOME_CELL : undefined,
      record: flags & RECORD ? '' : undefined,
    };
    out[i] = f;
  }
  return out;
}
