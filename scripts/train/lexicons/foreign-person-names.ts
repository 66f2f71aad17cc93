// Chinese renderings of common foreign given names and family names, written by hand from general knowledge
// (the usual Xinhua-style transliterations of the most frequent English, German, French, Italian, Spanish,
// Portuguese and Russian names, and common Japanese family and given names). News names a foreign person by
// the family name alone more often than not (…表示), so the generator draws whole names and family names.

/** Foreign given names in transliteration. */
export const FOREIGN_GIVEN = (
  '约翰 大卫 迈克尔 詹姆斯 罗伯特 威廉 理查德 托马斯 查尔斯 乔治 彼得 保罗 马克 安德鲁 丹尼尔 马修 克里斯 ' +
  '布莱恩 凯文 杰森 埃里克 弗兰克 斯科特 汤姆 杰克 哈里 路易斯 卡洛斯 胡安 何塞 安东尼奥 马里奥 ' +
  '弗朗西斯科 皮埃尔 让 汉斯 弗里德里希 伊万 谢尔盖 安德烈 德米特里 尼古拉 弗拉基米尔 米哈伊尔 塞巴斯蒂安 ' +
  '卢卡 马特奥 拉斐尔 费尔南多 迭戈 巴勃罗 哈维尔 曼努埃尔 阿尔贝托 恩里科 朱塞佩 乔瓦尼 马可 菲利普 ' +
  '蒂莫西 乔纳森 本杰明 塞缪尔 爱德华 亨利 阿瑟 雷蒙德 道格拉斯 肯尼斯 史蒂文 布兰登 瑞安 贾斯汀 ' +
  '玛丽 安娜 伊丽莎白 苏珊 琳达 芭芭拉 詹妮弗 莎拉 劳拉 艾米丽 凯特 朱莉 索菲亚 奥利维亚 艾玛 娜塔莎 ' +
  '玛利亚 克里斯蒂娜 海伦 安吉拉 凯瑟琳 维多利亚 夏洛特 伊莎贝拉 露西 克莱尔 莫妮卡 丽贝卡 杰西卡 ' +
  '阿曼达 斯蒂芬妮 妮可 米歇尔 卡罗琳 塔蒂亚娜 伊琳娜 奥尔加 叶莲娜 斯维特兰娜'
).split(' ');

/** Foreign family names in transliteration. */
export const FOREIGN_FAMILY = (
  '史密斯 约翰逊 威廉姆斯 布朗 琼斯 米勒 戴维斯 加西亚 罗德里格斯 威尔逊 马丁内斯 安德森 泰勒 托马斯 摩尔 ' +
  '马丁 杰克逊 汤普森 怀特 哈里斯 克拉克 刘易斯 罗宾逊 沃克 艾伦 赖特 斯科特 希尔 格林 贝克 ' +
  '纳尔逊 卡特 米切尔 罗伯茨 特纳 菲利普斯 坎贝尔 帕克 埃文斯 爱德华兹 柯林斯 莫里斯 墨菲 ' +
  '库克 罗杰斯 摩根 库珀 彼得森 里德 贝利 贝尔 凯利 霍华德 沃德 考克斯 理查森 伍德 沃森 布鲁克斯 ' +
  '班尼特 格雷 休斯 普莱斯 桑德斯 迈尔斯 罗斯 福斯特 穆勒 施密特 施耐德 菲舍尔 韦伯 迈耶 瓦格纳 ' +
  '贝克尔 舒尔茨 霍夫曼 克劳斯 伊万诺夫 彼得罗夫 斯米尔诺夫 库兹涅佐夫 波波夫 索科洛夫 列别杰夫 ' +
  '罗西 鲁索 费拉里 埃斯波西托 比安奇 罗马诺 科隆博 里奇 马里诺 格雷科 布鲁诺 加洛 孔蒂 德卢卡 ' +
  '贝尔纳 杜邦 迪朗 勒费弗尔 莫罗 洛朗 西蒙 米歇尔 费尔南德斯 冈萨雷斯 洛佩斯 桑切斯 佩雷斯 戈麦斯 ' +
  '席尔瓦 桑托斯 奥利维拉 索萨 佩雷拉 科斯塔 卡瓦略 阿尔维斯 里贝罗 霍普金斯 布莱尔 卡梅伦 默多克 ' +
  '德雷克 诺兰 哈特 韦斯特 格兰特 肯尼迪 林肯 富兰克林 汉密尔顿 杜兰特 霍顿 布莱克 弗格森 鲁尼 ' +
  '贝克汉姆 杰拉德 兰帕德 克洛普 安切洛蒂 穆里尼奥 瓜迪奥拉 齐达内 马拉多纳 罗纳尔迪尼奥 ' +
  '伊布拉希莫维奇 莱万多夫斯基 诺伊尔 罗本 斯内德 范佩西 亨特 卡佩罗 里皮 德尚 勒夫 萨内 ' +
  '巴赫 莫扎特 贝多芬 肖邦 毕加索 莫奈 达尔文 牛顿 爱因斯坦 莎士比亚 托尔斯泰 海明威 卡夫卡'
).split(' ');

/** Japanese family names (written with their Chinese characters). */
export const JAPANESE_FAMILY = (
  '田中 佐藤 铃木 高桥 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 ' +
  '池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 ' +
  '福田 太田 西村 藤井 冈本 藤原 三浦 中野 中川 原田 松田 竹内 小野 中山 和田 石田 森田 上田 ' +
  '柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 岛田 谷口 大野 丸山 今井 河野 村田 武田 上野 杉山'
).split(' ');

/** Japanese given names. */
export const JAPANESE_GIVEN = (
  '一郎 健太 太郎 翔太 大辅 拓也 直树 浩二 健一 诚 隆 博 刚 修 达也 和也 雄一 光 茂 胜 正雄 秀树 ' +
  '明美 由美 惠子 美穗 爱 真由美 阳子 裕子 直美 久美子 幸子 纪子 美咲 葵 结衣 优子 亚希子 千寻'
).split(' ');
