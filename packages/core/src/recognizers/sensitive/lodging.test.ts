import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { lodging } from './lodging.js';

describe('lodging', () => {
  for (const t of recognizerTests(lodging, {
    valid: [
      {
        name: 'a stay with a room and a date',
        text: '3月5日晚入住如家酒店（人民路店）8012房',
        expect: [{ value: '入住如家酒店（人民路店）8012房', piType: 'PI.LOC.LODGING', minScore: 0.9 }],
      },
      { name: 'a room label beside check-out', text: '旅客张三 房号：1203 退房时间 12:00', expect: [{ value: '房号：1203' }] },
    ],
    invalid: [
      { name: 'policy naming the category', text: '我们可能收集您的住宿信息以完成预订' },
      { name: 'a hotel advert', text: '如家酒店全新升级，欢迎预订' },
      { name: 'a room label without a stay', text: '会议室 房间：305' },
    ],
  })) {
    it(t.name, t.run);
  }
});
