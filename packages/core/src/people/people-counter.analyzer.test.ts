// The counter fed by the real analyzer: recognisers, masked forms and linking together, as a scan uses them.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer/create-analyzer.js';
import { ricResidual } from '../masking/ric-residual.js';
import { generateRic18 } from '../testing/generate-identifiers.js';
import { createHmacFingerprinter } from './hmac-fingerprinter.js';
import { createPeopleCounter } from './people-counter.js';

const now = new Date('2026-01-15T00:00:00Z');
const analyzer = createAnalyzer({ now, types: ['cn-resident-id', 'cn-resident-id-masked', 'cn-mobile', 'cn-mobile-masked'] });
const key = new Uint8Array(32).fill(7);

function countRows(rows: string[]) {
  const counter = createPeopleCounter({ fingerprint: createHmacFingerprinter(key), now });
  const findings = rows.map((row, i) => {
    const f = analyzer.analyze(row);
    counter.addRecord({ source: `notice.html#row${i}`, findings: f });
    return f;
  });
  return { summary: counter.summary(), findings };
}

describe('people counter on analyzer output', () => {
  it('counts people, not matches, in a table with repeated rows', () => {
    const a = generateRic18('110105', '19800101', '011');
    const b = generateRic18('310101', '19900202', '022');
    const { summary } = countRows([`身份证 ${a} 手机 13800001111`, `身份证 ${b} 手机 13900002222`, `手机 13800001111`, `身份证 ${a}`]);
    expect(summary.findings).toBe(6);
    expect(summary.people.distinct).toBe(2);
    expect(summary.byType.find((t) => t.piType === 'PI.ID.RIC')).toMatchObject({ findings: 3, exposed: 3 });
  });

  it('keeps masked rows apart and counts their states', () => {
    const ids = [1, 2, 3].map((i) => generateRic18('110105', '19700101', String(i * 10 + 1).padStart(3, '0')));
    const { summary } = countRows(
      ids.map((id) => `身份证号 ${id.slice(0, 6)}********${id.slice(14)} 电话 138****${id.slice(14, 18).replace('X', '0')}`),
    );
    expect(summary.people.distinct).toBe(3);
    expect(summary.byType.find((t) => t.piType === 'PI.ID.RIC')?.masked).toBe(3);
    expect(summary.byType.find((t) => t.piType === 'PI.BASIC.PHONE')?.masked).toBe(3);
  });

  it('reconstructs a number from two public notices masked differently', () => {
    // A number whose hidden month the checksum settles, found by search rather than assumed.
    const id = ['011', '013', '015', '017', '019', '021', '023', '025', '027', '029']
      .map((s) => generateRic18('110105', '19490131', s))
      .find((x) => ricResidual(`${x.slice(0, 10)}??${x.slice(12)}`, now).candidates === 1) as string;
    expect(id).toBeDefined();
    const { summary, findings } = countRows([`公示名单 身份证号 ${id.slice(0, 10)}******`, `补贴发放 身份证号 **********${id.slice(12)}`]);
    expect(findings.flat().length).toBe(2);
    expect(summary.reconstructed).toBe(1);
    expect(summary.people.distinct).toBe(1);
    expect(findings[1]?.[0]).toMatchObject({ state: 'exposed', attributes: { reconstructed: true } });
  });
});
