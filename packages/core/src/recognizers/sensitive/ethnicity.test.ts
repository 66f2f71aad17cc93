import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { ethnicity } from './ethnicity.js';

describe('ethnicity', () => {
  for (const t of recognizerTests(ethnicity, {
    valid: [
      { name: 'a labelled value', text: '民族：维吾尔族', expect: [{ value: '维吾尔族', piType: 'PI.BASIC.ETHNIC', minScore: 0.9 }] },
      { name: 'a label without 族', text: '民族 汉', expect: [{ value: '汉' }] },
      { name: 'form fields run together', text: '性别：男民族：汉出生年月：1971年10月', expect: [{ value: '汉' }] },
      { name: 'a résumé profile list', text: '张三，男，汉族，1970年出生，中共党员', expect: [{ value: '汉族', minScore: 0.7 }] },
    ],
    invalid: [
      { name: 'a bare group name that is the start of a word', text: '民族：汉字文化' },
      { name: 'a group named in prose', text: '这里保存了大量汉族文化的遗产' },
      { name: 'policy naming the category', text: '我们可能收集您的民族、宗教信仰等信息' },
      { name: 'a list of groups without a person', text: '当地居住着苗族、侗族、瑶族等' },
    ],
  })) {
    it(t.name, t.run);
  }
});
