import { describe, expect, it } from 'vitest';
import { cnNameModel } from './cn-name-tagger.js';
import { titleNames } from './cn-role-names.js';

// Made-up names built in code, in sentences written for the test.
const { lexicon } = cnNameModel();
const names = (text: string): string[] => titleNames(text, lexicon).map((c) => c.value);

describe('titleNames', () => {
  it('takes a surname and one or two characters between a title and a word that follows names', () => {
    const two = '郑' + '涵';
    const three = '贺' + '平安';
    expect(names(`县交通局副局长${two}上周曾指出，工程将在年内完工。`)).toEqual([two]);
    expect(names(`学院副教授${three}对记者说`)).toEqual([three]);
    expect(names(`本报讯（记者${two}）今天起`)).toEqual([two]);
  });
  it('leaves phrases, places and forms of address after a title alone', () => {
    expect(names('总经理和董事长都在会上表示')).toEqual([]);
    expect(names('他是主任医师，也是教授')).toEqual([]);
    expect(names('主任姚先生表示')).toEqual([]);
    expect(names('局长钱江路，')).toEqual([]);
  });
  it('needs a word after the name: without one the length is unknown and nothing is reported', () => {
    expect(names('副局长郑涵涵涵涵')).toEqual([]);
  });
});
