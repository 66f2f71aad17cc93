import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { maritalStatus } from './marital-status.js';

describe('marital-status', () => {
  for (const t of recognizerTests(maritalStatus, {
    valid: [
      { name: 'a labelled value', text: '婚姻状况：离异', expect: [{ value: '离异', piType: 'PI.BASIC.MARITAL' }] },
      { name: 'in a profile list', text: '李四，女，35岁，已婚，本科', expect: [{ value: '已婚', minScore: 0.7 }] },
    ],
    invalid: [
      { name: 'policy naming the category', text: '我们可能收集您的婚姻状况、教育背景等信息' },
      { name: 'a status word in prose without a profile', text: '关于离婚冷静期的讨论持续升温' },
    ],
  })) {
    it(t.name, t.run);
  }
});
