import { bankCard, email, ipv4, lookalike, mobile, residentId } from './identifiers.js';
import type { Prng } from './prng.js';

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志强春梅海燕晓东宇浩然子涵欣怡梓轩'];
const ZH_PHRASES = [
  '今天上午，公司召开了季度工作会议',
  '会议讨论了下一阶段的重点任务',
  '各部门负责人汇报了工作进展',
  '根据相关规定，我们对系统进行了升级',
  '天气预报显示明天有小雨',
  '请大家注意出行安全',
  '本次活动吸引了大量市民参与',
  '项目组按照计划完成了第一期建设',
  '我们将继续加强数据安全管理',
  '如有疑问请及时与客服联系',
  '该产品在市场上获得了良好的反馈',
  '经过多轮测试，系统运行稳定',
  '学校组织学生参观了科技馆',
  '医院门诊部延长了周末的服务时间',
];
const EN_WORDS =
  'the of and to in is that for it as was with be by on not he this are or his from at which but have an they you were her she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(
    ' ',
  );
const CITIES = [
  '北京市朝阳区',
  '上海市浦东新区',
  '广州市天河区',
  '深圳市南山区',
  '杭州市西湖区',
  '成都市武侯区',
  '武汉市洪山区',
  '西安市雁塔区',
];

function name(r: Prng): string {
  return r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.6) ? r.pick(GIVEN) : '');
}

function zhSentence(r: Prng): string {
  const parts = [r.pick(ZH_PHRASES)];
  while (r.chance(0.5)) parts.push(r.pick(ZH_PHRASES));
  return `${parts.join('，')}。`;
}

function enSentence(r: Prng): string {
  const n = 8 + r.int(14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(r.pick(EN_WORDS));
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

// One line of each kind. Identifiers appear at the density of real exports: most prose lines have none,
// most table rows several, logs an IP on every line and a user identifier now and then.
function zhProse(r: Prng): string {
  let line = zhSentence(r);
  if (r.chance(0.12)) line += `联系人${name(r)}，手机${mobile(r)}，身份证号${residentId(r)}。`;
  else if (r.chance(0.05)) line += `订单号${lookalike(r)}已发货，请注意查收。`;
  if (r.chance(0.4)) line += zhSentence(r);
  return line;
}

function enProse(r: Prng): string {
  let line = enSentence(r);
  if (r.chance(0.08)) line += ` Contact ${email(r)} or call +86 ${mobile(r)} for details.`;
  else if (r.chance(0.03)) line += ` Card ${bankCard(r)} was charged.`;
  return `${line} ${enSentence(r)}`;
}

function csvRow(r: Prng): string {
  const amount = (r.int(1_000_000) / 100).toFixed(2);
  return [
    r.int(10_000_000),
    name(r),
    mobile(r),
    residentId(r),
    r.chance(0.5) ? email(r) : '',
    r.pick(CITIES),
    r.chance(0.3) ? bankCard(r) : '',
    amount,
  ].join(',');
}

function logLine(r: Prng): string {
  const ts = `2026-0${1 + r.int(9)}-${String(1 + r.int(28)).padStart(2, '0')}T${String(r.int(24)).padStart(2, '0')}:${String(r.int(60)).padStart(2, '0')}:${String(r.int(60)).padStart(2, '0')}.${r.digits(3)}Z`;
  const level = r.pick(['INFO', 'INFO', 'INFO', 'WARN', 'DEBUG', 'ERROR']);
  const extra = r.chance(0.1) ? ` user=${r.chance(0.5) ? mobile(r) : email(r)}` : r.chance(0.1) ? ` trace=${lookalike(r)}` : '';
  return `${ts} ${level} [req-${r.digits(8)}] ${r.pick(['GET', 'POST', 'PUT'])} /api/v1/${r.pick(['orders', 'users', 'items', 'cart', 'login'])}/${r.int(100000)} ${r.pick([200, 200, 200, 404, 500])} ${r.int(900)}ms ip=${ipv4(r)}${extra}`;
}

function jsonLine(r: Prng): string {
  return JSON.stringify({
    id: r.int(1e9),
    name: name(r),
    mobile: mobile(r),
    email: email(r),
    city: r.pick(CITIES),
    created: Date.UTC(2026, 0, 1) + r.int(1e10),
  });
}

const KINDS: Array<[number, (r: Prng) => string]> = [
  [0.34, zhProse],
  [0.2, enProse],
  [0.12, csvRow],
  [0.28, logLine],
  [0.06, jsonLine],
];

/** One line of the mixed corpus (without its newline). */
export function corpusLine(r: Prng): string {
  let x = r.next();
  for (const [weight, make] of KINDS) {
    if (x < weight) return make(r);
    x -= weight;
  }
  return logLine(r);
}
