import { jsonl } from '@piguard/scan/reporters';
import { describe, expect, it } from 'vitest';
import { FINDINGS, holdsNoRawValue, render } from './report-fixture.js';

describe('jsonl reporter', () => {
  it('matches the golden file', async () => {
    await expect(render(jsonl)).toMatchFileSnapshot('../../testdata/expected/findings.jsonl');
  });

  it('writes one finding per line with the DESIGN.md fields in order, and nothing else', () => {
    const lines = render(jsonl)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(FINDINGS.length);
    expect(Object.keys(lines[0])).toEqual([
      'piType',
      'entity',
      'class',
      'score',
      'state',
      'masked',
      'fingerprint',
      'source',
      'start',
      'end',
      'line',
      'column',
    ]);
    expect(holdsNoRawValue(render(jsonl))).toBe(true);
    expect(render(jsonl, { reveal: true })).toContain(`"value":"${FINDINGS[0]?.value}"`);
  });
});
