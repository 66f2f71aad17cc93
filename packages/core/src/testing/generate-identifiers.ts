import { gb32100CheckChar } from '../checksums/gb32100-mod31.js';
import { vinCheckChar } from '../checksums/iso3779-vin.js';
import { luhnCheckDigit } from '../checksums/luhn.js';
import { hkidCheckChar } from '../checksums/hkid-mod11.js';
import { icaoCheckDigit } from '../checksums/icao-9303.js';
import { mod11_2CheckChar } from '../checksums/iso7064-mod11-2.js';
import { ibanCheckDigits } from '../checksums/iso7064-mod97-10.js';
import { twIdCheckDigit } from '../checksums/tw-id-mod10.js';

/**
 * A synthetic resident ID number with a computed check digit, for tests and fixtures (never a real person's):
 * region code, birth date YYYYMMDD and a 3-digit sequence (odd = male).
 */
export function generateRic18(region: string, birth: string, seq: string): string {
  const body = `${region}${birth}${seq}`;
  const check = mod11_2CheckChar(body);
  if (check === undefined) throw new RangeError(`not a 17-digit body: ${body}`);
  return body + check;
}

/** A digit string of `length` that starts with `prefix`, padded with a repeating filler and ending in a Luhn check digit. */
export function generateLuhn(prefix: string, length: number, filler = '0123456789'): string {
  let body = prefix;
  for (let i = 0; body.length < length - 1; i++) body += filler[i % filler.length];
  return body + luhnCheckDigit(body);
}

/** The same digits as `generateLuhn` with the check digit changed, so that the Luhn test fails. */
export function generateLuhnFail(prefix: string, length: number, filler = '0123456789'): string {
  const good = generateLuhn(prefix, length, filler);
  return good.slice(0, -1) + String((Number(good.at(-1)) + 1) % 10);
}

/** A unified social credit code (GB 32100) from a 17-character body, with its check character computed. */
export function generateUscc(body: string): string {
  const check = gb32100CheckChar(body);
  if (check === undefined) throw new RangeError(`not a 17-character USCC body: ${body}`);
  return body + check;
}

/** A VIN whose 9th character is replaced by the computed ISO 3779 check digit. */
export function generateVin(vin17: string): string {
  const check = vinCheckChar(vin17);
  if (check === undefined) throw new RangeError(`not a 17-character VIN: ${vin17}`);
  return vin17.slice(0, 8) + check + vin17.slice(9);
}

/** A synthetic 2023 foreigner permanent-residence ID: 9 + province + ISO numeric nationality + YYYYMMDD + sequence + check. */
export function generateFpr2023(province: string, nationality: string, birth: string, seq: string): string {
  return generateRic18(`9${province}${nationality}`, birth, seq);
}

/** A synthetic HKID (compact, no brackets) for a body of 1–2 capital letters and 6 digits. */
export function generateHkid(body: string): string {
  const check = hkidCheckChar(body);
  if (check === undefined) throw new RangeError(`not an HKID body: ${body}`);
  return body + check;
}

/** A synthetic Taiwan national ID or UI number for a 9-character body (letter + [1289A-D] + 7 digits). */
export function generateTwId(body: string): string {
  const check = twIdCheckDigit(body);
  if (check === undefined) throw new RangeError(`not a Taiwan ID body: ${body}`);
  return body + check;
}

/** A synthetic IBAN (compact) for a country code and a BBAN. */
export function generateIban(country: string, bban: string): string {
  return `${country}${ibanCheckDigits(country, bban)}${bban}`;
}

/** Fields of a synthetic machine-readable zone; dates are YYMMDD, names and numbers upper case. */
export interface MrzFields {
  documentNumber: string;
  nationality: string;
  birth: string;
  sex: 'M' | 'F' | '<';
  expiry: string;
  issuer?: string;
  surname?: string;
  givenNames?: string;
  personalNumber?: string;
}

function check(field: string): string {
  const c = icaoCheckDigit(field);
  if (c === undefined) throw new RangeError(`not an MRZ field: ${field}`);
  return c;
}

/** A synthetic ICAO 9303 TD3 (passport) MRZ: two 44-character lines with every check digit computed. */
export function generateMrzTd3(f: MrzFields): [string, string] {
  const name = `${f.surname ?? 'ZHANG'}<<${(f.givenNames ?? 'SAN').replace(/ /g, '<')}`;
  const line1 = `P<${f.issuer ?? f.nationality}${name}`.padEnd(44, '<').slice(0, 44);
  const doc = f.documentNumber.padEnd(9, '<');
  const personal = (f.personalNumber ?? '').padEnd(14, '<');
  const personalCheck = /^<+$/.test(personal) ? '<' : check(personal);
  const body = `${doc}${check(doc)}${f.nationality}${f.birth}${check(f.birth)}${f.sex}${f.expiry}${check(f.expiry)}${personal}${personalCheck}`;
  const composite = `${body.slice(0, 10)}${body.slice(13, 20)}${body.slice(21, 43)}`;
  return [line1, body + check(composite)];
}

/** A synthetic ICAO 9303 TD2 MRZ: two 36-character lines with every check digit computed. */
export function generateMrzTd2(f: MrzFields): [string, string] {
  const name = `${f.surname ?? 'ZHANG'}<<${(f.givenNames ?? 'SAN').replace(/ /g, '<')}`;
  const line1 = `I<${f.issuer ?? f.nationality}${name}`.padEnd(36, '<').slice(0, 36);
  const doc = f.documentNumber.padEnd(9, '<');
  const optional = (f.personalNumber ?? '').padEnd(7, '<');
  const body = `${doc}${check(doc)}${f.nationality}${f.birth}${check(f.birth)}${f.sex}${f.expiry}${check(f.expiry)}${optional}`;
  const composite = `${body.slice(0, 10)}${body.slice(13, 20)}${body.slice(21, 35)}`;
  return [line1, body + check(composite)];
}
