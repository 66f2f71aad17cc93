import type { Candidate, Verdict } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';
import { matchesOf } from '../matches-of.js';

// Modalities by the words that name them, in text labels and in column names (face_feature, 人脸特征值).
const MODALITIES: ReadonlyArray<[RegExp, string]> = [
  [/人脸|面部|刷脸|人像|face|facial/i, 'SPI.BIO.FACE'],
  [/指纹|掌纹|finger|palm/i, 'SPI.BIO.FINGERPRINT'],
  [/声纹|voice|speaker/i, 'SPI.BIO.VOICE'],
  [/虹膜|眼纹|iris/i, 'SPI.BIO.IRIS_EYE'],
  [/基因|dna|snp|genom|gene/i, 'SPI.BIO.GENE'],
  [/步态|耳廓|gait|biometric|生物特征|生物识别/i, 'SPI.BIO.OTHER'],
];
// A template or sample: base64 or hex of some length, a numeric vector, or a media file.
const BLOB =
  /^\s*(?:[A-Za-z0-9+/]{24,}={0,2}|(?:0x)?[0-9a-fA-F]{32,}|\[?\s*-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?){7,}\s*\]?|\S+\.(?:jpe?g|png|bmp|wav|pcm|fpt|wsq|iso|bin|vcf|fastq))\s*$/;
// In running text: a modality label, a separator and the template itself (人脸特征值：AAAB…).
const LABELLED =
  /(?:人脸|面部|刷脸|指纹|掌纹|声纹|虹膜|眼纹|基因|DNA|步态)(?:特征值?|特征码|模板|图像|照片|数据|编码|序列|样本|向量)\s*[:：=]\s*(?:[A-Za-z0-9+/]{24,}={0,2}|[0-9a-fA-F]{32,}|\[?-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?){7,}\]?|\S+\.(?:jpe?g|png|bmp|wav))/g;

// A face-recognition event in a log (刷脸入园成功 2024-05-01 09:12): the face was captured and matched for this
// person at that time. A service description without a time or a person (提供刷脸入园服务) is not an event.
const FACE_EVENT = /刷脸(?:入园|入场|进站|出站|核验|验证|登录|支付|认证|通行|开门)(?:成功|通过|失败|记录)?/g;
const EVENT_ANCHOR = /\d{1,2}[:：]\d{2}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|姓名|游客|用户|会员|身份证/;

function modalityOf(s: string): string | undefined {
  return MODALITIES.find(([re]) => re.test(s))?.[1];
}

/**
 * Biometric data (PIPL Art. 28): a template, vector or sample file under a biometric label in text, or a
 * whole field value of that shape under a biometric column name (the analyzer's `context`). A policy that
 * only names the category (我们会收集您的人脸信息) carries no template and gives nothing.
 */
export const biometricData = defineRecognizer({
  meta: {
    id: 'biometric-data',
    entity: 'BIOMETRIC_DATA',
    piType: 'SPI.BIO.OTHER',
    country: 'INTL',
    description:
      'Face, fingerprint, voiceprint, iris, gene data: labelled templates in text, or template-shaped values in biometric columns.',
    references: ['pi-taxonomy.md §2.2 生物识别信息', 'GB/T 45574-2025 Annex A', '人脸识别技术应用安全管理办法 (2025)'],
    version: 1,
  },
  prefilter: /[A-Za-z0-9]|刷脸/,
  find(text) {
    const out: Candidate[] = [];
    for (const m of matchesOf(LABELLED, text))
      out.push({ value: m[0], start: m.index, end: m.index + m[0].length, pattern: 'labelled', baseScore: 0.9 });
    // Every face event starts with 刷脸: a native substring search skips the regex scan in most texts.
    if (text.includes('刷脸'))
      for (const m of matchesOf(FACE_EVENT, text)) {
        const around = text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
        if (EVENT_ANCHOR.test(around))
          out.push({ value: m[0], start: m.index, end: m.index + m[0].length, pattern: 'face-event', baseScore: 0.7 });
      }
    if (out.length === 0 && text.length <= 65536 && BLOB.test(text)) {
      const start = text.length - text.trimStart().length;
      out.push({ value: text.trim(), start, end: start + text.trim().length, pattern: 'field-value', baseScore: 0.85 });
    }
    return out;
  },
  validate(value, { candidate, context }): Verdict {
    if (candidate.pattern === 'face-event')
      return { validation: 'unchecked', piType: 'SPI.BIO.FACE', notes: ['face-recognition event in a log'] };
    const piType = candidate.pattern === 'labelled' ? modalityOf(value) : modalityOf(context ?? '');
    if (!piType) return { validation: 'invalid', notes: ['no biometric label or column name'] };
    return {
      validation: 'unchecked',
      piType,
      notes: [candidate.pattern === 'labelled' ? 'labelled template' : 'template under a biometric column'],
    };
  },
  mask: (value) => `${value.slice(0, 4)}…(${value.length} chars)`,
});
