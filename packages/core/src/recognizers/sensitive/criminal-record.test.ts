import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { criminalRecord } from './criminal-record.js';

describe('criminal-record', () => {
  for (const t of recognizerTests(criminalRecord, {
    valid: [
      {
        name: 'conviction and sentence',
        text: '被告人张某因盗窃罪被判处有期徒刑三年',
        expect: [
          { value: '因盗窃罪', piType: 'SPI.OTHER.CRIMINAL', class: 'sensitive', minScore: 0.9 },
          { value: '判处有期徒刑三年', minScore: 0.9 },
        ],
      },
      { name: 'administrative detention', text: '他曾被行政拘留10日', expect: [{ value: '行政拘留10日' }] },
      { name: 'a labelled prior conviction', text: '前科：有', expect: [{ value: '前科：有' }] },
    ],
    invalid: [
      { name: 'a crime named in a campaign', text: '依法有力打击侵犯个人信息犯罪，保护公民权益' },
      { name: 'policy naming the category', text: '我们不会收集您的犯罪记录信息' },
      { name: 'law text about penalties in general', text: '刑法规定的刑罚分为主刑和附加刑' },
    ],
  })) {
    it(t.name, t.run);
  }
});
