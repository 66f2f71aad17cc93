import { describe, expect, it } from 'vitest';
import { isDatabaseUrl, maskDatabaseUrl, parseDatabaseUrl, withoutMaskedPassword } from './database-url.js';

describe('database URLs', () => {
  it('recognises the database schemes and nothing else', () => {
    for (const t of ['sqlite:///a.db', 'sqlite:a.db', 'postgres://h/db', 'postgresql://h/db', 'mysql://h/db', 'mariadb://h/db']) {
      expect(isDatabaseUrl(t)).toBe(true);
    }
    for (const t of ['https://example.com', './sqlite.db', 'C:\\data\\x.db', 'postgres.csv']) expect(isDatabaseUrl(t)).toBe(false);
  });

  it('masks passwords in the authority and in query parameters', () => {
    expect(maskDatabaseUrl('postgres://app:p%40ss@db:5432/x?sslmode=require')).toBe('postgres://app:***@db:5432/x?sslmode=require');
    expect(maskDatabaseUrl('mysql://root@h/x?password=abc&ssl=1')).toBe('mysql://root@h/x?password=***&ssl=1');
    expect(maskDatabaseUrl('postgres://h/x')).toBe('postgres://h/x');
  });

  it('finds the file of sqlite URLs', () => {
    expect(parseDatabaseUrl('sqlite:///var/data/app.db')).toMatchObject({
      kind: 'sqlite',
      path: '/var/data/app.db',
      display: 'sqlite:///var/data/app.db',
    });
    expect(parseDatabaseUrl('sqlite:rel/app.db')).toMatchObject({ path: 'rel/app.db' });
    expect(parseDatabaseUrl('postgresql://u:pw@h/db')).toMatchObject({ kind: 'postgres', display: 'postgresql://u:***@h/db' });
  });

  it('makes a masked URL usable without its password, unless a masked query parameter is needed', () => {
    expect(withoutMaskedPassword('postgres://app:***@db:5432/x?sslmode=require')).toBe('postgres://app@db:5432/x?sslmode=require');
    expect(withoutMaskedPassword('sqlite:///var/data/app.db')).toBe('sqlite:///var/data/app.db');
    expect(withoutMaskedPassword('mysql://root@h/x?password=***&ssl=1')).toBeUndefined();
  });
});
