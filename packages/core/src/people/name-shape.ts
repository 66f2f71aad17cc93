/** How a name stood beside a masked ID number: enough to tell two people apart without keeping the name. */
export interface NameShape {
  /** Keyed fingerprint of the surname: the bucket that copies are joined in. */
  surname: string;
  /** Characters, or undefined when a 某 mask hides how many. */
  length?: number;
  /** Keyed fingerprint of the whole name when it was shown whole. */
  full?: string;
  /** The masked name as the document showed it (张*三), glyphs folded to `*`. */
  masked?: string;
}

/** Whether two names beside masked copies can be one person's: nothing shown differs. */
export function namesAgree(a: NameShape | undefined, b: NameShape | undefined): boolean {
  if (!a || !b) return !a && !b;
  if (a.surname !== b.surname) return false;
  if (a.length !== undefined && b.length !== undefined && a.length !== b.length) return false;
  if (a.full !== undefined && b.full !== undefined) return a.full === b.full;
  if (a.masked !== undefined && b.masked !== undefined && a.masked.length === b.masked.length) {
    for (let i = 0; i < a.masked.length; i++) {
      const x = a.masked[i];
      const y = b.masked[i];
      if (x !== '*' && y !== '*' && x !== y) return false;
    }
  }
  return true;
}
