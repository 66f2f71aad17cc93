import { FOREIGN_PLACES } from './lexicons/foreign-places.js';
import { drawNameKind, FOREIGN_SYLLABLES, generateCnName, TOP_SURNAMES } from './synth-cn-names.js';
import type { Rng } from './random.js';
import { assemble, type TaggedText } from './tagged-text.js';

// Sentence templates written for this project: news, forms, waybills, notices, chat. `N` marks a name;
// `P` a place, `O` an organisation, `D` a number. Negative templates hold words that start with a
// surname character (高度, 黄金, 王国...) and no name.
const TEMPLATES = [
  'N表示，今年的工作重点是稳增长。',
  '记者N报道，P的房价连续三个月下跌。',
  '据N介绍，这个项目总投资D亿元。',
  'N说：“我们会继续努力。”',
  'O董事长N在会上发言。',
  '主演N和N在发布会上亮相。',
  '导演N的新片将于下月上映。',
  '球员N在第D分钟打进一球。',
  'O主教练N赛后接受了采访。',
  'N教授认为，市场仍有下行风险。',
  'N昨日抵达P，开始为期三天的访问。',
  '姓名：N 性别：男 年龄：D',
  '姓名：N，联系电话：13800000000',
  '收件人：N 电话：138****0000 地址：P',
  '寄件人N，收件人N。',
  '患者N，女，D岁，因头痛入院。',
  '申请人N于D年提出申请。',
  '联系人：N',
  '法定代表人：N',
  '投保人N，被保险人N。',
  '当事人N不服判决，提起上诉。',
  '被告人N犯盗窃罪，判处有期徒刑D年。',
  '经查，N与N系夫妻关系。',
  'N和N是大学同学。',
  '我跟N去P玩了一天，好开心',
  '今天见到了N，太激动了！',
  '@N 生日快乐！',
  '转发微博：N的新歌真好听',
  'N老师今天布置了很多作业',
  'N的父亲N是一名医生。',
  'P市市长N出席了开幕式。',
  '国务院总理N会见了O代表团。',
  'N当选为O主席。',
  '前锋N因伤缺席本场比赛。',
  '在N的带领下，O取得了好成绩。',
  '作家N的小说获得了茅盾文学奖。',
  '歌手N将在P举办演唱会。',
  'N（右）与N握手。',
  '获奖者：N、N、N。',
  'N，男，汉族，D年出生，P人。',
  '本报讯（记者N 通讯员N）',
  '责任编辑：N',
  'O发言人N回答了记者提问。',
  'N称，将对此事进行调查。',
  'N在接受采访时表示，明年会更好。',
  '由N执导的电影票房突破D亿。',
  'N被任命为O总经理。',
  '学生N的家长N来到学校。',
  '监护人：N',
  '收货人N，手机号码已隐藏。',
  '开户名：N',
  '户主N，家庭成员D人。',
  '值班医生N为病人做了检查。',
  'N获得了本届比赛的冠军。',
];
const NEGATIVE = [
  '各级政府高度重视安全生产工作。',
  '黄金周期间P的游客明显增加。',
  '这个王国的历史非常悠久。',
  '马上就要放假了，大家都很开心。',
  '周末我们去P看电影吧。',
  '他张开双手迎接我们。',
  '李子和桃子都熟了。',
  '林业部门加强了森林防火。',
  '何时才能解决这个问题？',
  '罗列了许多理由也没用。',
  '郑重声明：本公司从未授权任何人。',
  '谢谢大家的支持和鼓励！',
  '唐朝是中国历史上的一个强盛时期。',
  '许多人都不知道这个秘密。',
  '韩国队以D比D战胜了对手。',
  '高速公路上发生了一起交通事故。',
  '黄色预警信号已经发布。',
  '王者荣耀更新了新版本。',
  '江河湖泊的水质有所改善。',
  '金融市场出现了较大波动。',
  '石油价格持续上涨。',
  '孙子兵法是一部古代兵书。',
  '朱红色的大门十分醒目。',
  '白天和黑夜的温差很大。',
  '万事开头难，坚持就是胜利。',
  '方法比努力更重要。',
  '向前看，不要回头。',
  '钱包丢了，好郁闷。',
  '成都是一座来了就不想走的城市。',
  '严格落实各项防控措施。',
  '武汉的热干面很好吃。',
  '龙舟比赛吸引了大批观众。',
  '史上最强的阵容终于来了。',
  '杨柳依依，春风拂面。',
  '陈列馆里展出了许多文物。',
  '吴语是一种汉语方言。',
  '周围的环境非常安静。',
  '徐徐展开的画卷令人惊叹。',
  '马路上车来车往。',
  '毛衣织好了，很暖和。',
  '左右为难的时候就问问自己。',
  '常常想起过去的日子。',
  '温度下降了D度。',
  'O今年的营业收入为D亿元。',
  'P的人口超过D万。',
  '请输入您的姓名和电话号码。',
  '姓名、身份证号码属于个人信息。',
];
// Transliterated words that are not people: clubs, cities, islands, companies (莫斯科, 切尔西, 布莱克本队).
const FOREIGN_NON_PERSON = [
  'F队主场迎战F队。',
  'FvsF，推荐主胜。',
  '本轮F客场挑战F。',
  '我们去F岛度假了。',
  'F市的天气很好。',
  'F公司发布了新产品。',
  'F大学的研究人员发现了新物种。',
  '在F举行的会议上，各方达成了协议。',
  'F俱乐部宣布签下一名新援。',
  '从F出发，经过F，到达F。',
  'F银行的股价上涨了。',
  '上赛季F输给了F。',
  'F在联赛中排名第D。',
  'F酒店位于市中心。',
  'F博物馆收藏了大量文物。',
];
// Titles and roles written right before a name in news (副局长N, 主力中卫N, 高级经济师N).
const ROLES = [
  '总经理',
  '副总经理',
  '董事长',
  '执行董事',
  '董事',
  '经理',
  '公关部经理',
  '副局长',
  '局长',
  '处长',
  '科长',
  '厅长',
  '部长',
  '副市长',
  '市长',
  '省长',
  '县长',
  '书记',
  '常委',
  '政治局常委',
  '主席',
  '副主席',
  '总统',
  '总理',
  '大使',
  '发言人',
  '主任',
  '院长',
  '校长',
  '教授',
  '副教授',
  '研究员',
  '经济师',
  '高级经济师',
  '分析师',
  '工程师',
  '律师',
  '法官',
  '检察官',
  '警官',
  '民警',
  '医生',
  '主任医师',
  '护士长',
  '记者',
  '编辑',
  '主编',
  '作家',
  '画家',
  '书法家',
  '导演',
  '制片人',
  '演员',
  '歌手',
  '主持人',
  '球员',
  '前锋',
  '中卫',
  '后卫',
  '门将',
  '队长',
  '主教练',
  '助教',
  '教练',
  '选手',
  '冠军',
  '老板',
  '创始人',
  '首席执行官',
  '合伙人',
  '投资人',
  '村民',
  '市民',
  '网友',
  '员工',
];
const ADDRESS_TEMPLATES = [
  'A',
  'A',
  'A',
  '收件人：N 电话：13800000000 地址：A',
  'N 13912345678 A',
  'A N 收',
  '寄往A，N收',
  '家住A的N说',
  '地址：A',
];
const ROLE_TEMPLATES = [
  'OR N表示，',
  '据OR N介绍，',
  'R N在会上指出，',
  '昨天，R N接受了采访。',
  'R N认为，这一趋势将持续。',
  '记者从O获悉，R N已离职。',
  'ORN说，明年还会继续。',
  'RN和RN出席了活动。',
  '，RN则表示反对。',
  '由RN主持的会议于昨日召开。',
  'N先生是O的R。',
  'N女士表示很满意。',
  'N（化名）今年D岁。',
  '对此，N回应称',
  '在N看来，这并不重要。',
  'N、N、N等人参加了会议。',
  '《D》的作者N',
  '与N合作的D部电影',
  '（记者N）',
  'N指出，',
  'N告诉记者，',
  'N透露，',
  'N强调，',
  'N坦言，',
  'N称，',
  '该案由N负责审理。',
  '据N的朋友说，',
  '关于N的传闻',
];
const PLACES = [
  '北京',
  '上海',
  '广州',
  '深圳',
  '杭州',
  '成都',
  '武汉',
  '西安',
  '南京',
  '重庆',
  '天津',
  '长沙',
  '郑州',
  '拉萨',
  '乌鲁木齐',
  '香港',
  '伦敦',
  '巴黎',
  '纽约',
  '东京',
];
const ORGS = ['国家队', '公司', '集团', '俱乐部', '大学', '委员会', '银行', '医院', '协会', '研究院', '皇马', '曼联', '华为', '腾讯'];

