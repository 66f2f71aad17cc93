import { table } from '@piguard/scan/reporters';
import { describe, expect, it } from 'vitest';
import { ADULT_RIC, holdsNoRawValue, render } from './report-fixture.js';

describe('table reporter', () => {
  it('matches the golden file', async () => {
    await expect(render(table)).toMatchFileSnapshot('../../testdata/expected/table.txt');
  });

  it('shows masked previews only, unless revealed', () => {
    expect(holdsNoRawValue(render(table))).toBe(true);
    expect(render(table, { reveal: true })).toContain(ADULT_RIC);
  });

  it('lists sensitive findings first and keeps only the top N', () => {
    const out = render(table, { top: 2 });
    const top = out.slice(out.indexOf('Top findings'));
    expect(top.split('\n')[1]).toMatch(/^ {2}sensitive {2}1\.00/);
    expect(top).toMatch(/^Top findings \(2 of 4\)/);
  });
});
