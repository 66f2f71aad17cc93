// The trap of gitleaks #2257: a prefilter that is not implied by the pattern silently drops true positives.
// Each recogniser of words runs once without its prefilter over positive samples of every pattern; the text
// of every finding, with the label before it for patterns that report a group (民族：汉 reports 汉), must
// contain a match of the real prefilter (the analyzer tests it on the whole window).
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../analyzer/create-analyzer.js';
import type { Recognizer } from '../../recognizer.js';
import { cnAddress } from '../cn/cn-address.js';
import { enStreetAddress } from '../generic/en-street-address.js';
import { biometricData } from './biometric-data.js';
import { creditRecord } from './credit-record.js';
import { criminalRecord } from './criminal-record.js';
import { disabilityStatus } from './disability-status.js';
import { ethnicity } from './ethnicity.js';
import { financialCredential } from './financial-credential.js';
import { healthRecordFields } from './health-record-fields.js';
import { healthTerms } from './health-terms.js';
import { lodging } from './lodging.js';
import { maritalStatus } from './marital-status.js';
import { minorAge } from './minor-age.js';
import { religion } from './religion.js';
import { sexualOrientation } from './sexual-orientation.js';
import { trajectory } from './trajectory.js';
import { travelRecord } from './travel-record.js';

// How far before a reported group its label may start (残疾等级：三级, 宗教信仰：基督教).
const LABEL_REACH = 8;

const SAMPLES: Array<[Recognizer, string[], string?]> = [
  [cnAddress, ['北京市朝阳区建国路8号3号楼2单元501室', '请寄到文汇路18号', '收货地址：北京市朝阳区****', '阳光花园3栋2单元501室']],
  [
    enStreetAddress,
    ['742 Evergreen Terrace, Springfield, OR 97403', 'PSC 1234, Box 5678 APO AE 09012', 'Villacher Strasse 89', 'Rua do Arenque 1634'],
  ],
  [biometricData, ['0.1,0.5,-0.3,0.9,0.7,-0.4,0.6,0.2,0.1'], 'face_feature'],
  [
    biometricData,
    ['人脸特征值：QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODk=', '游客 2024-05-01 09:12 刷脸入园成功', 'spk_0001.wav'],
    'voiceprint',
  ],
  [creditRecord, ['累计逾期6次', '征信有不良记录', '被列入失信被执行人', '芝麻信用分：712']],
  [criminalRecord, ['因盗窃罪被判处有期徒刑三年', '行政拘留10日', '前科：有', '刑满释放人员']],
  [disabilityStatus, ['肢体残疾二级', '残疾等级：三级', '他是一名盲人', '她是聋哑人']],
  [ethnicity, ['民族：维吾尔族', '民族 汉', '张三，男，汉族，1970年出生']],
  [financialCredential, ['信用卡 CVV2 123', '有效期 12/27', '银行账号已绑定，支付密码：246810', 'card expiry: 09/2029']],
  [healthRecordFields, ['住院号：20230456', '主诉：反复咳嗽3周', '出院诊断编码 F32.1', '空腹血糖 7.8 mmol/L']],
  [
    healthTerms,
    ['诊断：2型糖尿病', '我嗓子很痛', '流产史', '检测结果 HIV 阳性', '长期吃解郁丸的副作用', '体重急速下降', '双肺未见明显异常'],
  ],
  [lodging, ['3月5日入住如家酒店8012房', '房号：1203 退房']],
  [maritalStatus, ['婚姻状况：离异', '李四，女，35岁，已婚，本科', '丧偶']],
  [minorAge, ['我儿子8岁', '年龄：12', '8个月大的宝宝', '三年级二班', '三(2)班', '幼儿园大班']],
  [religion, ['宗教信仰：基督教', '信仰伊斯兰教', '他是一名牧师', '他是一名神父', '我已经受洗']],
  [sexualOrientation, ['性取向：同性', '他是同性恋', '他是gay', '患者有高危性行为史']],
  [
    trajectory,
    ['1月20日 乘坐地铁到达人民广场站，1月21日 14:30 前往万达广场，1月22日 到市第一医院就诊', '08:01 东门闸机 12:15 北门 18:40 南门'],
  ],
  [travelRecord, ['G1868次 05车12F', '乘坐D2212次', '航班号：CA1234', 'flight: ca1234', '乘坐MU5101返回']],
];

describe('prefilters of the recognisers of words are implied by their findings', () => {
  for (const [r, texts, context] of SAMPLES) {
    it(`${r.meta.id}${context ? ` (context ${context})` : ''}`, () => {
      const open = { ...r, prefilter: /[\s\S]/ };
      const analyzer = createAnalyzer({ recognizers: [open], types: [r.meta.id], minScore: 0 });
      let findings = 0;
      for (const text of texts) {
        for (const f of analyzer.analyze(text, context ? { context } : {})) {
          findings++;
          const matched = text.slice(Math.max(0, f.start - LABEL_REACH), f.end);
          expect(r.prefilter.test(matched), `${r.meta.id}: prefilter ${r.prefilter} misses "${matched}"`).toBe(true);
        }
      }
      expect(findings, `${r.meta.id}: the samples must produce findings`).toBeGreaterThanOrEqual(texts.length);
    });
  }
});
