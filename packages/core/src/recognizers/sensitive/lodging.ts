import { defineRecognizer } from '../../recognizer.js';

const HOTEL =
  '[\\u4e00-\\u9fa5A-Za-z0-9·（）()]{2,20}?(?:大酒店|酒店|宾馆|旅馆|饭店|客栈|民宿|招待所|旅社|度假村|公寓酒店)(?:[（(][\\u4e00-\\u9fa5A-Za-z0-9]{1,10}[)）])?';
const ROOM = '(?:[A-Za-z]?\\d{3,5})(?:房间|房|室|号房)';

/**
 * Lodging records (住宿信息, 法释〔2017〕10号: 500-record tier): a stay at a named hotel (入住如家酒店, with a room
 * when given), or a labelled room number beside check-in words. A hotel named in a review or an advert is no stay.
 */
export const lodging = defineRecognizer({
  meta: {
    id: 'lodging',
    entity: 'LODGING_RECORD',
    piType: 'PI.LOC.LODGING',
    country: 'CN',
    description: 'Hotel stays: check-in verb + hotel (+ room), labelled room numbers beside check-in/out words.',
    references: ['pi-taxonomy.md §2.5 PI.LOC.LODGING', '法释〔2017〕10号 Art. 5 (住宿信息)', 'GB/T 35273-2020 Annex B'],
    version: 1,
  },
  // Words every pattern holds; the old single characters (住 as in 居住, 房 as in 房屋) passed most prose.
  prefilter: /入住|住进|住在|开房|下榻|房号|房间/,
  patterns: [
    {
      name: 'stay',
      regex: new RegExp(`(?:入住|住进|住在|开房|下榻|登记入住)(?:于|了)?${HOTEL}(?:[\\u4e00-\\u9fa5]{0,3}?${ROOM})?`, 'g'),
      score: 0.6,
    },
    { name: 'room-label', regex: /(?:房号|房间号|入住房间|房间)\s*[:：]\s*[A-Za-z]?\d{3,5}/g, score: 0.45 },
  ],
  context: { words: ['入住时间', '入住日期', '退房', '离店', '旅客', '住客', '宾客', '开房记录', '身份证', '姓名', '月', '日', '晚'] },
});
