import { defineRecognizer } from '../../recognizer.js';

/** WeChat's legacy internal account ID, wxid_ + 10–20 lower-case letters and digits: the prefix speaks for itself. */
export const cnWechatWxid = defineRecognizer({
  meta: {
    id: 'cn-wechat-wxid',
    entity: 'WECHAT_ID',
    piType: 'PI.NET.ACCOUNT',
    country: 'CN',
    description: 'Legacy WeChat internal ID (wxid_ + 10–20 lower-case letters and digits), found in exports and databases without context.',
    references: ['pi-taxonomy.md §3.9', 'WeChat message database exports (wxid_ user names)'],
    version: 1,
  },
  prefilter: /wxid_/,
  patterns: [{ name: 'wxid', regex: /(?<![0-9A-Za-z_-])wxid_[a-z0-9]{10,20}(?![0-9A-Za-z_-])/g, score: 0.75 }],
  validate: (value) => (/^wxid_(?:(\w)\1+)$/.test(value) ? 'invalid' : { validation: 'valid', attributes: { kind: 'wxid' } }),
});
