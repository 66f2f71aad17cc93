import { ric15To18 } from '../recognizers/cn/cn-resident-id.js';

/** An identifier in the one spelling that all its written forms share, under the entity that names it. */
export interface NormalizedIdentifier {
  entity: string;
  value: string;
}

// Entities whose value is a digit string where spaces, hyphens and dots are only layout.
const DIGIT_ENTITIES = new Set(['BANK_CARD', 'CN_LANDLINE', 'CN_DISABILITY_CARD', 'IMEI', 'IMSI', 'ICCID', 'QQ']);
/** Namespace under which the linker fingerprints names (whatever entity a name recogniser uses). */
export const PERSON_NAME = 'PERSON_NAME';
/** Namespace under which the linker fingerprints postal addresses. */
export const POSTAL_ADDRESS = 'POSTAL_ADDRESS';
const ADDRESS_NOISE = /[\s,，。.、;；:：()（）#-]+/g;
// Names are compared without the spaces and middle dots that transliterated names (阿卜杜·热合曼) vary in.
const NAME_NOISE = /[\s·•‧・.\u00b7-]+/g;

/**
 * Normalises a value per entity, so that every spelling of one identifier fingerprints alike: the 15-digit
 * resident ID becomes its 18-digit form, `x` becomes `X`, a mobile number drops +86/0086 and separators, an
 * e-mail address is lower-cased, a name loses spaces and middle dots.
 */
export function normalizeIdentifier(entity: string, raw: string): NormalizedIdentifier {
  // NFKC folds full-width digits and compatibility forms; ASCII needs none of it, and it is the common case.
  const value = (/[^ -~\t\n\r]/.test(raw) ? raw.normalize('NFKC') : raw).trim();
  switch (entity) {
    case 'CN_RIC18':
    case 'CN_RIC15':
    case 'HKMT_RESIDENCE_PERMIT': {
      const compact = value.replace(/[\s-]/g, '').toUpperCase();
      const v = compact.length === 15 && /^\d{15}$/.test(compact) ? ric15To18(compact) : compact;
      // A residence permit is an 18-digit number of the same scheme and space: one key for both spellings.
      return { entity: 'CN_RIC18', value: v };
    }
    case 'CN_MOBILE': {
      const digits = value.replace(/\D/g, '');
      const national =
        digits.length === 13 && digits.startsWith('86')
          ? digits.slice(2)
          : digits.length === 15 && digits.startsWith('0086')
            ? digits.slice(4)
            : digits;
      return { entity, value: national };
    }
    case 'EMAIL':
      return { entity, value: value.toLowerCase() };
    case PERSON_NAME:
    case 'PERSON':
      return { entity, value: value.replace(NAME_NOISE, '').toLowerCase() };
    case POSTAL_ADDRESS:
      return { entity, value: value.replace(ADDRESS_NOISE, '').toLowerCase() };
    default:
      if (DIGIT_ENTITIES.has(entity)) return { entity, value: value.replace(/[\s.-]/g, '') };
      return { entity, value: value.replace(/[\s-]/g, '').toUpperCase() };
  }
}
