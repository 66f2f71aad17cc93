import { describe, expect, it } from 'vitest';
import { dropInjectedSpam, isInjectedSpam } from './injected-spam.js';
import { repairMojibake } from './repair-mojibake.js';

describe('isInjectedSpam', () => {
  it('finds keyword lists of hacked pages', () => {
    expect(isInjectedSpam('免费电影在线观看,精品国产,日韩二三区,无码一区,成人网站,中文字幕')).toBe(true);
    expect(isInjectedSpam('澳门博彩 | 百家乐 | 老虎机 | 娱乐城开户 | 首页 | 新闻')).toBe(true);
  });
  it('keeps menus, name lists and sentences', () => {
    expect(isInjectedSpam('首页| 国际| 军事| 财经| 产经| 房产| 金融')).toBe(false);
    expect(isInjectedSpam('张伟、王芳、刘洋、陈静、杨磊、赵敏')).toBe(false);
    expect(isInjectedSpam('警方破获一起网络赌场案，查获彩票、百家乐、老虎机等赌具。')).toBe(false);
  });
  it('drops only the spam lines', () => {
    expect(dropInjectedSpam('公示名单\n成人,无码,毛片,精品,国产,亚洲\n张伟 110101')).toBe('公示名单\n张伟 110101');
  });
});

describe('repairMojibake', () => {
  it('repairs UTF-8 text decoded as GBK and leaves real Chinese alone', () => {
    expect(repairMojibake('raybetapp瀹樻柟涓嬭浇 | 国际')).toBe('raybetapp官方下载 | 国际');
    const genuine = '个人信息保护法规定，处理敏感个人信息应当取得个人的单独同意';
    expect(repairMojibake(genuine)).toBe(genuine);
  });
});
