import { type Finding, personKeyOf } from '@piguard/core';
import type ExcelJS from 'exceljs';
import type { Redactor } from './redactor.js';

/**
 * Redacts an Excel workbook cell by cell: a sheet's first row is its header and names the columns for the analyzer,
 * a row is one record (its strongest identifier keys date shifts), and a string or number cell that held PI gets
 * its redacted text. Styles, formulas without PI, merged cells and other sheets are written back by exceljs;
 * formula results and rich-text runs are redacted as their plain text.
 */
export async function redactXlsx(input: string, output: string, redactor: Redactor): Promise<void> {
  // Loaded on the first workbook (about 27 MB that a scan or redaction of other formats need not pay).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  workbook.eachSheet((sheet) => {
    const header = new Map<number, string>();
    sheet.getRow(1).eachCell((cell, col) => {
      header.set(col, cell.text);
    });
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: { cell: ExcelJS.Cell; text: string; findings: Finding[] }[] = [];
      row.eachCell((cell, col) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.type === ExcelJS.ValueType.Merge) return;
        const text = cell.text;
        if (text.length === 0) return;
        const findings = redactor.find(text, header.get(col));
        if (findings.length > 0) cells.push({ cell, text, findings });
      });
      const person = personKeyOf(cells.flatMap((c) => c.findings));
      for (const c of cells) {
        const out = redactor.apply(c.text, c.findings, person);
        if (out !== c.text) c.cell.value = out;
      }
    });
  });
  await workbook.xlsx.writeFile(output);
}
