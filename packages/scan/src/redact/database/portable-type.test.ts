import { describe, expect, it } from 'vitest';
import { declaredType, fitsKind, portableType, storedKind, toTarget } from './portable-type.js';

describe('portable column types', () => {
  it('reads declared types of the three dialects', () => {
    expect(portableType('character varying(32)', 'postgres')).toEqual({ kind: 'text' });
    expect(portableType('numeric(10,2)', 'postgres')).toEqual({ kind: 'decimal', precision: 10, scale: 2 });
    expect(portableType('bigint(20) unsigned', 'mysql')).toEqual({ kind: 'decimal', precision: 20, scale: 0 });
    expect(portableType('tinyint(1)', 'mysql')).toEqual({ kind: 'boolean' });
    expect(portableType('int(11)', 'mysql')).toEqual({ kind: 'integer' });
    expect(portableType('interval', 'postgres')).toEqual({ kind: 'text' });
    expect(portableType('timestamp with time zone', 'postgres')).toEqual({ kind: 'timestamptz' });
    expect(portableType('DATETIME', 'sqlite')).toEqual({ kind: 'timestamp' });
    expect(portableType('', 'sqlite')).toEqual({ kind: 'any' });
  });
  it('declares them per dialect, keys as indexable types', () => {
    expect(declaredType({ kind: 'decimal', precision: 6, scale: 2 }, 'mysql', false)).toBe('DECIMAL(6,2)');
    expect(declaredType({ kind: 'text' }, 'mysql', true)).toBe('VARCHAR(255)');
    expect(declaredType({ kind: 'text' }, 'mysql', false)).toBe('LONGTEXT');
    expect(storedKind({ kind: 'timestamptz' }, 'mysql')).toBe('text');
    expect(declaredType({ kind: 'timestamptz' }, 'postgres', false)).toBe('timestamptz');
  });
  it('tells which values still fit a kind after redaction', () => {
    expect(fitsKind('integer', { kind: 'integer' }, '13912345678')).toBe(true);
    expect(fitsKind('integer', { kind: 'integer' }, '139****5678')).toBe(false);
    expect(fitsKind('integer', { kind: 'integer' }, '99999999999999999999')).toBe(false);
    expect(fitsKind('date', { kind: 'date' }, '1990-05-01')).toBe(true);
    expect(fitsKind('date', { kind: 'date' }, '1990年')).toBe(false);
    expect(fitsKind('decimal', { kind: 'decimal', precision: 4, scale: 2 }, '123.4')).toBe(false);
    expect(fitsKind('decimal', { kind: 'decimal', precision: 4, scale: 2 }, '12.34')).toBe(true);
    expect(fitsKind('timestamptz', { kind: 'timestamptz' }, '2024-01-02 03:04:05+00')).toBe(true);
    expect(fitsKind('timestamp', { kind: 'timestamp' }, '2024-01-02 03:04:05.123456')).toBe(true);
    expect(fitsKind('text', { kind: 'text' }, '任何')).toBe(true);
    expect(fitsKind('date', { kind: 'date' }, null)).toBe(true);
  });
  it('converts values for the target client', () => {
    expect(toTarget('boolean', 1, 'postgres')).toBe(true);
    expect(toTarget('boolean', true, 'mysql')).toBe(1);
    expect(toTarget('integer', 12n, 'postgres')).toBe('12');
    expect(toTarget('json', { a: 1 }, 'mysql')).toBe('{"a":1}');
  });
});
