import { createAnalyzer } from '@piguard/core';
import { generateRic18 } from '@piguard/core/testing';
import { describe, expect, it } from 'vitest';
import { packForPort, packMessage, unpackFromPort, unpackMessage } from './packed-message.js';

const analyzer = createAnalyzer({ now: new Date('2026-01-01') });

// Object.is-exact comparison that also sees key order and undefined-valued keys.
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join('\u0000') !== kb.join('\u0000')) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

describe('packed messages', () => {
  it('give back plain data exactly: key order, undefined-valued keys, NaN, -0, nested arrays and repeated strings', () => {
    const value = {
      b: 1,
      a: [NaN, -0, Infinity, 'x', 'x', true, false, null, undefined, [], {}],
      nested: { z: undefined, y: { deep: ['身份证号', 'x'] } },
      empty: '',
    };
    const back = unpackMessage(packMessage(value));
    expect(same(back, value)).toBe(true);
    expect(same(back, { ...value, b: 2 })).toBe(false);
  });

  it('give back an analyzer’s findings as structured clone does', () => {
    const text = `姓名 王伟 身份证 ${generateRic18('110105', '20150101', '001')} 手机 13800000001 邮箱 wang.wei@example.com`;
    const outcomes = [{ findings: analyzer.analyze(text), records: 1 }, { error: 'x' }, { findings: [], records: 0 }];
    expect(outcomes[0]?.findings?.length).toBeGreaterThan(2);
    const back = unpackMessage(packMessage(outcomes));
    expect(same(back, structuredClone(outcomes))).toBe(true);
  });

  it('send what is not plain data as is, to be cloned', () => {
    const value = [{ when: new Date(0) }];
    const [message, transfer] = packForPort(value);
    expect(message).toBe(value);
    expect(transfer).toEqual([]);
    expect(unpackFromPort(message)).toBe(value);
    const [packed, buffers] = packForPort([{ a: 1 }]);
    expect(buffers).toHaveLength(1);
    expect(unpackFromPort(packed)).toEqual([{ a: 1 }]);
  });

  it('never set a prototype through a __proto__ key', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const back = unpackFromPort(packForPort(value)[0]) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__']);
  });
});
