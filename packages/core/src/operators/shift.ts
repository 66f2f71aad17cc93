import { utf8Bytes } from '../crypto/utf8.js';
import { fromDayNumber, parseDate, toDayNumber } from './date-parts.js';
import { mask } from './mask.js';
import { requireKeys } from './operator-keys.js';
import type { OperatorFn, ShiftSpec } from './operator-spec.js';

/**
 * Moves a date by a keyed offset of ±1…maxDays days (default 365) chosen per person, so that the intervals between
 * one person's dates survive while the dates themselves do not. A value that holds no date is masked.
 */
export const shift: OperatorFn<ShiftSpec> = (input, spec, ctx) => {
  const keys = requireKeys(ctx.keys, 'shift');
  const date = parseDate(input.value);
  if (!date) return mask(input, { kind: 'mask' }, ctx);
  const maxDays = spec.maxDays ?? 365;
  const mac = keys.shift.mac(utf8Bytes(ctx.person ?? ''));
  const r = (((mac[0] as number) << 16) | ((mac[1] as number) << 8) | (mac[2] as number)) % (2 * maxDays);
  // 0…2·max−1 onto −max…−1 and 1…max: never zero, or some people would keep their real dates.
  const offset = r < maxDays ? r - maxDays : r - maxDays + 1;
  const moved = fromDayNumber(toDayNumber(date.year, date.month, date.day) + offset);
  return date.format(moved.year, moved.month, moved.day);
};
