import { mod11_2CheckChar } from '@piguard/core';
import { describe, expect, it } from 'vitest';
import type { CaseReportData } from './case-report-data.js';
import { readableLocation } from './case-report-data.js';
import { caseReportHtml } from './case-report-html.js';
import { maskFreeText } from './mask-free-text.js';
import { sideOf } from './report-words.js';

/** A resident ID number with a correct check character, generated (never a real person's). */
function residentId(birth: string, seq: number): string {
  const body = `110105${birth}${String(seq).padStart(3, '0')}`;
  return body + (mod11_2CheckChar(body) ?? '');
}

function data(title: string): CaseReportData {
  return {
    generatedAt: '2026-03-02T08:00:00.000Z',
    generatedBy: '张检察官',
    case: {
      id: 'c1',
      title,
      kind: 'criminal-referral',
      status: 'closed',
      unitName: '甲市检察院',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-03-01T00:00:00.000Z',
    },
    leads: [
      {
        id: 'l1',
        title: '线索',
        subject: { name: '某公司', type: 'company', region: null },
        sourceKind: 'manual',
        sourceRef: null,
        piTypes: [{ id: 'PI.ID.RIC', zh: '居民身份证号码', en: 'PRC resident ID number', class: 'general' }],
        peopleAffected: 6000,
        minors: 0,
        scaleBand: 'S2',
        riskLevel: 'critical',
        criminalTiers: [{ crimTier: 5000, piTypes: ['PI.ID.RIC'], records: 6000, level: 'serious' }],
        thresholdsCrossed: ['达到阈值（某规定）/ threshold reached (a rule)'],
        samples: [],
        findingsTotal: 0,
      },
    ],
    timeline: [],
    deadlines: [
      { title: '检察建议', issuedAt: '2026-01-02T00:00:00.000Z', dueAt: '2026-02-01T00:00:00.000Z', respondedAt: null, overdue: true },
    ],
    evidence: [],
    rectification: null,
  };
}

describe('case report HTML', () => {
  it('escapes every text, so a hostile title is shown, not run', () => {
    const html = caseReportHtml(data('<script>alert(1)</script>&"\''));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;&#38;&#34;&#39;');
  });

  it('names the harm, the thresholds and an overdue recommendation in the chosen language', () => {
    const zh = caseReportHtml(data('案'));
    expect(zh).toContain('情节严重');
    expect(zh).toContain('达到阈值（某规定）');
    expect(zh).not.toContain('threshold reached');
    expect(zh).toContain('已逾期');
    expect(zh).toContain('刑事移送');
    const en = caseReportHtml(data('case'), 'en');
    expect(en).toContain('threshold reached (a rule)');
    expect(en).not.toContain('达到阈值');
    expect(en).toContain('overdue');
    expect(en).toContain('criminal referral');
  });
});

describe('report text helpers', () => {
  it('masks PI typed into free text and leaves other text alone', () => {
    const id = residentId('19800101', 123);
    const masked = maskFreeText(`举报人称其身份证号 ${id} 被公开`);
    expect(masked).not.toContain(id);
    expect(masked).toMatch(/^举报人称其身份证号 110105\*+\d{3}[\dX] 被公开$/);
    expect(maskFreeText('制发检察建议：删除公示页面')).toBe('制发检察建议：删除公示页面');
  });

  it('splits bilingual thresholds and reads stored locations', () => {
    expect(sideOf('zh', '未成年人（条例）/ minors (rule)')).toBe('未成年人（条例）');
    expect(sideOf('en', '未成年人（条例）/ minors (rule)')).toBe('minors (rule)');
    expect(sideOf('en', '≥10万人')).toBe('≥10万人');
    expect(readableLocation('/d/a.csv {"column":"身份证号","row":3}')).toBe('/d/a.csv · 身份证号 · row 3');
    expect(readableLocation('/d/a.txt:4:2')).toBe('/d/a.txt:4:2');
  });
});
