// The registry: one import line per recogniser, kept sorted by id. A parity test checks that every recogniser
// file is listed here, has a sibling test and has meta.id equal to its file name.
import type { Recognizer } from '../recognizer.js';
import { cnLandline } from './cn/cn-landline.js';
import { cnMobile } from './cn/cn-mobile.js';
import { cnResidentId } from './cn/cn-resident-id.js';
import { email } from './generic/email.js';

/** The built-in recognisers, in a stable order (earlier wins ties in overlap resolution). */
export const builtinRecognizers: readonly Recognizer[] = [cnLandline, cnMobile, cnResidentId, email];