const PROVINCES = ['浙江省', '江苏省', '广东省', '山东省', '河南省', '四川省', '湖北省', '福建省', '安徽省', '河北省', ''];
const CITIES = ['杭州市', '温州市', '宁波市', '金华市', '苏州市', '南京市', '广州市', '深圳市', '济南市', '郑州市', '成都市', '武汉市', ''];
const DISTRICTS = ['西湖区', '吴兴区', '龙湾区', '义乌市', '昆山市', '天河区', '历下区', '金水区', '武侯区', '洪山区', '平阳县', ''];
const PLACE_SUFFIX = ['镇', '村', '路', '街', '街道', '乡', '庄', '社区', '小区', '花园', '大道', '巷', '家园', '新村'];

/**
 * A Chinese address whose place names start with surname characters (龙港镇, 张浦镇, 程家村): the model must
 * learn that these are places, not people.
 */
function address(rng: Rng, charPool: string): string {
  const place = (): string =>
    rng.pick(TOP_SURNAMES) + (rng.chance(0.5) ? rng.pick(charPool) : rng.pick('家江山桥湖港岙浦溪塘')) + rng.pick(PLACE_SUFFIX);
  return `${rng.pick(PROVINCES)}${rng.pick(CITIES)}${rng.pick(DISTRICTS)}${place()}${rng.chance(0.6) ? place() : ''}${1 + rng.int(300)}号${rng.chance(0.4) ? `${1 + rng.int(30)}幢${100 + rng.int(2000)}室` : ''}`;
}

