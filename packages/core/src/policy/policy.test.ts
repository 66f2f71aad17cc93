import { describe, expect, it } from 'vitest';
import { defaultPolicy, policyNeedsKey, withoutKeyedOperators } from './default-policy.js';
import { operatorFor } from './operator-for.js';
import { parsePolicy } from './policy.js';

const f = (entity: string, piType: string, cls: 'sensitive' | 'general' = 'general') => ({ entity, piType, class: cls });

describe('policy', () => {
  it('the default masks identifiers, pseudonymises names, generalises addresses and birth dates, tags sensitive PI', () => {
    expect(operatorFor(defaultPolicy, f('CN_RIC18', 'PI.ID.RIC')).kind).toBe('mask');
    expect(operatorFor(defaultPolicy, f('CN_MOBILE', 'PI.BASIC.PHONE')).kind).toBe('mask');
    expect(operatorFor(defaultPolicy, f('BANK_CARD', 'SPI.FIN.CARD', 'sensitive')).kind).toBe('mask');
    expect(operatorFor(defaultPolicy, f('PERSON', 'PI.BASIC.NAME')).kind).toBe('pseudonymize');
    expect(operatorFor(defaultPolicy, f('CN_ADDRESS', 'PI.BASIC.ADDRESS')).kind).toBe('generalize');
    expect(operatorFor(defaultPolicy, f('DATE_OF_BIRTH', 'PI.BASIC.BIRTH'))).toEqual({ kind: 'generalize', date: 'year' });
    expect(operatorFor(defaultPolicy, f('HEALTH_TERM', 'SPI.MED.CONDITION', 'sensitive')).kind).toBe('replace');
    expect(operatorFor(defaultPolicy, f('RELIGION', 'SPI.RELIGION', 'sensitive')).kind).toBe('replace');
  });
  it('matches entities, taxonomy prefixes at segment boundaries and classes; first rule wins', () => {
    const p = parsePolicy({
      version: 1,
      rules: [
        { types: ['CN_MOBILE'], operator: { kind: 'tokenize' } },
        { types: ['PI.ID'], operator: 'hash' },
        { types: ['sensitive'], operator: { kind: 'redact' } },
      ],
      default: { kind: 'keep' },
    });
    expect(operatorFor(p, f('CN_MOBILE', 'PI.BASIC.PHONE')).kind).toBe('tokenize');
    expect(operatorFor(p, f('CN_RIC18', 'PI.ID.RIC', 'sensitive')).kind).toBe('hash');
    expect(operatorFor(p, f('X', 'PI.IDX')).kind).toBe('keep');
    expect(operatorFor(p, f('HEALTH_TERM', 'SPI.MED.CONDITION', 'sensitive')).kind).toBe('redact');
    expect(policyNeedsKey(p)).toBe(true);
    expect(policyNeedsKey(withoutKeyedOperators(p))).toBe(false);
  });
  it('rejects bad policies with E_CONFIG_INVALID', () => {
    expect(() => parsePolicy({ version: 2, rules: [] })).toThrow(/version/);
    expect(() => parsePolicy({ version: 1, rules: [{ types: [], operator: 'mask' }] })).toThrow(/types/);
    expect(() => parsePolicy({ version: 1, rules: [{ types: ['PI.ID'], operator: 'scramble' }] })).toThrow(/unknown operator/);
    expect(() => parsePolicy({ version: 1, rules: [{ types: ['PI.ID'], operator: { kind: 'mask', length: 3 } }] })).toThrow(
      /no option length/,
    );
  });
});
