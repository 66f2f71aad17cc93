import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, createOperatorKeys, defaultPolicy } from '@piguard/core';
import { generateRic18 } from '@piguard/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip } from '../../test/build-zip.js';
import { readBytes } from '../../test/read-bytes.js';
import { entryData, readZipDirectory } from '../formats/archive/zip-directory.js';
import { docx } from '../formats/docx.js';
import { pptx } from '../formats/pptx.js';
import { inflateRawSync } from 'node:zlib';
import { redactFile } from './redact-file.js';

const keys = createOperatorKeys(Uint8Array.from({ length: 32 }, (_, i) => i * 3));
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (t: string, bold = false): string => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>${t}</w:t></w:r>`;
const para = (...runs: string[]): string => `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${runs.join('')}</w:p>`;
const mobile = (i: number): string => `139${String(20_000_000 + i * 7919).slice(-8)}`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-redact-ooxml-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function parts(zip: Buffer): Map<string, string> {
  return new Map(
    readZipDirectory(zip).map((e) => {
      const raw = entryData(zip, e);
      return [e.name, (e.method === 0 ? raw : inflateRawSync(raw)).toString('utf8')];
    }),
  );
}

const exposed = (text: string) =>
  analyze(text).filter((f) => f.state === 'exposed' && ['CN_RIC18', 'CN_MOBILE', 'EMAIL'].includes(f.entity));

describe('redact docx', () => {
  it('redacts runs (also a value split across runs), tables, headers, footers, comments and authors; keeps the markup', async () => {
    const id = generateRic18('310115', '19920101', String(100 + Math.floor(Math.random() * 800)));
    const phone = mobile(Math.floor(Math.random() * 1000));
    const body = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${para(run('身份证号：', true), run(id.slice(0, 7)), run(id.slice(7), true))}
<w:tbl><w:tr><w:tc>${para(run('手机'))}</w:tc><w:tc>${para(run(phone))}</w:tc></w:tr></w:tbl>
${para(run('a &amp; b &lt;c&gt; 无个人信息'))}<w:sectPr/></w:body></w:document>`;
    const header = `<w:hdr ${W}>${para(run('联系 zhang.wei@example.com'))}</w:hdr>`;
    const footer = `<w:ftr ${W}>${para(run(`电话 ${phone.slice(0, 3)}`), '<w:r><w:t xml:space="preserve"> </w:t></w:r>', run(phone.slice(3)))}</w:ftr>`;
    const comments = `<w:comments ${W}><w:comment w:id="0" w:author="王小明" w:initials="WXM">${para(run(`核对 ${id}`))}</w:comment></w:comments>`;
    const core =
      '<cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:creator>王小明</dc:creator><dc:title>名单</dc:title></cp:coreProperties>';
    const input = join(dir, 'in.docx');
    const image = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    await writeFile(
      input,
      buildZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'word/document.xml', data: body },
        { name: 'word/header1.xml', data: header },
        { name: 'word/footer1.xml', data: footer },
        { name: 'word/comments.xml', data: comments },
        { name: 'word/media/image1.png', data: image, method: 0 },
        {
          name: 'word/_rels/document.xml.rels',
          data: '<Relationships><Relationship Id="r1" Target="mailto:zhang.wei@example.com"/></Relationships>',
        },
        { name: 'docProps/core.xml', data: core },
      ]),
    );
    const before = await readBytes(docx, 'in.docx', await readFile(input));
    expect(exposed(before.fragments.map((f) => f.text).join('')).length).toBeGreaterThanOrEqual(4);

    const output = join(dir, 'out.docx');
    const report = await redactFile(input, output, { policy: defaultPolicy, keys });
    expect(report.format).toBe('docx');
    expect(report.verification).toMatchObject({ rescanned: true, exposed: 0 });
    const outParts = parts(await readFile(output));
    expect([...outParts.keys()]).toEqual([
      '[Content_Types].xml',
      'word/document.xml',
      'word/header1.xml',
      'word/footer1.xml',
      'word/comments.xml',
      'word/media/image1.png',
      'word/_rels/document.xml.rels',
      'docProps/core.xml',
    ]);
    const doc = outParts.get('word/document.xml') ?? '';
    // The value's replacement sits in the run where it began; the bold run after it lost its part; markup stays.
    expect(doc).toContain(
      `${run('身份证号：', true)}<w:r><w:t xml:space="preserve">${id.slice(0, 6)}********${id.slice(14)}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"></w:t></w:r>`,
    );
    expect(doc).toContain(`<w:t xml:space="preserve">${phone.slice(0, 3)}****${phone.slice(7)}</w:t>`);
    expect(doc).toContain('a &amp; b &lt;c&gt; 无个人信息');
    expect(doc).toContain('<w:sectPr/></w:body></w:document>');
    expect(doc.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    expect(outParts.get('word/comments.xml')).not.toContain('王小明');
    expect(outParts.get('docProps/core.xml')).not.toContain('王小明');
    expect(outParts.get('docProps/core.xml')).toContain('<dc:title>名单</dc:title>');
    expect(outParts.get('word/_rels/document.xml.rels')).not.toContain('zhang.wei@example.com');
    expect(Buffer.from(outParts.get('word/media/image1.png') ?? '', 'utf8').length).toBeGreaterThan(0);

    // The scanner's own docx reader finds no exposed identifiers in the copy.
    const after = await readBytes(docx, 'out.docx', await readFile(output));
    expect(after.issues).toEqual([]);
    const text = after.fragments.map((f) => f.text).join('');
    expect(exposed(text)).toEqual([]);
    expect(text).toContain('无个人信息');
    expect(report.changes.find((c) => c.entity === 'CN_RIC18')?.count).toBe(2);
  });

  it('reads a deleted revision apart from the text typed over it', async () => {
    const old = mobile(11);
    const now = mobile(12);
    const body = `<w:document ${W}><w:body><w:p><w:r><w:t xml:space="preserve">电话 </w:t></w:r><w:del w:id="1" w:author="李娜"><w:r><w:delText>${old}</w:delText></w:r></w:del><w:ins w:id="2" w:author="李娜"><w:r><w:t>${now}</w:t></w:r></w:ins></w:p></w:body></w:document>`;
    const input = join(dir, 'rev.docx');
    await writeFile(input, buildZip([{ name: 'word/document.xml', data: body }]));
    const report = await redactFile(input, join(dir, 'rev.out.docx'), { policy: defaultPolicy, keys });
    const doc = parts(await readFile(join(dir, 'rev.out.docx'))).get('word/document.xml') ?? '';
    expect(doc).toContain(`<w:delText xml:space="preserve">${old.slice(0, 3)}****${old.slice(7)}</w:delText>`);
    expect(doc).toContain(`<w:t xml:space="preserve">${now.slice(0, 3)}****${now.slice(7)}</w:t>`);
    expect(doc).not.toContain('李娜');
    expect(report.changes.find((c) => c.entity === 'CN_MOBILE')?.count).toBe(2);
  });

  it('refuses an encrypted or broken document with a clear message', async () => {
    const ole = join(dir, 'secret.docx');
    await writeFile(ole, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    await expect(redactFile(ole, join(dir, 'x.docx'), { policy: defaultPolicy, keys })).rejects.toThrow(/password-protected/);
    const broken = join(dir, 'broken.docx');
    await writeFile(broken, 'PK\x03\x04 not a zip');
    await expect(redactFile(broken, join(dir, 'y.docx'), { policy: defaultPolicy, keys })).rejects.toThrow(
      /not a readable Office document/,
    );
  });
});

