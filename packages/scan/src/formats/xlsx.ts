import { Readable } from 'node:stream';
import { ArchiveBudget } from './archive/archive-budget.js';
import { describe } from './archive/member-input.js';
import { readZipDirectory, type ZipEntry } from './archive/zip-directory.js';
import { collectBytes } from './collect-bytes.js';
import { looksLikeHeader } from './csv/sniff-csv-dialect.js';
import type { FormatReader } from './format-reader.js';
import { cellText, columnLetter } from './sheet/cell-text.js';
import { isTrivialValue } from './trivial-value.js';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Excel workbooks (.xlsx, .xlsm), streamed sheet by sheet and row by row with exceljs' streaming reader:
 * each non-empty cell is a fragment located by sheet, column and row, with its column header (when the
 * first row is one) as context; each row is one record.
 */
export const xlsx: FormatReader = {
  id: 'xlsx',
  matches: ({ name }) => /\.(xlsx|xlsm|xltx)$/i.test(name),
  async *read(input, ctx) {
    const source = input.source;
    if (CFB_MAGIC.every((b, i) => input.head[i] === b)) {
      ctx.issue({
        source,
        code: 'E_ENCRYPTED',
        message: 'password-protected workbook (OLE-wrapped encrypted package); not read',
        severity: 'error',
      });
      return;
    }
    const budget = ArchiveBudget.of(input, ctx);
    const bytes = await collectBytes(input, ctx, budget.limits.maxInMemoryBytes);
    if (!bytes) return;
    let entries: ZipEntry[];
    try {
      entries = readZipDirectory(bytes);
    } catch (e) {
      ctx.issue({ source, code: 'E_CORRUPT', message: `not a readable workbook: ${describe(e)}`, severity: 'error' });
      return;
    }
    // exceljs inflates without limits: check the declared sizes first (a workbook bomb stops here).
    const bomb = declaredBomb(entries, budget);
    if (bomb) {
      ctx.issue({ source, code: 'E_ARCHIVE_LIMIT', message: `${bomb}; workbook looks like a zip bomb, not read`, severity: 'error' });
      return;
    }
    // Loaded on the first workbook: exceljs and its dependencies cost about 27 MB in every process (the
    // main thread and each worker) that would otherwise import it whether or not a workbook is scanned.
    const { default: ExcelJS } = await import('exceljs');
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    let sheets = 0;
    try {
      for await (const sheet of reader) {
        sheets++;
        const sheetName = (sheet as unknown as { name?: string }).name ?? `Sheet${sheets}`;
        let header: string[] | undefined;
        let first = true;
        for await (const row of sheet) {
          const values = (row.values as unknown[]) ?? [];
          const texts: string[] = [];
          for (let c = 1; c < values.length; c++) texts[c] = cellText(values[c]).trim();
          if (first) {
            first = false;
            const cells = texts.slice(1).filter((t) => t !== undefined);
            if (looksLikeHeader(cells)) {
              header = texts;
              continue;
            }
          }
          const record = `${source}#${sheetName}!${row.number}`;
          for (let c = 1; c < texts.length; c++) {
            const text = texts[c];
            if (!text || isTrivialValue(text)) continue;
            const name = header?.[c];
            yield {
              source,
              text,
              cell: { sheet: sheetName, column: name || columnLetter(c), row: row.number },
              ...(name ? { context: name } : {}),
              record,
            };
          }
        }
      }
      if (sheets === 0) ctx.issue({ source, code: 'E_CORRUPT', message: 'no worksheets: not an Excel workbook', severity: 'error' });
    } catch (e) {
      ctx.issue({ source, code: 'E_CORRUPT', message: `workbook is damaged: ${describe(e)}; read up to there`, severity: 'error' });
    }
  },
};

/** Why the declared sizes of a package's parts break the archive limits, or undefined when they do not. */
function declaredBomb(entries: readonly ZipEntry[], budget: ArchiveBudget): string | undefined {
  const { maxTotalBytes, maxRatio, ratioFloorBytes } = budget.limits;
  let total = budget.expanded;
  for (const e of entries) {
    total += e.size;
    if (e.size > ratioFloorBytes && e.size / Math.max(1, e.compressedSize) > maxRatio) {
      return `part ${e.name} declares ${e.size} bytes from ${e.compressedSize} (ratio over ${maxRatio}:1)`;
    }
  }
  return total > maxTotalBytes ? `parts declare ${total} bytes, over the limit of ${maxTotalBytes}` : undefined;
}
