import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { healthTerms } from './health-terms.js';

describe('health-terms', () => {
  for (const t of recognizerTests(healthTerms, {
    valid: [
      {
        name: 'a diagnosis',
        text: '患者张某，诊断：2型糖尿病',
        expect: [{ piType: 'SPI.MED.CONDITION', class: 'sensitive', value: '2型糖尿病', minScore: 0.8 }],
      },
      { name: 'a first-person symptom', text: '我最近嗓子很痛怎么办', expect: [{ piType: 'SPI.MED.CONDITION', value: '嗓子很痛' }] },
      {
        name: 'reproductive information',
        text: '她有流产史，目前孕周不详',
        expect: [
          { piType: 'SPI.MED.REPRO', value: '流产史' },
          { piType: 'SPI.MED.REPRO', value: '孕周' },
        ],
      },
      { name: 'a test', text: '复查糖化血红蛋白7.2%', expect: [{ piType: 'SPI.MED.TEST', value: '糖化血红蛋白' }] },
      { name: 'Latin term with boundaries', text: '检测结果 HIV 阳性', expect: [{ value: 'HIV' }] },
      {
        name: 'a bodily function in decline',
        text: '三个月内体重急速下降',
        expect: [{ value: '体重急速下降', piType: 'SPI.MED.CONDITION' }],
      },
      { name: 'examination report language', text: '双肺未见明显异常', expect: [{ value: '未见明显异常', piType: 'SPI.MED.TEST' }] },
      { name: 'a mouth complaint', text: '嘴里起了个泡', expect: [{ value: '嘴里起了个泡' }] },
      { name: 'our own short Latin terms survive the noise filter', text: '我的hpv检查结果', expect: [{ value: 'hpv' }] },
    ],
    invalid: [
      { name: 'a decline that is not bodily', text: '销量急速下降' },
      { name: 'policy naming the category', text: '我们会收集您的健康信息、病历资料和体检报告。' },
      { name: 'news without a health fact', text: '中国WAR3的典型电竞项目在人流里很受欢迎' },
      { name: 'a Latin term inside a word', text: 'AHIVB-2 型号' },
    ],
  })) {
    it(t.name, t.run);
  }
});
