import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { trajectory } from './trajectory.js';

const itinerary = '病例3：1月20日 乘坐地铁到达人民广场站，1月21日 14:30 前往万达广场，1月22日 到市第一医院就诊。';

describe('trajectory', () => {
  for (const t of recognizerTests(trajectory, {
    valid: [
      {
        name: 'a case itinerary: three dated places',
        text: itinerary,
        expect: [{ piType: 'SPI.TRAJECTORY', class: 'sensitive', start: 4, minScore: 0.9 }],
      },
      {
        name: 'a gate log with times',
        text: '08:01 东门闸机 12:15 北门 18:40 南门',
        expect: [{ value: '08:01 东门闸机 12:15 北门 18:40 南门' }],
      },
      {
        name: 'two fixes beside a track word',
        text: '行程轨迹：3月1日 上海虹桥站，3月2日 北京南站',
        expect: [{ value: '3月1日 上海虹桥站，3月2日 北京南站' }],
      },
      {
        name: 'coordinates with times',
        text: '10:00 31.2304,121.4737 10:05 31.2310,121.4790 10:10 31.2321,121.4811',
        expect: [{ start: 0 }],
      },
      {
        name: 'a train taken is a fix, and the track runs to the end of the clause (the seat nests inside)',
        text: '1月20日 08:30 到达北京西站，1月20日 12:00 入住如家酒店8012房，1月21日 09:00 乘坐G1868次 05车12F离开。',
        expect: [{ value: '1月20日 08:30 到达北京西站，1月20日 12:00 入住如家酒店8012房，1月21日 09:00 乘坐G1868次 05车12F离开' }],
      },
    ],
    invalid: [
      { name: 'one time-stamped place is not a track', text: '我今天 14:30 到了人民广场站' },
      { name: 'policy naming the category', text: '我们会收集您的行踪轨迹、位置信息，用于提供导航服务。' },
      { name: 'two fixes without a track word', text: '会议 9:00 在一号楼，午餐 12:00 在食堂' },
    ],
  })) {
    it(t.name, t.run);
  }
});
