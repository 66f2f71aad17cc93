import { defineRecognizer } from '../../recognizer.js';

/**
 * Travel bookings (交通出行信息): a train with a seat (G1868次 05车12F), a train or flight taken (乘坐G1868次,
 * 航班号：CA1234), a seat on a flight. A train or flight number alone in a timetable is no one's trip.
 */
export const travelRecord = defineRecognizer({
  meta: {
    id: 'travel-record',
    entity: 'TRAVEL_RECORD',
    piType: 'PI.LOC.TRAVEL',
    country: 'CN',
    description: 'Train numbers with seats, trains and flights taken by a person, labelled flight numbers and seats.',
    references: [
      'pi-taxonomy.md §2.5 PI.LOC.TRAVEL',
      'GB/T 43697-2024 Annex B 个人位置信息 (交通出行)',
      'IATA Resolution 762 (flight designators)',
    ],
    version: 1,
  },
  // Every pattern holds one of these: a seat (05车, 5号车), a verb or label before a train or flight number
  // (乘坐G1868, 车次：D2212, 搭乘MU5101), or the word flight or 航班. The old test ([A-Za-z]\d, which every
  // match also holds) passed nearly every window of logs and tables.
  prefilter: /\d号?车|[坐乘次]\s*(?:[:：]\s*)?[A-Z]{1,2}\d|航班|[Ff][Ll][Ii][Gg][Hh][Tt]/,
  patterns: [
    {
      name: 'train-seat',
      regex:
        // The look-behind follows the letter (the same test: the character before the letter is no letter or
        // digit), so that the scan can skip to a train letter instead of trying the look-behind everywhere.
        /[GDCZTKYLS](?<![A-Za-z0-9][GDCZTKYLS])\d{1,4}次?(?:列车)?\s*(?:[，,、 ]\s*)?(?:\d{1,2}号?车厢?|\d{1,2}车)\s*\d{1,3}[A-Fa-f]?(?:号|座|铺|上铺|中铺|下铺)?/g,
      score: 0.85,
    },
    {
      name: 'train-taken',
      // A seat after the number is the train-seat pattern's (one finding per ticket).
      regex:
        /(?:乘坐|搭乘|坐|乘|车次(?:\s*[:：])?)\s*([GDCZTKYLS]\d{1,4})(?:次)?(?![A-Za-z0-9]|次?(?:列车)?\s*(?:[，,、 ]\s*)?\d{1,2}号?车)/g,
      score: 0.7,
      group: 1,
    },
    // A designator (IATA Resolution 762) is an airline code of two characters, at least one a letter (CA, 3U,
    // 9C), and a number: digits alone after 航班 are a count or a year (航班 2024年), not a flight.
    {
      name: 'flight',
      regex: /(?:航班号?|flight(?:\s*no\.?)?)\s*(?:[:：]\s*)?((?:[A-Za-z][A-Za-z0-9]|\d[A-Za-z])\d{1,4})(?![A-Za-z0-9])/gi,
      score: 0.7,
      group: 1,
    },
    // Taken without the word 航班: two letters, so that a train (G1868) is not read as a flight.
    { name: 'flight-taken', regex: /(?:乘坐|搭乘)\s*([A-Z]{2}\d{3,4})(?![A-Za-z0-9])/g, score: 0.65, group: 1 },
  ],
  context: {
    words: ['乘客', '旅客', '姓名', '身份证', '出发', '到达', '行程', '座位', '车票', '机票', '登机', '检票', '我', '他', '她', '病例'],
  },
});
