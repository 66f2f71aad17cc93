import type { TableInfo } from './database-driver.js';

/** Groups catalogue rows (one per column, in order) and primary-key rows into tables. */
export function groupTables(
  cols: { schema: string; name: string; column: string; type: string }[],
  pks: { schema: string; name: string; column: string }[],
): TableInfo[] {
  const byKey = new Map<string, TableInfo>();
  for (const c of cols) {
    const key = `${c.schema}\u0000${c.name}`;
    let t = byKey.get(key);
    if (!t) {
      t = { schema: c.schema, name: c.name, columns: [], primaryKey: [] };
      byKey.set(key, t);
    }
    t.columns.push({ name: c.column, type: String(c.type).toLowerCase() });
  }
  for (const k of pks) byKey.get(`${k.schema}\u0000${k.name}`)?.primaryKey.push(k.column);
  return [...byKey.values()];
}
