import { describe, expect, it } from 'vitest';
import { measureRisk } from './risk-measure.js';
import { suggestQuasiIdentifiers } from './suggest-quasi.js';

const rows = [
  { age: '30', sex: 'F', zip: '100080', disease: 'flu' },
  { age: '30', sex: 'F', zip: '100080', disease: 'asthma' },
  { age: '30', sex: 'F', zip: '100080', disease: 'flu' },
  { age: '41', sex: 'M', zip: '200030', disease: 'flu' },
  { age: '41', sex: 'M', zip: '200030', disease: 'flu' },
  { age: '52', sex: 'M', zip: '310012', disease: 'diabetes' },
];

describe('measureRisk', () => {
  it('computes k, uniques, l-diversity and the records below the target k', () => {
    const r = measureRisk(rows, { quasi: ['age', 'sex', 'zip'], sensitive: 'disease', threshold: 3 });
    expect(r).toMatchObject({ records: 6, k: 1, classes: 3, unique: 1, belowThreshold: 3, l: 1 });
    expect(r.uniqueShare).toBeCloseTo(1 / 6);
  });
  it('rises to k = 3 after generalising the quasi-identifiers', () => {
    const coarse = rows.map((r) => ({ ...r, age: r.age < '40' ? '30-39' : '40+', zip: '*', sex: '*' }));
    const r = measureRisk(coarse, { quasi: ['age', 'sex', 'zip'], sensitive: 'disease' });
    expect(r.k).toBe(3);
    expect(r.unique).toBe(0);
    expect(r.l).toBe(2);
  });
  it('reports k = 0 for no records and treats missing cells as empty', () => {
    expect(measureRisk([], { quasi: ['a'] }).k).toBe(0);
    expect(measureRisk([{ a: undefined }, { a: '' }], { quasi: ['a'] }).k).toBe(2);
  });
  it('keeps values with separators apart', () => {
    expect(
      measureRisk(
        [
          { a: 'x|y', b: 'z' },
          { a: 'x', b: 'y|z' },
        ],
        { quasi: ['a', 'b'] },
      ).k,
    ).toBe(1);
  });
});

describe('suggestQuasiIdentifiers', () => {
  it('suggests columns by detected type or by name, never direct identifiers', () => {
    const cols = [
      { column: 'id_no', types: new Map([['PI.ID.RIC', 10]]) },
      { column: 'born', types: new Map([['PI.BASIC.BIRTH', 10]]) },
      { column: '性别', types: new Map() },
      { column: 'addr', types: new Map([['PI.BASIC.ADDRESS', 3]]) },
      { column: 'note', types: new Map() },
    ];
    expect(suggestQuasiIdentifiers(cols)).toEqual(['born', '性别', 'addr']);
  });
});
