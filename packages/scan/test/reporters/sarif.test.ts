import { sarif } from '@piguard/scan/reporters';
import { describe, expect, it } from 'vitest';
import { FINDINGS, holdsNoRawValue, RECOGNIZERS, render } from './report-fixture.js';

describe('sarif reporter', () => {
  it('matches the golden file', async () => {
    await expect(render(sarif)).toMatchFileSnapshot('../../testdata/expected/report.sarif');
  });

  it('is SARIF 2.1.0 with a rule per recogniser and a result per finding', () => {
    const doc = JSON.parse(render(sarif));
    expect(doc.version).toBe('2.1.0');
    const run = doc.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RECOGNIZERS.map((r) => r.id));
    expect(run.results).toHaveLength(FINDINGS.length);
    const first = run.results[0];
    expect(first).toMatchObject({ ruleId: 'cn-resident-id', ruleIndex: 1, level: 'warning' });
    expect(first.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 6, endLine: 1, endColumn: 24 });
    expect(run.results[2].level).toBe('error');
    expect(run.invocations[0].toolExecutionNotifications).toHaveLength(2);
    expect(holdsNoRawValue(render(sarif))).toBe(true);
  });
});
