import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/create-analyzer.js';
import { testKeys } from '../operators/test-keys.js';
import { revealText } from '../operators/reveal-text.js';
import { generateRic18 } from '../testing/generate-identifiers.js';
import { defaultPolicy } from './default-policy.js';
import { parsePolicy } from './policy.js';
import { RedactionTally, redactText } from './redact-text.js';
import { exposedAfterRedaction } from './verify-redaction.js';

const keys = testKeys();
const id = generateRic18('110105', '19850317', '123');
const text = `姓名：王小明，身份证号 ${id}，手机 13812345678，住址：北京市海淀区中关村大街27号。`;

describe('redactText', () => {
  it('applies the default policy and leaves no exposed PI of the redacted types', () => {
    const findings = analyze(text);
    const tally = new RedactionTally();
    const out = redactText(text, findings, defaultPolicy, { keys }, tally);
    expect(out).not.toContain(id);
    expect(out).not.toContain('13812345678');
    expect(out).toContain('110105********');
    expect(out).toContain('138****5678');
    expect(exposedAfterRedaction(analyze(out), tally.changes())).toEqual([]);
    // The check itself bites: the original text fails it.
    expect(exposedAfterRedaction(findings, tally.changes()).length).toBeGreaterThanOrEqual(2);
    expect(tally.total()).toBe(findings.length);
    expect(tally.changes().find((c) => c.entity === 'CN_RIC18')).toMatchObject({ operator: 'mask', count: 1 });
  });
  it('tokenizes and reveals back to the original text', () => {
    const policy = parsePolicy({ version: 1, rules: [], default: { kind: 'tokenize' } });
    const findings = analyze(text).filter((f) => f.entity !== 'PERSON');
    const out = redactText(text, findings, policy, { keys });
    expect(out).not.toContain(id);
    expect(revealText(out, keys).text).toBe(text);
  });
  it('stops on a keyed operator without a key, and tags a value too short to encrypt', () => {
    const policy = parsePolicy({ version: 1, rules: [], default: { kind: 'tokenize' } });
    const findings = analyze(text).filter((f) => f.entity === 'CN_MOBILE');
    expect(() => redactText(text, findings, policy, {})).toThrow(/key/);
    const short = [{ ...(findings[0] as (typeof findings)[0]), value: '123', start: 0, end: 2 }];
    const tally = new RedactionTally();
    expect(redactText(text, short, policy, { keys }, tally).startsWith('<CN_MOBILE>')).toBe(true);
    expect(tally.fallbacks).toBe(1);
  });
});
