import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildZip } from '../../test/build-zip.js';
import { readBytes } from '../../test/read-bytes.js';
import { csv } from './csv.js';
import { eml } from './eml.js';
import { html } from './html.js';
import { mbox } from './mbox.js';
import { text } from './text.js';
import { zip } from './zip.js';

const readers = [eml, mbox, zip, csv, html, text];
const b64 = (s: string | Buffer, cs = 'utf-8'): string => (typeof s === 'string' ? iconv.encode(s, cs) : s).toString('base64');

function message(boundary = 'XYZ'): string {
  return [
    `From: =?GB2312?B?${b64('张三', 'gbk')}?= <zhang@example.com>`,
    'To: li@example.com,',
    ' wang@example.com',
    `Subject: =?UTF-8?Q?=E8=BA=AB=E4=BB=BD=E8=AF=81?= =?UTF-8?B?${b64('信息')}?=`,
    'Received: from mx.example.com',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    'preamble',
    `--${boundary}`,
    'Content-Type: multipart/alternative; boundary="ALT"',
    '',
    '--ALT',
    'Content-Type: text/plain; charset=gbk',
    'Content-Transfer-Encoding: base64',
    '',
    b64('手机 13800138000，请查收。', 'gbk'),
    '--ALT',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>手机 13800138000，请查收。</p>',
    '--ALT--',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Tel: 139=',
    '12345678 =E5=9C=B0=E5=9D=80',
    `--${boundary}`,
    "Content-Type: text/csv; name*=utf-8''%E5%90%8D%E5%8D%95.csv",
    'Content-Disposition: attachment',
    'Content-Transfer-Encoding: base64',
    '',
    b64('name,phone\nZhao,13698765432\n'),
    `--${boundary}`,
    'Content-Type: application/zip; name="x.zip"',
    'Content-Transfer-Encoding: base64',
    '',
    b64(buildZip([{ name: 'in.txt', data: 'mail zip@example.com' }])),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

describe('eml reader', () => {
  it('decodes headers, bodies and charsets, prefers text/plain, and recurses into attachments', async () => {
    const { fragments, issues } = await readBytes(eml, 'm.eml', message(), { readers });
    expect(issues).toEqual([]);
    const header = fragments[0];
    expect(header?.text).toBe('from: 张三 <zhang@example.com>\nto: li@example.com, wang@example.com\nsubject: 身份证信息');
    const own = fragments.filter((f) => f.source === 'm.eml');
    expect(own.map((f) => f.text)).toEqual([header?.text, '手机 13800138000，请查收。', 'Tel: 13912345678 地址']);
    expect(new Set(own.map((f) => f.record))).toEqual(new Set(['m.eml#message']));
    expect(fragments.find((f) => f.source === 'm.eml!/名单.csv' && f.context === 'phone')?.text).toBe('13698765432');
    expect(fragments.find((f) => f.source === 'm.eml!/x.zip!/in.txt')?.text).toBe('mail zip@example.com');
  });

  it('reads the HTML body when there is no plain alternative', async () => {
    const msg =
      'From: a@example.com\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>电话 13800138000</p><script>x=1</script></body></html>\n';
    const { fragments } = await readBytes(eml, 'h.eml', msg, { readers });
    expect(fragments.map((f) => f.text.trim())).toEqual(['from: a@example.com', '电话 13800138000']);
    expect(fragments[1]?.record).toBe('h.eml#message');
  });

  it('reads a truncated multipart message up to the cut', async () => {
    const cut = message().slice(0, message().indexOf('Tel: 139') + 20);
    const { fragments } = await readBytes(eml, 't.eml', cut, { readers });
    expect(fragments.map((f) => f.text).join('\n')).toContain('13800138000');
  });
});

describe('mbox reader', () => {
  it('splits messages at From lines, one record and row per message', async () => {
    const box = [
      'From zhang@example.com Mon Jan  1 00:00:00 2024',
      message('B1'),
      'From li@example.com Tue Jan  2 00:00:00 2024',
      'From: li@example.com',
      'Subject: hi',
      '',
      'call 13512345678',
      '',
    ].join('\n');
    const { fragments, issues } = await readBytes(mbox, 'box.mbox', box, { readers, pieceBytes: 50 });
    expect(issues).toEqual([]);
    const second = fragments.filter((f) => f.source === 'box.mbox' && f.cell?.row === 2);
    expect(second.map((f) => f.text.trim())).toEqual(['from: li@example.com\nsubject: hi', 'call 13512345678']);
    expect(second[0]?.record).toBe('box.mbox#2');
    expect(fragments.find((f) => f.source === 'box.mbox!/1/名单.csv' && f.text === '13698765432')).toBeDefined();
    expect(fragments.filter((f) => f.cell?.row === 1 && f.source === 'box.mbox').length).toBe(3);
  });
});
