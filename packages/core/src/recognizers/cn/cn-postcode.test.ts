import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnPostcode } from './cn-postcode.js';

describe('cn-postcode', () => {
  for (const t of recognizerTests(cnPostcode, {
    valid: [
      { name: 'Beijing', text: '邮编：100101', expect: [{ value: '100101', validation: 'unchecked' }] },
      { name: 'Shenzhen after an address', text: '深圳市南山区科技园，郵編 518000', expect: [{ value: '518000' }] },
      { name: 'English', text: 'Postal code 200030', expect: [{ value: '200030' }] },
    ],
    invalid: [
      { name: 'no context', text: '100101' },
      { name: 'unallocated 99 (informal HK value)', text: '邮编 999077' },
      { name: 'unallocated 09', text: '邮编 090000' },
      { name: '7 digits', text: '邮编 1001011' },
      { name: 'decimals of a coordinate', text: '坐标 42.802764,105.210207 邮编：' },
      { name: 'label of the next field', text: '合计622736，邮编：' },
    ],
  })) {
    it(t.name, t.run);
  }
});
