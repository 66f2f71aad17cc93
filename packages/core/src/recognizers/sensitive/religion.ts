import { defineRecognizer } from '../../recognizer.js';

const FAITH = '(?:佛教|道教|伊斯兰教|回教|天主教|基督教|基督新教|东正教|犹太教|印度教|藏传佛教|喇嘛教)';
const BELIEVER = '(?:基督徒|天主教徒|佛教徒|穆斯林|伊斯兰教徒|道教徒|犹太教徒|教徒|信徒|居士|神父|牧师|修女|阿訇|伊玛目|和尚|僧人|道士)';

/**
 * A person's religion (PIPL Art. 28): a labelled value (宗教信仰：基督教), a belief verb with a faith (信仰伊斯兰教,
 * 皈依佛教), a first-person or third-person "is a believer" (他是一名穆斯林), or a rite (受洗). Naming the
 * category (宗教信仰信息) gives nothing.
 */
export const religion = defineRecognizer({
  meta: {
    id: 'religion',
    entity: 'RELIGION',
    piType: 'SPI.RELIGION',
    country: 'CN',
    description: 'Religious belief or affiliation of a person: labelled values, belief verbs + faith, "is a believer", baptism/conversion.',
    references: ['pi-taxonomy.md §2.2 宗教信仰信息', 'GB/T 45574-2025 Annex A'],
    version: 1,
  },
  // What each pattern holds: a faith after a belief verb or a label's colon, a believer after 是/为/了 or a
  // counter (一名, 虔诚的), or a rite. The old character class (信, 女, 师…) passed nearly every window.
  prefilter: new RegExp(`(?:[仰奉依了信]|[:：]\\s*)${FAITH}|[是为了名位个的]${BELIEVER}|受洗|受戒|皈依|入教|做礼拜|去清真寺礼拜`),
  patterns: [
    { name: 'label', regex: new RegExp(`(?:宗教信仰|宗教|信仰)\\s*[:：]\\s*(${FAITH})`, 'g'), score: 0.9, group: 1 },
    { name: 'belief-verb', regex: new RegExp(`(?:信仰|信奉|皈依|信了|改信|笃信|信)(?:了)?${FAITH}`, 'g'), score: 0.75 },
    {
      name: 'is-believer',
      regex: new RegExp(`(?:我|他|她|本人|其|该生|该员工|父亲|母亲)(?:是|为|成为了?)(?:一名|一位|一个|虔诚的)*${BELIEVER}`, 'g'),
      score: 0.75,
    },
    { name: 'rite', regex: /(?:我|他|她|本人|其)(?:已|已经|于\d{4}年)?(?:受洗|受戒|皈依|入教|做礼拜|去清真寺礼拜)/g, score: 0.7 },
  ],
});
