// A syllable in Hanyu Pinyin with a tone mark (or a tone number): what some converted pages put after each
// traditional character, e.g. 個(gè)人信息保護(hù). Plain ASCII words in brackets (abbreviations) stay.
const TONED = /([\u3400-\u9fff\uf900-\ufaff])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*|[a-zü]{1,6}[1-5])[)）]/g;

/** Removes inline pinyin annotations after Chinese characters, so that keywords and names read whole again. */
export function stripInlinePinyin(text: string): string {
  return text.replace(TONED, '$1');
}