describe('redact pptx', () => {
  it('redacts slide text and notes, a value split across runs included', async () => {
    const phone = mobile(Math.floor(Math.random() * 1000));
    const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="p"';
    const slide = `<p:sld ${A}><p:cSld><p:spTree><p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/></p:nvSpPr><p:txBody><a:p><a:r><a:rPr lang="zh-CN"/><a:t>客户手机 ${phone.slice(0, 5)}</a:t></a:r><a:r><a:rPr b="1"/><a:t>${phone.slice(5)}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
    const notes = `<p:notes ${A}><p:txBody><a:p><a:r><a:t>邮箱 li.na@example.com</a:t></a:r></a:p></p:txBody></p:notes>`;
    const input = join(dir, 'in.pptx');
    await writeFile(
      input,
      buildZip([
        { name: 'ppt/presentation.xml', data: '<p:presentation/>' },
        { name: 'ppt/slides/slide1.xml', data: slide },
        { name: 'ppt/notesSlides/notesSlide1.xml', data: notes },
      ]),
    );
    const output = join(dir, 'out.pptx');
    const report = await redactFile(input, output, { policy: defaultPolicy, keys });
    expect(report.verification.exposed).toBe(0);
    const out = parts(await readFile(output));
    expect(out.get('ppt/slides/slide1.xml')).toContain('name="Title 1"');
    expect(out.get('ppt/slides/slide1.xml')).toContain(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    const after = await readBytes(pptx, 'out.pptx', await readFile(output));
    const text = after.fragments.map((f) => f.text).join('\n');
    expect(exposed(text)).toEqual([]);
    expect(text).toContain('客户手机');
  });
});
