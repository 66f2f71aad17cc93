import { csv, csvField } from '@piguard/scan/reporters';
import { describe, expect, it } from 'vitest';
import { FINDINGS, holdsNoRawValue, render } from './report-fixture.js';

describe('csv reporter', () => {
  it('matches the golden file', async () => {
    await expect(render(csv)).toMatchFileSnapshot('../../testdata/expected/findings.csv');
  });

  it('has a header and one row per finding; value only with reveal, as the last column', () => {
    const rows = render(csv)
      .split('\r\n')
      .filter((r) => r.length > 0);
    expect(rows).toHaveLength(FINDINGS.length + 1);
    expect(rows[0]?.endsWith(',fingerprint')).toBe(true);
    expect(holdsNoRawValue(render(csv))).toBe(true);
    const revealed = render(csv, { reveal: true }).split('\r\n');
    expect(revealed[0]?.endsWith(',value')).toBe(true);
    expect(revealed[1]?.endsWith(`,${FINDINGS[0]?.value}`)).toBe(true);
  });

  it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(-5)).toBe('-5');
    expect(csvField(undefined)).toBe('');
  });
});
