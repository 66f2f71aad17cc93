import { describe, expect, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnPersonName } from './cn-person-name.js';

// Placeholder names built in code (张三 is the Chinese "John Doe"); none is a real person's record.
const zhangSan = '张' + '三';
const compound = '欧阳' + '娜娜';
const uyghur = ['买买提', '艾力'];
const tibetan = '扎西' + '次仁';
const recipient = '张' + '晓峰';

describe('cn-person-name', () => {
  for (const t of recognizerTests(cnPersonName, {
    valid: [
      {
        name: 'form with a colon',
        text: `姓名：${zhangSan} 性别：男`,
        expect: [{ value: zhangSan, start: 3, end: 5, state: 'exposed', minScore: 0.9, piType: 'PI.BASIC.NAME', entity: 'PERSON' }],
      },
      { name: 'form without separators stops at the next field', text: `姓名${'张伟'}性别男年龄30`, expect: [{ value: '张伟', start: 2 }] },
      {
        name: 'waybill recipient with a compound surname',
        text: `收件人：${compound} 电话：13800000000`,
        expect: [{ value: compound, minScore: 0.9 }],
      },
      { name: 'traditional characters (Hong Kong, Taiwan)', text: '聯絡人：陳大文，電話：91234567', expect: [{ value: '陳大文' }] },
      { name: 'Tibetan name without surname after a strong label', text: `申请人：${tibetan}，男`, expect: [{ value: tibetan }] },
      { name: 'surname + one mask is masked', text: '联系人：张*', expect: [{ value: '张*', state: 'masked' }] },
      { name: 'surname + two masks is masked', text: `收件人 张** 已签收`, expect: [{ value: '张**', state: 'masked' }] },
      { name: 'compound surname + masks is masked', text: '寄件人：欧阳**', expect: [{ value: '欧阳**', state: 'masked' }] },
      { name: '张某 in a judgment is masked', text: '被告人张某于当晚离开。', expect: [{ value: '张某', state: 'masked' }] },
      { name: '张某某 is masked', text: '原告李某某诉称，', expect: [{ value: '李某某', state: 'masked' }] },
      { name: 'middle masked (张*丰) is partially masked', text: '收货人张*丰，', expect: [{ value: '张*丰', state: 'partially_masked' }] },
      {
        name: 'surname masked, given name visible (*三) is partially masked',
        text: '姓名：*三',
        expect: [{ value: '*三', state: 'partially_masked' }],
      },
      {
        name: 'Uyghur name with a middle dot',
        text: `${uyghur.join('·')}在乌鲁木齐工作。`,
        expect: [{ value: uyghur.join('·'), start: 0, end: 6 }],
      },
      { name: 'bullet as the dot', text: `据${uyghur.join('•')}介绍`, expect: [{ value: uyghur.join('•') }] },
      {
        name: 'full-width dot maps back to the original span',
        text: `${uyghur.join('．')}说`,
        expect: [{ value: uyghur.join('．'), start: 0, end: 6 }],
      },
      {
        name: 'a name column gives a bare cell its context',
        text: zhangSan,
        context: '姓名',
        expect: [{ value: zhangSan, minScore: 0.9 }],
      },
      {
        name: 'a role word before a name is kept as an attribute',
        text: `记者王小明报道，今年的粮食产量再创新高。`,
        expect: [{ value: '王小明', attributes: { role: '记者' } }],
      },
      {
        name: 'a title of the title rule is a role too (one list for both)',
        text: `监事王小明表示，公司将按期披露年报。`,
        expect: [{ value: '王小明', attributes: { role: '监事' } }],
      },
      {
        name: 'a recipient after an address, before the phone; the building named like a person is not a name',
        text: `浙江省杭州市西湖区文三路88号康力大厦5楼 ${recipient} 13800000000`,
        expect: [{ value: recipient }],
      },
      {
        name: 'a byline with two names',
        text: `（记者王小明 通讯员${recipient}）`,
        expect: [{ value: '王小明' }, { value: recipient }],
      },
    ],
    invalid: [
      { name: 'a list of policy phrases (公共安全 is tagged nr in jieba)', text: '与公共安全、公共卫生、重大公共利益直接相关的；' },
      { name: 'a company named like a person in a résumé line', text: '现任万丰奥威股份有限公司董事、总经理。' },
      { name: 'common word starting with a surname character (高度)', text: '各级政府高度重视安全生产工作。' },
      { name: '黄金 is gold', text: '黄金价格持续上涨。' },
      { name: '王国 is a kingdom', text: '这个王国的历史非常悠久。' },
      { name: '于某日 is a date, not a name', text: '于某日下午到达现场。' },
      { name: '和某些 is "with some"', text: '和某些人一样，他也不喜欢。' },
      { name: 'a name column does not make a common word a name', text: '高度', context: '姓名' },
      { name: 'a label used as a word (持卡人在选择)', text: '建议持卡人在选择前谨慎考虑。' },
      { name: 'a dotted place is not a minority name', text: '中国·北京国际会议中心' },
      { name: 'prose about names', text: '根据《个人信息保护法》，姓名属于个人信息。' },
      { name: 'no Han character', text: 'hello world 12345' },
      { name: 'a surname running into a verb phrase (曾被)', text: '近日，曾被称为青年导师的那本书再版了。' },
      { name: '曾任 is "once served as"', text: '他曾任公司总经理，曾获劳动模范称号。' },
      { name: '任 before a place is "served in"', text: '毕业后任中国银行信贷员。' },
      { name: 'privacy-policy prose (用户名和密码, 向您)', text: '请输入用户名和密码，我们将向您发送验证码，并记录使用时长。' },
    ],
  })) {
    it(t.name, t.run);
  }
});

describe('cn-person-name on hostile input', () => {
  it('200 KB of surname characters without a newline stays in bounds', () => {
    const text = '王李张刘陈·'.repeat(35_000);
    const found = cnPersonName.find!(text);
    for (const c of found) expect(c.end).toBeLessThanOrEqual(text.length);
  });

  it('handles mask runs and label runs without blowing up', () => {
    const text = `${'姓名：'.repeat(20_000)}${'张*'.repeat(20_000)}${'某'.repeat(20_000)}`;
    expect(() => cnPersonName.find!(text)).not.toThrow();
  });
});
