import { isValidVin } from '../../checksums/iso3779-vin.js';
import { defineRecognizer } from '../../recognizer.js';
import { NEGATIVE_CONTEXT } from './negative-context.js';

/** Vehicle identification number (ISO 3779 / GB 16735): 17 characters without I, O, Q and a check digit at position 9. */
export const vin = defineRecognizer({
  meta: {
    id: 'vin',
    entity: 'VIN',
    piType: 'PI.PROP.VEHICLE',
    country: 'INTL',
    description:
      'Vehicle identification number validated by the ISO 3779 check digit (mandatory in China, GB 16735, and North America); ' +
      'WMIs starting with L are Chinese.',
    references: ['ISO 3779', 'GB 16735-2019', '49 CFR 565.15', 'pi-taxonomy.md §3.7'],
    version: 1,
  },
  // A VIN mixes letters and digits (validate insists), so somewhere a letter touches a digit: a cheap implied test.
  prefilter: /[A-HJ-NPR-Z]\d|\d[A-HJ-NPR-Z]/,
  patterns: [{ name: 'vin', regex: /(?<![0-9A-Za-z])[A-HJ-NPR-Z0-9]{17}(?![0-9A-Za-z])/g, score: 0.5 }],
  context: {
    words: ['车架号', '車架號', '车辆识别代号', '車輛識別代號', '识别代码', 'vin', '底盘号', '底盤號', 'chassis', 'vehicle identification'],
    negative: NEGATIVE_CONTEXT,
  },
  validate(value) {
    // Real VINs mix letters (WMI) and digits (serial): a bare 17-digit or 17-letter run is something else.
    if (!/[A-Z]/.test(value) || !/\d/.test(value.slice(-4))) return { validation: 'invalid', notes: ['not VIN-shaped'] };
    if (!isValidVin(value)) return { validation: 'invalid', notes: ['check digit'] };
    return { validation: 'valid', attributes: { wmi: value.slice(0, 3), ...(value.startsWith('L') ? { region: 'CN' } : {}) } };
  },
  mask: (value) => `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`,
});
