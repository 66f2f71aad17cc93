import { mod11_2CheckChar } from '@piguard/core';

/** A synthetic person for database fixtures: every identifier generated, checksums computed here. */
export interface GeneratedPerson {
  id: number;
  name: string;
  idCard: string;
  mobile: string;
  email: string;
  orderNo: string;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇'];

/** `n` generated people with valid resident IDs, mobile numbers in real segments and order numbers. */
export function generatePeople(n: number): GeneratedPerson[] {
  return Array.from({ length: n }, (_, i) => {
    const body = `110105${1970 + (i % 30)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
    return {
      id: i + 1,
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 3) % GIVEN.length]}`,
      idCard: body + mod11_2CheckChar(body),
      mobile: `139${String(10_000_000 + i * 7919).slice(-8)}`,
      email: `user${i}@example.com`,
      orderNo: `2024${String(i).padStart(14, '0')}`,
    };
  });
}
