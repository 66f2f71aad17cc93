import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { sexualOrientation } from './sexual-orientation.js';

describe('sexual-orientation', () => {
  for (const t of recognizerTests(sexualOrientation, {
    valid: [
      { name: 'a labelled value', text: '性取向：同性', expect: [{ value: '同性', piType: 'SPI.OTHER.SEX', class: 'sensitive' }] },
      { name: 'a statement', text: '其实他是同性恋，家里人不知道', expect: [{ value: '他是同性恋' }] },
      { name: 'a clinical record of sexual behaviour', text: '患者有高危性行为史', expect: [{ value: '高危性行为' }] },
    ],
    invalid: [
      { name: 'policy naming the category', text: '我们不会收集您的性取向等敏感个人信息' },
      { name: 'discussion of the topic', text: '关于同性恋婚姻合法化的讨论' },
    ],
  })) {
    it(t.name, t.run);
  }
});
