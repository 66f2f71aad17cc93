import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHAR_CLASSES, CLASS_BIT, CLASS_TABLE, type CharClass } from './char-classes.js';
import { classRuns } from './class-runs.js';

/** The plain definition: maximal runs of the class, those at least `min` long. */
function naiveRuns(text: string, cls: CharClass, min: number): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const bit = CLASS_BIT[cls];
  let open = -1;
  for (let i = 0; i <= text.length; i++) {
    const inside = i < text.length && (CLASS_TABLE[text.charCodeAt(i)]! & bit) !== 0;
    if (inside && open < 0) open = i;
    if (!inside && open >= 0) {
      if (i - open >= min) {
        starts.push(open);
        ends.push(i);
      }
      open = -1;
    }
  }
  return { starts, ends };
}

describe('classRuns', () => {
  it('keeps the runs at least as long as asked, per class', () => {
    const runs = classRuns(
      'tel 138 1234 5678, id 11010519491231002X',
      new Map<CharClass, number>([
        ['digit', 5],
        ['digit-sep', 7],
      ]),
    );
    expect(runs.get('digit')).toMatchObject({ starts: [22], ends: [39], longest: 17 });
    expect(runs.get('digit-sep')).toMatchObject({ starts: [3, 21], ends: [17, 39], longest: 18 });
  });

  it('equals the plain definition on random text for every class', () => {
    const alphabet = fc.constantFrom(...'0123456789 -.abfABFXx*_#?×号，\n'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), fc.integer({ min: 1, max: 6 }), (chars, min) => {
        const text = chars.join('');
        const runs = classRuns(text, new Map(CHAR_CLASSES.map((c) => [c, min])));
        for (const cls of CHAR_CLASSES) {
          const expected = naiveRuns(text, cls, min);
          const got = runs.get(cls)!;
          expect({ starts: got.starts, ends: got.ends }).toEqual(expected);
          expect(got.longest).toBe(Math.max(0, ...expected.ends.map((e, i) => e - expected.starts[i]!)));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
