import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { religion } from './religion.js';

describe('religion', () => {
  for (const t of recognizerTests(religion, {
    valid: [
      {
        name: 'a labelled value',
        text: '姓名：张三 宗教信仰：基督教',
        expect: [{ value: '基督教', piType: 'SPI.RELIGION', class: 'sensitive' }],
      },
      { name: 'a belief verb with a faith', text: '他从小信仰伊斯兰教', expect: [{ value: '信仰伊斯兰教' }] },
      { name: 'is a believer', text: '她是一名虔诚的佛教徒', expect: [{ value: '她是一名虔诚的佛教徒' }] },
      { name: 'a rite', text: '我已经受洗三年了', expect: [{ value: '我已经受洗' }] },
      { name: 'a clergy role (no 教 or 徒 in the words)', text: '他是一名牧师', expect: [{ value: '他是一名牧师' }] },
    ],
    invalid: [
      { name: 'policy naming the category', text: '我们不会收集您的宗教信仰、种族等敏感信息。' },
      { name: 'history of a religion', text: '佛教于东汉时期传入中国' },
    ],
  })) {
    it(t.name, t.run);
  }
});
