import iconv from 'iconv-lite';
import { plausibility } from '../../formats/detect-encoding.js';

// Runs of CJK characters: where UTF-8 text wrongly decoded as GBK shows up (官方下载 → 瀹樻柟涓嬭浇).
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff\ue000-\uf8ff]{3,}/g;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Repairs UTF-8 text that was decoded as GBK somewhere upstream (a page's injected block, a mis-declared
 * include): a run whose GB18030 bytes are valid UTF-8 and read as more plausible Chinese is replaced.
 * Genuine GBK-range text almost never forms valid UTF-8, and the plausibility check guards the rest.
 */
export function repairMojibake(text: string): string {
  return text.replace(CJK_RUN, (run) => {
    let fixed: string;
    try {
      fixed = UTF8.decode(iconv.encode(run, 'gb18030'));
    } catch {
      return run;
    }
    return plausibility(fixed) > plausibility(run) ? fixed : run;
  });
}
