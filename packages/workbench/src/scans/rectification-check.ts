/** The verdict of a rectification check (整改复查). */
export type RectificationVerdict = 'gone' | 'reduced' | 'still-there' | 'check-failed';

/** Compares the re-scan with the original scan: no findings → gone, fewer findings or people → reduced. */
export function rectificationVerdict(
  before: { findings: number; people: number },
  after: { findings: number; people: number } | undefined,
): RectificationVerdict {
  if (!after) return 'check-failed';
  if (after.findings === 0) return 'gone';
  if (after.findings < before.findings || after.people < before.people) return 'reduced';
  return 'still-there';
}
