import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { travelRecord } from './travel-record.js';

describe('travel-record', () => {
  for (const t of recognizerTests(travelRecord, {
    valid: [
      {
        name: 'train with a seat',
        text: '乘客李四 G1868次 05车12F',
        expect: [{ value: 'G1868次 05车12F', piType: 'PI.LOC.TRAVEL', minScore: 0.9 }],
      },
      { name: 'a train taken', text: '病例2于1月20日乘坐D2212次列车返回', expect: [{ value: 'D2212', minScore: 0.9 }] },
      { name: 'a labelled flight', text: '航班号：CA1234 登机口 B12', expect: [{ value: 'CA1234' }] },
      { name: 'a lower-case labelled flight', text: 'flight: ca1234', expect: [{ value: 'ca1234' }] },
      { name: 'a flight taken', text: '他于3月2日乘坐MU5101返回上海', expect: [{ value: 'MU5101' }] },
      { name: 'a train with a seat is one finding', text: '乘坐G1868次 05车12F离开', expect: [{ value: 'G1868次 05车12F' }] },
    ],
    invalid: [
      { name: 'policy naming the category', text: '我们会收集您的车次、航班等出行信息' },
      { name: 'a product model', text: '型号 G1868 的参数如下' },
      // A letter and a digit elsewhere in the text (ID A123) must not make a bare number a flight.
      { name: 'digits alone after 航班', text: '工号A123，本月航班 2024 班次，航班号 501' },
    ],
  })) {
    it(t.name, t.run);
  }
});
