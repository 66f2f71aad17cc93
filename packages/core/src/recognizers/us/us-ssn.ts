import { defineRecognizer } from '../../recognizer.js';

// Advertising and test numbers that were printed as examples and never belonged to a person (SSA; Presidio).
const KNOWN_FAKE = new Set(['078051120', '219099999', '123456789']);

/** US social security number: area-group-serial with the SSA's invalid ranges excluded; a weak signal without context. */
export const usSsn = defineRecognizer({
  meta: {
    id: 'us-ssn',
    entity: 'US_SSN',
    piType: 'PI.ID.FOREIGN',
    country: 'US',
    description:
      'US SSN AAA-GG-SSSS: area 000, 666 and 9xx, group 00, serial 0000, repeated digits and known advertising numbers rejected; delimiters must agree. No checksum, so scores stay low without context (as in Presidio).',
    references: ['pi-taxonomy.md §3.10', 'SSA SSN randomization (2011)', 'Presidio us_ssn_recognizer.py'],
    version: 1,
  },
  prefilter: /\d{3}[- .]?\d{2}[- .]?\d{4}/,
  patterns: [
    { name: 'dashed', regex: /(?<![0-9A-Za-z])(?<!\d[-.])\d{3}-\d{2}-\d{4}(?![0-9A-Za-z]|[-.]\d)/g, score: 0.5, neverValid: true },
    // Presidio scores every consistently delimited form alike (0.5); the bare nine digits need context.
    {
      name: 'spaced-or-dotted',
      regex: /(?<![0-9A-Za-z])(?<!\d[ .-])\d{3}([ .])\d{2}\1\d{4}(?![0-9A-Za-z]|[ .-]\d)/g,
      score: 0.5,
      neverValid: true,
    },
    { name: 'bare', regex: /(?<![0-9A-Za-z])(?<!\d[ .-])\d{9}(?![0-9A-Za-z]|[ .-]\d)/g, score: 0.2, neverValid: true },
  ],
  context: {
    words: [
      'social security',
      'ssn',
      'ssns',
      'ssid',
      'ss#',
      'ss #',
      '社会安全',
      '社會安全',
      '社安号',
      '社安號',
      '社会保障号',
      '社會保障號',
    ],
    negative: [
      'phone',
      'tel',
      'fax',
      'order',
      'invoice',
      'zip',
      'routing',
      'serial',
      'version',
      '电话',
      '電話',
      '订单',
      '訂單',
      '编号',
      '編號',
      '单号',
      '單號',
    ],
  },
  validate(value) {
    const d = value.replace(/[ .-]/g, '');
    const area = d.slice(0, 3);
    if (area === '000' || area === '666' || area[0] === '9') return { validation: 'invalid', notes: ['area'] };
    if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return { validation: 'invalid', notes: ['group or serial zero'] };
    if (/^(\d)\1{8}$/.test(d) || KNOWN_FAKE.has(d)) return { validation: 'invalid', notes: ['known invalid number'] };
    // Never 'valid' (no checksum): the patterns say so (`neverValid`), and the analyzer relies on it.
    return 'unchecked';
  },
  // US practice shows the last four digits: ***-**-1234.
  mask: (value) => value.replace(/\d(?=(?:\D*\d){4})/g, '*'),
});
