import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ScanIssue } from '../scan-issue.js';
import { resolveTarget } from './resolve-target.js';
import { stdinSource } from './stdin-source.js';

async function* chunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('stdinSource', () => {
  it('sniffs the head, then reads the whole stream once, named -', async () => {
    const text = '姓名：张三\n'.repeat(5000);
    let bytes = 0;
    let got = '';
    for await (const f of stdinSource(chunks(iconv.encode(text, 'gbk'), 1000)).fragments({
      issue: () => {},
      bytes: (n) => {
        bytes += n;
      },
    })) {
      expect(f.source).toBe('-');
      got += f.text.slice(f.overlap?.before ?? 0, f.text.length - (f.overlap?.after ?? 0));
    }
    expect(got).toBe(text);
    expect(bytes).toBe(iconv.encode(text, 'gbk').length);
  });

  it('reads an empty stream as nothing', async () => {
    const out = [];
    for await (const f of stdinSource(chunks(new Uint8Array(0), 10)).fragments({ issue: () => {} })) out.push(f);
    expect(out).toEqual([]);
  });
});

describe('resolveTarget', () => {
  it('maps - to standard input and an unknown URL scheme to an issue', async () => {
    expect(resolveTarget('-', { stdin: chunks(new Uint8Array(0), 1) }).id).toBe('-');
    const issues: ScanIssue[] = [];
    for await (const _ of resolveTarget('gopher://example.test/x').fragments({ issue: (i) => issues.push(i) })) {
      throw new Error('no fragments expected');
    }
    expect(issues).toEqual([expect.objectContaining({ code: 'E_UNSUPPORTED', severity: 'error' })]);
    expect(resolveTarget('some/folder').id).toBe('some/folder');
  });
});
