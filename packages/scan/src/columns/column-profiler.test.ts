import { describe, expect, it } from 'vitest';
import { readBytes } from '../../test/read-bytes.js';
import { generatePeople } from '../../test/generated-people.js';
import { csv } from '../formats/csv.js';
import { ColumnProfiler } from './column-profiler.js';

describe('ColumnProfiler', () => {
  it('classifies the columns of a CSV from its cell fragments, up to a sample per column', async () => {
    const people = generatePeople(30);
    const text = `姓名,身份证号,手机,订单号\n${people.map((p) => `${p.name},${p.idCard},${p.mobile},${p.orderNo}`).join('\n')}\n`;
    const { fragments } = await readBytes(csv, 'orders.csv', text);
    const profiler = new ColumnProfiler({ sampleSize: 10 });
    for (const f of fragments) profiler.add(f);
    profiler.add({ source: 'notes.txt', text: `plain ${people[0]?.mobile}` });
    const profiles = profiler.profiles();
    expect(profiles.map((p) => p.classification.column)).toEqual(['姓名', '身份证号', '手机', '订单号']);
    const id = profiles[1]?.classification;
    expect(id).toMatchObject({ piType: 'PI.ID.RIC', confidence: 'certain', sampled: 10 });
    expect(profiles[2]?.classification).toMatchObject({ piType: 'PI.BASIC.PHONE', confidence: 'certain' });
    expect(profiles[3]?.classification.confidence).not.toBe('certain');
    expect(JSON.stringify(profiles)).not.toContain(people[0]?.idCard);
  });
});
