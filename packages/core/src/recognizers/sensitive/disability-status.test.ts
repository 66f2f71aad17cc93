import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { disabilityStatus } from './disability-status.js';

describe('disability-status', () => {
  for (const t of recognizerTests(disabilityStatus, {
    valid: [
      {
        name: 'kind and grade',
        text: '申请人王五，肢体残疾二级',
        expect: [{ value: '肢体残疾二级', piType: 'SPI.IDENTITY.DISABILITY', class: 'sensitive' }],
      },
      { name: 'a labelled grade', text: '残疾等级：三级', expect: [{ value: '三级' }] },
      { name: 'a card holder', text: '他是一名持证残疾人', expect: [{ value: '他是一名持证残疾人' }] },
    ],
    invalid: [
      { name: 'policy naming the category', text: '残疾人身份信息属于敏感个人信息' },
      { name: 'a public service notice', text: '本站为残疾人提供无障碍通道' },
    ],
  })) {
    it(t.name, t.run);
  }
});
