import { describe, expect, it } from 'vitest';
import { readBytes } from '../../test/read-bytes.js';
import { html } from './html.js';

describe('html reader', () => {
  it('keeps visible text and worthwhile attributes, drops scripts and styles', async () => {
    const page = `<!doctype html><html><head><title>公示名单</title><style>.x{color:red}</style>
      <script>var secret = "13800138000";</script></head><body>
      <table><tr><th>姓名</th><th>电话</th></tr><tr><td>张三</td><td>13912345678</td></tr></table>
      <img src="a.png" alt="李四的照片"><a href="/u?phone=13698765432&amp;x=1">link</a>
      <a href="mailto:wang@example.com">mail</a><input value="110101">
      <template><p>13500000000</p></template></body></html>`;
    const { fragments, issues } = await readBytes(html, 'notice.html', page, { pieceBytes: 16 });
    expect(issues).toEqual([]);
    const text = fragments.map((f) => f.text).join('');
    expect(text).toContain('公示名单');
    expect(text).toContain('张三\t13912345678');
    expect(text).toContain('李四的照片');
    expect(text).toContain('13698765432');
    expect(text).toContain('wang@example.com');
    expect(text).toContain('110101');
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('13500000000');
    expect(text).not.toContain('color:red');
    // Table rows end with a blank line so that each row groups as one record.
    expect(text).toMatch(/姓名\t电话\t?\n\n/);
  });

  it('decodes a GBK page that declares its charset only in a meta tag', async () => {
    const { default: iconv } = await import('iconv-lite');
    const bytes = iconv.encode('<html><head><meta charset="gbk"></head><body><p>身份证号码</p></body></html>', 'gbk');
    const { fragments } = await readBytes(html, 'gbk.html', bytes);
    expect(fragments.map((f) => f.text).join('')).toContain('身份证号码');
  });

  it('matches extension-less pages by their doctype', () => {
    const head = new TextEncoder().encode('<!DOCTYPE html><html>');
    expect(html.matches({ name: 'index', head })).toBe(true);
    expect(html.matches({ name: 'notes', head: new TextEncoder().encode('plain') })).toBe(false);
  });

  it('keeps a line break inside a cell from splitting the record', async () => {
    const { fragments } = await readBytes(html, 'x.html', '<table><tr><td>张三<br>13800138000</td></tr></table>');
    expect(fragments.map((f) => f.text).join('')).toContain('张三\n13800138000');
  });
});