/** A transliterated word that names a place or club in the templates above. */
function foreignWord(rng: Rng): string {
  if (rng.chance(0.5)) return rng.pick(FOREIGN_PLACES);
  return Array.from({ length: 2 + rng.int(3) }, () => rng.pick(FOREIGN_SYLLABLES)).join('');
}

/** Fills one template; every `N` becomes a freshly generated name, every `F` a foreign non-person word. */
function fill(template: string, rng: Rng, charPool: string, known: readonly string[]): TaggedText {
  const pieces: Array<string | { name: string }> = [];
  for (const ch of template) {
    if (ch === 'N') pieces.push({ name: generateCnName(rng, drawNameKind(rng), charPool, known) });
    else if (ch === 'P') pieces.push(rng.pick(PLACES));
    else if (ch === 'O') pieces.push(rng.pick(PLACES) + rng.pick(ORGS));
    else if (ch === 'D') pieces.push(String(1 + rng.int(98)));
    else if (ch === 'F') pieces.push(foreignWord(rng));
    else if (ch === 'R') pieces.push(rng.pick(ROLES));
    else if (ch === 'A') pieces.push(address(rng, charPool));
    else pieces.push(ch);
  }
  return assemble(pieces);
}

/** `count` generated sentences, about one in five a negative without names. */
export function generateCnSentences(rng: Rng, count: number, charPool: string, known: readonly string[]): TaggedText[] {
  return Array.from({ length: count }, () => {
    const x = rng.next();
    const template =
      x < 0.15
        ? rng.pick(NEGATIVE)
        : x < 0.25
          ? rng.pick(FOREIGN_NON_PERSON)
          : x < 0.35
            ? rng.pick(ADDRESS_TEMPLATES)
            : x < 0.6
              ? rng.pick(ROLE_TEMPLATES)
              : rng.pick(TEMPLATES);
    return fill(template, rng, charPool, known);
  });
}

/** Re-draws the names of real annotated sentences (Weibo train), keeping their real contexts. */
export function reshuffleNames(texts: readonly TaggedText[], rng: Rng, charPool: string, known: readonly string[]): TaggedText[] {
  return texts
    .filter((t) => t.names.length > 0)
    .map((t) => {
      const pieces: Array<string | { name: string }> = [];
      let at = 0;
      for (const s of t.names) {
        pieces.push(t.text.slice(at, s.start), { name: generateCnName(rng, drawNameKind(rng), charPool, known) });
        at = s.end;
      }
      pieces.push(t.text.slice(at));
      return assemble(pieces);
    });
}
