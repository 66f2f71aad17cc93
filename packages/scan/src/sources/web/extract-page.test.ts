import { describe, expect, it } from 'vitest';
import { extractPage } from './extract-page.js';

describe('extractPage', () => {
  it('keeps visible text and records, drops hidden content, collects absolute links but no form targets', () => {
    const page = extractPage(
      `<html><head><title>公示</title><base href="/docs/"></head><body>
       <header>站点标题</header><div class="breadcrumb">首页 &gt; 公示</div>
       <ul><li>张伟 <a href="a.xlsx">名单</a></li><li>王芳</li></ul>
       <div style="position:absolute;left:-9999px">隐藏链接文字</div><span hidden>隐藏</span><p aria-hidden="true">屏读隐藏</p>
       <form action="/submit"><input value="x"></form><a href="javascript:alert(1)">x</a><a href="mailto:a@b.c">m</a>
       <iframe src="https://other.example/f.html"></iframe><footer>版权所有</footer></body></html>`,
      'http://site.test/notice/1.html',
    );
    expect(page.title).toBe('公示');
    expect(page.text).toBe('张伟 名单\n\n王芳\n\nxm');
    expect(page.links).toEqual(['http://site.test/docs/a.xlsx', 'https://other.example/f.html']);
  });

  it('stays fast on hostile markup: a huge line, deep nesting, a megabyte style attribute', () => {
    const started = performance.now();
    const huge = `<p>${'甲乙丙丁'.repeat(500_000)}</p>`;
    const deep = `${'<div>'.repeat(50_000)}深处${'</div>'.repeat(50_000)}`;
    const style = `<div style="${'height:0;'.repeat(200_000)}">样式</div>`;
    const pinyin = `<p>${'字('.repeat(100_000)}${'a'.repeat(100_000)}</p>`;
    const page = extractPage(`<html><body>${huge}${deep}${style}${pinyin}</body></html>`, 'http://site.test/');
    expect(page.text).toContain('深处');
    expect(page.text.length).toBeGreaterThan(2_000_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
