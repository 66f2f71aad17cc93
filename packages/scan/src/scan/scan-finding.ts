import type { Finding } from '@piguard/core';
import type { CellLocator } from '../fragment.js';

/**
 * A finding with where it was found: the source, and a line and column (text) or a cell (tables, JSON,
 * pages). `start`/`end` index the source's whole decoded text (or the cell's text).
 */
export interface ScanFinding extends Finding {
  source: string;
  line?: number;
  column?: number;
  cell?: CellLocator;
}
