import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { replace } from './replace.js';

const input = { entity: 'CN_MOBILE', value: '13812345678', piType: 'PI.BASIC.PHONE' };

describe('redact and replace', () => {
  it('redact removes the value', () => {
    expect(redact(input, { kind: 'redact' }, {})).toBe('');
  });
  it('replace puts the entity tag or a template in its place', () => {
    expect(replace(input, { kind: 'replace' }, {})).toBe('<CN_MOBILE>');
    expect(replace(input, { kind: 'replace', template: '[{piType}]' }, {})).toBe('[PI.BASIC.PHONE]');
  });
});
