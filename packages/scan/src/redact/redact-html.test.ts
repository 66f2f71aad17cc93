import { analyze, createOperatorKeys, defaultPolicy } from '@piguard/core';
import { generateRic18 } from '@piguard/core/testing';
import { describe, expect, it } from 'vitest';
import { redactHtml } from './redact-html.js';
import { createRedactor } from './redactor.js';

const keys = createOperatorKeys(Uint8Array.from({ length: 32 }, (_, i) => i));
const ID = generateRic18('110105', '19850317', '123');

describe('redactHtml', () => {
  it('redacts visible text and attribute values, keeping markup, scripts and comments byte for byte', () => {
    const html = `<html><head><style>.x{color:red}</style><script>var a = "13812345678";</script></head><body>
<!-- 13987654321 -->
<table><tr><td>身份证号</td><td class="id">${ID}</td></tr>
<tr><td>手机</td><td><a href="tel:13812345678" title='13812345678'>13812345678</a></td></tr></table></body></html>`;
    const out = redactHtml(html, createRedactor({ policy: defaultPolicy, keys }));
    expect(out).toContain(`<td class="id">110105********${ID.slice(14)}</td>`);
    expect(out).toContain(`title='138****5678'>138****5678</a>`);
    expect(out).toContain('<script>var a = "13812345678";</script>');
    expect(out).toContain('<!-- 13987654321 -->');
    expect(out).toContain('<style>.x{color:red}</style>');
    const visible = out.replace(/<script[\s\S]*?<\/script>|<!--[\s\S]*?-->/g, '');
    expect(analyze(visible).filter((f) => f.state === 'exposed' && (f.entity === 'CN_RIC18' || f.entity === 'CN_MOBILE'))).toEqual([]);
  });
  it('leaves a document without PI unchanged', () => {
    const html = '<p class="a">Nothing here, just 42.</p>';
    expect(redactHtml(html, createRedactor({ policy: defaultPolicy, keys }))).toBe(html);
  });
});
