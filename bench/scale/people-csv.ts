import { createWriteStream, existsSync, statSync } from 'node:fs';
import { email, mobile, residentId } from '../corpus/identifiers.js';
import { Prng } from '../corpus/prng.js';

/** Header of the generated people tables (CSV, archive members). */
export const PEOPLE_HEADER = ['id', '姓名', '身份证号', '手机', 'email', '备注'];

const NAMES = ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨磊', '赵丽', '黄强', '周杰', '吴芳'];

/** One generated row: row number, name, resident ID, mobile, e-mail and a note without PI. */
export function personCells(r: Prng, i: number): string[] {
  return [String(i), NAMES[i % NAMES.length] as string, residentId(r), mobile(r), email(r), `订单备注 ${i % 97} 已发货`];
}

/**
 * Streams a CSV of `mb` MB to disk, one person a row. Row i holds person `i % people`, whose identifiers come
 * from a PRNG seeded with the person's number: a big export repeats a bounded population (customers and their
 * orders), so the people counter, whose memory follows distinct people, stays bounded while the file grows.
 * Reused when a file of that size and population is there.
 */
export async function writePeopleCsv(path: string, mb: number, people: number): Promise<void> {
  if (existsSync(path) && statSync(path).size >= mb * 1024 * 1024) return;
  const out = createWriteStream(`${path}.part`);
  const target = mb * 1024 * 1024;
  let lines: string[] = [`${PEOPLE_HEADER.join(',')}\n`];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const cells = personCells(new Prng(0x5ca1e + (i % people)), i);
    const line = `${cells.join(',')}\n`;
    bytes += Buffer.byteLength(line);
    lines.push(line);
    if (lines.length === 4096) {
      if (!out.write(lines.join(''))) await new Promise<void>((ok) => out.once('drain', () => ok()));
      lines = [];
    }
  }
  out.write(lines.join(''));
  await new Promise<void>((ok) => out.end(ok));
  const { renameSync } = await import('node:fs');
  renameSync(`${path}.part`, path);
}
