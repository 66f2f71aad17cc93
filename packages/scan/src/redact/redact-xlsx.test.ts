import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOperatorKeys, defaultPolicy } from '@piguard/core';
import { generateRic18 } from '@piguard/core/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactFile } from './redact-file.js';

const keys = createOperatorKeys(Uint8Array.from({ length: 32 }, (_, i) => i));
const ID = generateRic18('110105', '19850317', '123');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-redact-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('redact xlsx', () => {
  it('redacts PI cells under their headers and keeps other cells, numbers and styles', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '身份证号', '手机', '金额']);
    ws.addRow(['王小明', ID, 13812345678, 12.5]);
    ws.getCell('D2').font = { bold: true };
    await wb.xlsx.writeFile(join(dir, 'in.xlsx'));
    const report = await redactFile(join(dir, 'in.xlsx'), join(dir, 'out.xlsx'), { policy: defaultPolicy, keys });
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(join(dir, 'out.xlsx'));
    const sheet = out.getWorksheet('客户');
    expect(sheet?.getCell('A1').text).toBe('姓名');
    expect(sheet?.getCell('B2').text).toBe(`110105********${ID.slice(14)}`);
    expect(sheet?.getCell('C2').text).toBe('138****5678');
    expect(sheet?.getCell('A2').text).not.toBe('王小明');
    expect(sheet?.getCell('D2').value).toBe(12.5);
    expect(sheet?.getCell('D2').font?.bold).toBe(true);
    expect(report.format).toBe('xlsx');
    expect(report.verification.exposed).toBe(0);
  });
});
