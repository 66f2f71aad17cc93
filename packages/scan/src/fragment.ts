/**
 * Where a fragment sits inside a structured source: a cell, a key path, a page. Reporters print whichever
 * fields are set; a plain text fragment has none and is located by line and column instead.
 */
export interface CellLocator {
  table?: string;
  sheet?: string;
  column?: string;
  /** Row number (1-based) or primary key. */
  row?: number | string;
  /** JSON key path, e.g. `$.orders[3].buyer.phone`. */
  keyPath?: string;
  /** PDF page (1-based). */
  page?: number;
}

/**
 * A piece of decoded text from a source, with what is needed to locate findings in it. Sources yield
 * fragments and know nothing about recognisers (ripgrep's walker → searcher split).
 */
export interface Fragment {
  /** Path or URI of the source; archive members as `outer.zip!/dir/inner.txt`. */
  source: string;
  text: string;
  /** Line and column (1-based) of `text[0]` in the source; findings' line/column count from here. */
  line?: number;
  column?: number;
  /** Offset of `text[0]` in the source's whole decoded text, so that findings' start/end index the source. */
  offset?: number;
  /**
   * Characters at the start (`before`) and end (`after`) that are there only as context: they belong to the
   * neighbouring fragments of a source cut into chunks, so a finding that starts there is dropped here and
   * counted by the neighbour. That way no value is lost at a cut and none is counted twice.
   */
  overlap?: { before: number; after: number };
  /**
   * Offset in the source where the blank-line-separated block holding the fragment's first owned character
   * begins, when that is before it (a text cut inside a paragraph or table): the block's two parts are then one
   * record, as they would be in the whole text.
   */
  blockStart?: number;
  cell?: CellLocator;
  /** Extra context for every candidate in the text: a column name, a key path. */
  context?: string;
  /**
   * Findings of fragments with the same record id belong to one record (a table row, a JSON object).
   * Without it, the scan groups a text fragment's findings into records by blank-line-separated blocks.
   */
  record?: string;
}
