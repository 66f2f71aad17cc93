import { describe, expect, it } from 'vitest';
import { patternShape } from './pattern-shape.js';

describe('patternShape', () => {
  it('counts the digit run every match must hold, through groups and alternations', () => {
    const s = patternShape(/(?<![0-9A-Za-z])(?:(?:\+|00)86[ -]?)?1[3-9]\d{9}(?![0-9A-Za-z])/g, 'digit');
    expect(s).toEqual({ cls: 'digit', run: 11, maxLength: 16, margin: 4, lead: 5, pre: 0 });
    expect(patternShape(/(?<!\d)\d{6}[ -]?\d{3}/g, 'digit')?.pre).toBe(6);
    expect(patternShape(/(?:0[1-7]|1[0-356])\d{4}/g, 'digit')?.run).toBe(6);
    expect(patternShape(/[1-9]\d{3}([ -])\d{4}/g, 'digit')?.run).toBe(4);
  });

  it('takes the shortest alternative and breaks runs at other characters', () => {
    expect(patternShape(/\d{8}|\d{3}a\d{4}/g, 'digit')?.run).toBe(4);
    expect(patternShape(/\d{3}[\dXx]\d{3}/g, 'digit')?.run).toBe(3);
    expect(patternShape(/\d{3}[\dXx]\d{3}/g, 'digit-mask')?.run).toBe(7);
  });

  it('treats letters under the i flag as both cases', () => {
    expect(patternShape(/MA\d{7}/gi, 'hex')?.run).toBe(8);
    expect(patternShape(/MA\d{7}/gi, 'upper-alnum')?.run).toBe(7);
    expect(patternShape(/MA\d{7}/g, 'upper-alnum')?.run).toBe(9);
    expect(patternShape(/ka\d{7}/giu, 'alnum')?.run).toBe(7);
  });

  it('counts separators inside numbers in the separator classes', () => {
    const spaced = /(?<![0-9A-Za-z])(?:(?:\+|00)86[ -]?)?1[3-9]\d[ -]\d{4}[ -]\d{4}(?![0-9A-Za-z])/g;
    expect(patternShape(spaced, 'digit')?.run).toBe(4);
    expect(patternShape(spaced, 'digit-sep')?.run).toBe(13);
    expect(patternShape(/[0-9*](?:[ -]?[0-9*]){12,18}/g, 'mask-sep')?.run).toBe(13);
    expect(patternShape(/\d{3}\s\d{4}/g, 'digit-sep')?.run).toBe(4);
  });

  it('lets a run go on through a back-reference to a group of class characters, counted as possibly empty', () => {
    expect(patternShape(/\d{3}([ .])\d{2}\1\d{4}/g, 'digit-sep')?.run).toBe(10);
    expect(patternShape(/\d{3}([ .])\d{2}\1\d{4}/g, 'digit')?.run).toBe(4);
    expect(patternShape(/[2-9]\d{3}([ -])\d{4}\1\d{4}\1\d{4}/g, 'digit-sep')?.run).toBe(17);
    expect(patternShape(/\d{3}([ x])\d{2}\1\d{4}/g, 'digit-sep')?.run).toBe(4);
    expect(patternShape(/[0-9a-f]{2}([:-])[0-9a-f]{2}\1[0-9a-f]{2}/g, 'hex')?.run).toBe(2);
  });

  it('bounds how far into a match its first class character lies', () => {
    const email = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}/g;
    expect(patternShape(email, 'at')).toMatchObject({ run: 1, lead: 64 });
    expect(patternShape(/(?:ab|c)@|x{2}@/g, 'at')?.lead).toBe(2);
    expect(patternShape(/a?@/g, 'at')?.lead).toBe(1);
  });

  it('widens the margin by what lookarounds and anchors read', () => {
    expect(patternShape(/(?<!\d[.-])\d{6}(?![.-]\d)\b/g, 'digit')?.margin).toBe(2 + 2 + 1 + 2);
  });

  it('gives up on unbounded or unknown constructs', () => {
    expect(patternShape(/\d{5}\s*\d/g, 'digit')).toBeUndefined();
    expect(patternShape(/\d+/g, 'digit')).toBeUndefined();
    expect(patternShape(/(?<n>\d{5})\k<n>/g, 'digit')).toBeUndefined();
    expect(patternShape(/\p{Nd}{5}/gu, 'digit')).toBeUndefined();
  });
});
