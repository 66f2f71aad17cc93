import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Prng } from '../corpus/prng.js';
import { personCells } from './people-csv.js';

/**
 * A folder of `count` small text files (about 0.5 KB each: a note on one person between lines of prose), 1,000
 * to a sub-folder, as a mail spool or a document store holds them. Reused when complete.
 */
export function writeSmallFiles(dir: string, count: number): void {
  const done = join(dir, 'done');
  if (existsSync(done)) return;
  const r = new Prng(42);
  for (let f = 0; f < count; f++) {
    const sub = join(dir, `d${String(Math.floor(f / 1000)).padStart(4, '0')}`);
    if (f % 1000 === 0) mkdirSync(sub, { recursive: true });
    const [, name, id, phone, mail] = personCells(r, f);
    writeFileSync(
      join(sub, `note-${f}.txt`),
      `客户回访记录 第 ${f} 号\n\n客户 ${name}，身份证号 ${id}，联系电话 ${phone}，邮箱 ${mail}。\n\n` +
        '本次回访确认订单已签收，客户对服务表示满意，无其他诉求。The customer confirmed delivery; no further requests.\n',
    );
  }
  writeFileSync(done, '');
}
