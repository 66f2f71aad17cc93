import { json } from '@piguard/scan/reporters';
import { describe, expect, it } from 'vitest';
import { FINDINGS, holdsNoRawValue, render } from './report-fixture.js';

describe('json reporter', () => {
  it('matches the golden file', async () => {
    await expect(render(json)).toMatchFileSnapshot('../../testdata/expected/report.json');
  });

  it('is one document with findings, summary and issues, values masked', () => {
    const doc = JSON.parse(render(json));
    expect(Object.keys(doc)).toEqual(['findings', 'summary', 'issues']);
    expect(doc.findings).toHaveLength(FINDINGS.length);
    expect(doc.findings[2]).toMatchObject({ table: 'students', column: '身份证号', row: 2, class: 'sensitive' });
    expect(doc.findings[0]).toMatchObject({ line: 1, column: 6, start: 5, end: 23 });
    expect(doc.issues).toHaveLength(2);
    expect(holdsNoRawValue(render(json))).toBe(true);
  });

  it('carries values only with reveal', () => {
    const doc = JSON.parse(render(json, { reveal: true }));
    expect(doc.findings.map((f: { value: string }) => f.value)).toEqual(FINDINGS.map((f) => f.value));
  });
});
