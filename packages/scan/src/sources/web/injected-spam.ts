// Vocabulary of the gambling, pornography and pirated-film keyword lists that hacked sites carry.
const SPAM_WORDS =
  /成人|无码|毛片|一级|av天堂|国产|精品|免费电影|在线观看|久久|博彩|彩票|赌场|娱乐城|百家乐|老虎机|棋牌|开户|彩金|官方下载|app下载|亚洲|日韩|欧美|porn|casino|\bbet/i;
const SEPARATORS = /[,，、|｜/]/;
const SENTENCE_END = /[。！？!?]|\.\s/;

/**
 * Is this line an injected keyword list (hacked-site spam)? A list of many short phrases, no sentence,
 * and several phrases from the spam vocabulary. Conservative: a real list of names or a menu has no
 * spam words, and a sentence that mentions one (a news report on gambling) is a sentence.
 */
export function isInjectedSpam(line: string): boolean {
  if (SENTENCE_END.test(line)) return false;
  const parts = line
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 5) return false;
  if (parts.reduce((n, p) => n + p.length, 0) / parts.length > 16) return false;
  const spammy = parts.filter((p) => SPAM_WORDS.test(p)).length;
  return spammy >= 3 && spammy >= parts.length / 3;
}

/** The text without its injected spam lines. */
export function dropInjectedSpam(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isInjectedSpam(line))
    .join('\n');
}
