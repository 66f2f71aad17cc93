import { describe, expect, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { readSmallNumber } from './chinese-numerals.js';
import { minorAge } from './minor-age.js';

describe('minor-age', () => {
  for (const t of recognizerTests(minorAge, {
    valid: [
      {
        name: 'an age in digits with a child word',
        text: '我儿子8岁了',
        expect: [{ value: '8岁', class: 'sensitive', attributes: { age: 8, minor: true }, minScore: 0.85 }],
      },
      { name: 'Chinese numerals', text: '三岁小孩子感冒可以吃药吗', expect: [{ attributes: { age: 3, minor: true } }] },
      { name: 'a labelled age', text: '姓名：王小明 年龄：12', expect: [{ value: '年龄：12', attributes: { age: 12 } }] },
      { name: 'a baby in months', text: '宝宝8个月大的宝宝发烧', expect: [{ value: '8个月大的宝宝', attributes: { minor: true } }] },
      {
        name: 'a primary-school class roster',
        text: '学生：李四，三年级二班',
        expect: [{ value: '三年级二班', attributes: { minor: true } }],
      },
      { name: 'kindergarten class', text: '幼儿园大班 张小花', expect: [{ value: '幼儿园大班' }] },
      {
        name: 'roster shorthand for a primary class',
        text: '王小明,三(2)班,学号15',
        expect: [{ value: '三(2)班', attributes: { minor: true } }],
      },
    ],
    invalid: [
      { name: 'an adult age', text: '江先生的老伴今年52岁' },
      { name: 'fourteen is no longer a child', text: '她今年14岁' },
      { name: 'policy: a threshold', text: '若您是不满14周岁的未成年人，请在监护人陪同下阅读' },
      { name: 'policy: an age range', text: '本产品面向14岁以下的儿童' },
      { name: 'policy: a range with a dash', text: '适合6-12岁儿童使用' },
      { name: 'secondary school is not under 14 by itself', text: '高中三年级' },
      { name: 'a senior-high class in shorthand', text: '高三(2)班' },
    ],
  })) {
    it(t.name, t.run);
  }
  it('reads small Chinese numbers', () => {
    expect([
      readSmallNumber('八'),
      readSmallNumber('十二'),
      readSmallNumber('二十三'),
      readSmallNumber('十'),
      readSmallNumber('12'),
    ]).toEqual([8, 12, 23, 10, 12]);
    expect(readSmallNumber('百')).toBeUndefined();
  });
});
