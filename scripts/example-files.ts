// The synthetic sample folder that the README's run command scans (`npx piguard scan examples`). Every
// identifier is generated here with its check digit computed; names and addresses are made up.
import { generateIban, generateLuhn, generateRic18 } from '@piguard/core/testing';
import iconv from 'iconv-lite';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超'];
const DISTRICTS = ['朝阳区建国路', '海淀区中关村大街', '西城区金融街', '东城区东长安街', '丰台区丰台路'];

/** A small deterministic generator (LCG), so that the examples are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function digits(rnd: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rnd() * 10));
  return s;
}

function birth(rnd: () => number, from: number, to: number): string {
  const year = from + Math.floor(rnd() * (to - from + 1));
  const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
  return `${year}${month}${day}`;
}

function customersZh(): string {
  const rnd = random(1);
  const rows = ['序号\t姓名\t身份证号\t手机号\t地址'];
  for (let i = 1; i <= 12; i++) {
    const name = pick(rnd, SURNAMES) + pick(rnd, GIVEN) + (rnd() < 0.5 ? pick(rnd, GIVEN) : '');
    const ric = generateRic18(pick(rnd, ['110105', '110108', '310104', '440305']), birth(rnd, 1960, 2000), digits(rnd, 3));
    const mobile = `1${pick(rnd, ['38', '39', '58', '86', '91'])}${digits(rnd, 8)}`;
    rows.push(`${i}\t${name}\t${ric}\t${mobile}\t北京市${pick(rnd, DISTRICTS)}${1 + Math.floor(rnd() * 200)}号`);
  }
  return `${rows.join('\n')}\n`;
}

function studentNotesGbk(): Buffer {
  const rnd = random(2);
  const child = generateRic18('110108', birth(rnd, 2016, 2019), digits(rnd, 3));
  const parentMobile = `139${digits(rnd, 8)}`;
  const masked = generateRic18('310104', birth(rnd, 1975, 1985), digits(rnd, 3));
  const text = [
    '课外活动报名记录（内部资料）',
    '',
    `学生：小明，身份证号码：${child}，家长联系电话：${parentMobile}。`,
    '备注：需家长同意后方可参加。',
    '',
    `公示名单中的身份证号已脱敏：${masked.slice(0, 6)}********${masked.slice(14)}。`,
    '',
  ].join('\n');
  // Stored in GBK, as many Chinese office files still are: piguard detects the encoding.
  return iconv.encode(text, 'gbk');
}

function contactsEn(): string {
  const rnd = random(3);
  const card = generateLuhn(`622202${digits(rnd, 4)}`, 16, digits(rnd, 10));
  const iban = generateIban('DE', `37040044${digits(rnd, 10)}`);
  return [
    '# Customer contacts (synthetic)',
    '',
    'Alice Example, alice.example@example.com, account manager.',
    '',
    `Refund to IBAN ${iban}, bank card ${card}.`,
    '',
    'Nothing personal in this paragraph: order 2026-001 shipped on 2026-01-15.',
    '',
  ].join('\n');
}

function appLog(): string {
  const rnd = random(4);
  const lines: string[] = [];
  for (let i = 0; i < 8; i++) {
    const t = `2026-01-15T10:${String(10 + i).padStart(2, '0')}:00Z`;
    if (i % 3 === 2) lines.push(`${t} INFO health check ok`);
    else lines.push(`${t} INFO login ok phone=1${pick(rnd, ['38', '58', '86'])}${digits(rnd, 8)} user_id=${digits(rnd, 6)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The files of `examples/`, by name. */
export function exampleFiles(): Map<string, Buffer> {
  return new Map([
    ['app.log', Buffer.from(appLog())],
    ['contacts-en.md', Buffer.from(contactsEn())],
    ['customers-zh.tsv', Buffer.from(customersZh())],
    ['student-notes-gbk.txt', studentNotesGbk()],
  ]);
}
