import { mod11_2CheckChar } from '@piguard/core';
import { describe, expect, it } from 'vitest';
import { buildZip } from '../../test/build-zip.js';
import { readBytes } from '../../test/read-bytes.js';
import { docx } from './docx.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (...runs: string[]): string => `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join('')}</w:p>`;
const cell = (t: string): string => `<w:tc>${para(t)}</w:tc>`;

function residentId(seq: number): string {
  const body = `31011519920101${String(seq).padStart(3, '0')}`;
  return body + mod11_2CheckChar(body);
}

describe('docx reader', () => {
  it('reads paragraphs, split runs, tables (one record per row) and headers', async () => {
    const body = `<w:document ${W}><w:body>${para('身份证号：', residentId(7).slice(0, 9), residentId(7).slice(9))}
      <w:tbl><w:tr>${cell('姓名')}${cell('手机')}</w:tr><w:tr>${cell('张三')}${cell('13800138000')}</w:tr></w:tbl>
      ${para('电话', '<w:tab/>')}<w:p><w:r><w:t>a&amp;b</w:t><w:br/><w:t>next</w:t></w:r></w:p></w:body></w:document>`;
    const header = `<w:hdr ${W}>${para('页眉 wang@example.com')}</w:hdr>`;
    const file = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: body },
      { name: 'word/header1.xml', data: header },
    ]);
    const { fragments, issues } = await readBytes(docx, 'a.docx', file);
    expect(issues).toEqual([]);
    const text = fragments.map((f) => f.text).join('');
    expect(text).toContain(`身份证号：${residentId(7)}\n`);
    expect(text).toContain('姓名\t手机\n\n张三\t13800138000\n\n');
    expect(text).toContain('a&b\nnext');
    expect(text).toContain('页眉 wang@example.com');
    expect(fragments[0]?.source).toBe('a.docx');
  });

  it('reports a corrupt, an encrypted and a non-Word package', async () => {
    const corrupt = await readBytes(docx, 'bad.docx', Buffer.from('PK\x03\x04 this is not really a zip at all'));
    expect(corrupt.issues.map((i) => i.code)).toEqual(['E_CORRUPT']);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    const encrypted = await readBytes(docx, 'secret.docx', ole);
    expect(encrypted.issues.map((i) => i.code)).toEqual(['E_ENCRYPTED']);
    const other = await readBytes(docx, 'x.docx', buildZip([{ name: 'readme.txt', data: 'hi' }]));
    expect(other.issues.map((i) => i.code)).toEqual(['E_CORRUPT']);
    expect([...corrupt.fragments, ...encrypted.fragments, ...other.fragments]).toEqual([]);
  });

  it('stops a part that inflates past the ratio limit', async () => {
    const huge = `<w:document ${W}><w:body>${para('x'.repeat(8 * 1024 * 1024))}</w:body></w:document>`;
    const { issues } = await readBytes(docx, 'bomb.docx', buildZip([{ name: 'word/document.xml', data: huge }]), {
      archiveLimits: { ratioFloorBytes: 1024 * 1024, maxRatio: 50 },
    });
    expect(issues.map((i) => i.code)).toEqual(['E_CORRUPT']);
    expect(issues[0]?.message).toContain('limits');
  });
});
