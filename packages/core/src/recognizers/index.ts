// The registry: one import line per recogniser, kept sorted by id. A parity test checks that every recogniser
// file is listed here, has a sibling test and has meta.id equal to its file name.
import type { Recognizer } from '../recognizer.js';
import { cnDisabilityCard } from './cn/cn-disability-card.js';
import { cnFpr2017 } from './cn/cn-fpr-2017.js';
import { cnFpr2023 } from './cn/cn-fpr-2023.js';
import { cnLandline } from './cn/cn-landline.js';
import { cnMobile } from './cn/cn-mobile.js';
import { cnResidentId } from './cn/cn-resident-id.js';
import { email } from './generic/email.js';
import { hkid } from './hk/hkid.js';
import { moid } from './mo/moid.js';
import { twid } from './tw/twid.js';

/** The built-in recognisers, in a stable order (earlier wins ties in overlap resolution). */
export const builtinRecognizers: readonly Recognizer[] = [
  cnDisabilityCard,
  cnFpr2017,
  cnFpr2023,
  cnLandline,
  cnMobile,
  cnResidentId,
  email,
  hkid,
  moid,
  twid,
];
