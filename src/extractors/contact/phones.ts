/**
 * Telephone numbers in contact text: the printed form, and E.164 through libphonenumber-js
 * when the country can be told. The only module that loads libphonenumber-js, lazily: the
 * library entry registers it, `convertAsync` loads it when a release holds a phone-like digit
 * run ({@link mayHoldPhone}), and `pr2meta check` before it lints (its phone rule asks it
 * through {@link loadedPhoneLibrary}).
 * @packageDocumentation
 */
import type { CountryCode } from 'libphonenumber-js';
import type { Block } from '../../types.js';

/** The parts of libphonenumber-js this module uses. */
export interface PhoneLibrary {
  parsePhoneNumberFromString: typeof import('libphonenumber-js').parsePhoneNumberFromString;
  isSupportedCountry: typeof import('libphonenumber-js').isSupportedCountry;
  findNumbers: typeof import('libphonenumber-js').findNumbers;
  validatePhoneNumberLength: typeof import('libphonenumber-js').validatePhoneNumberLength;
}

let phoneLibrary: PhoneLibrary | undefined;

/** Makes libphonenumber-js available synchronously (the library entry registers it up front). */
export function registerPhoneLibrary(library: PhoneLibrary): void {
  phoneLibrary = library;
  E164_MEMO.clear();
}

/** Loads libphonenumber-js once; resolves at once when it is there. */
export async function loadPhoneLibrary(): Promise<void> {
  if (phoneLibrary) return;
  E164_MEMO.clear();
  const mod = await import('libphonenumber-js');
  // Node names the CommonJS exports; an esbuild chunk may give them only as `default`.
  const named = mod as unknown as Partial<PhoneLibrary> & { default?: PhoneLibrary };
  const lib = (named.parsePhoneNumberFromString ? named : named.default) as PhoneLibrary;
  phoneLibrary = {
    parsePhoneNumberFromString: lib.parsePhoneNumberFromString,
    isSupportedCountry: lib.isSupportedCountry,
    findNumbers: lib.findNumbers,
    validatePhoneNumberLength: lib.validatePhoneNumberLength,
  };
}

/** libphonenumber-js once registered or loaded ({@link loadPhoneLibrary}); an error saying so before. */
export function loadedPhoneLibrary(): PhoneLibrary {
  return library();
}

/** libphonenumber-js, or an error saying how to load it (a phone was found without it). */
function library(): PhoneLibrary {
  if (!phoneLibrary) throw new Error('Missing libphonenumber-js, expected loadPhoneLibrary() or the library entry to load it first');
  return phoneLibrary;
}

/** A digit run that {@link findPhones} could read as a number: the part every match of its pattern holds. */
const PHONE_HINT = /\d[\d\u00a0 ().\u2010-\u2013-]{5,24}\d/;

/** The head of a toll-free number printed in letters after its code ("1-800-NEWS…", {@link LETTER_VANITY}). */
const LETTER_VANITY_HINT = /\b8(?:00|33|44|55|66|77|88)-[A-Z]{3}/;

/** A link target as text, `%20` and the like decoded (the contact reader adds `tel:` and `mailto:` targets to lines). */
function linkText(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * True when a block may hold a telephone number: a phone-like digit run in its text or a
 * link target, or any `tel:` link. Blocks for which this is false never reach libphonenumber-js.
 */
export function mayHoldPhone(blocks: readonly Block[]): boolean {
  return blocks.some((b) => PHONE_HINT.test(b.text) || LETTER_VANITY_HINT.test(b.text) || b.links.some((l) => /^tel:/i.test(l.url) || PHONE_HINT.test(linkText(l.url))));
}

/** A telephone number found in a piece of text. */
export interface PhoneMatch {
  /** The number as printed, with its extension when one follows ("519-555-0100, ext. 85165"). */
  printed: string;
  /** The number with its extension written `NUMBER ext. DIGITS` ("519-555-0100 ext. 85165"). */
  value: string;
  /** The extension digits, else null. */
  extension: string | null;
  /** Offset of the printed text in the scanned string. */
  start: number;
  end: number;
}

/**
 * A run that starts with `+`, `00`, `(` or a digit and holds digits, spaces, dots, dashes and brackets;
 * or a number whose area code a slash parts from the rest, as German and Austrian offices print it
 * ("+49 (0)30 / 8445-1234", "030/8445-1234"): the code opens with `+CC`, `00CC` or a trunk `0`,
 * and no slash follows the number (a date such as "05/12/2031" or "0301/2031" has too few digits after its slash).
 */
const PHONE =
  /(?<![\p{L}\p{N}@+/=_.-])(?:(?:(?:\+|00)[1-9]\d{0,2}[ \u00a0]?(?:\(0\)[ \u00a0]?)?\d{1,5}|\(?0\d{1,5}\)?)[ \u00a0]?\/[ \u00a0]?\d[\d\u00a0 -]{3,14}\d(?![\p{N}/])(?![.,]\d)|(?:\+\s?|\(\s?\+?)?\d[\d\u00a0 ().\u2010-\u2013-]{5,24}\d(?!\p{N})(?![.,]\d))/gu;

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/**
 * Drops an unmatched bracket at either end of a printed number, and a bracket opened after
 * the number and not closed within the run ("+61 2 6125 4171 (24 hours)" gives "+61 2 6125 4171").
 */
function trimBrackets(s: string): string {
  let t = s.trim();
  let open = (t.match(/\(/g) ?? []).length;
  const close = (t.match(/\)/g) ?? []).length;
  const last = t.lastIndexOf('(');
  if (open > close && last > 0 && !t.includes(')', last) && /^\(\s?\d{1,3}$/.test(t.slice(last))) {
    t = t.slice(0, last).trim();
    open--;
  }
  if (open > close && t.startsWith('(')) t = t.slice(1).trim();
  if (close > open && t.endsWith(')')) t = t.slice(0, -1).trim();
  return t;
}

/** True for a run that is a date, a year range, a citation's page and year or a list of small numbers rather than a phone. */
function notAPhone(printed: string): boolean {
  if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(printed)) return true;
  if (/^\d{4}\s?[-\u2013]\s?\d{4}$/.test(printed)) return true;
  if (/\d\.\d{1,2}(?:\s|$)/.test(printed) && !/\d{3}\.\d{3}\.\d{4}/.test(printed)) return true;
  // A citation's page or article number and its year ("14, 702 (2031)", "e0312 (2029)").
  if (/^\d{1,6}\s?\((?:1[89]|20)\d{2}\)?$/.test(printed)) return true;
  // A year ending a sentence, then a count ("Te Aro Press, 2031. 384 pp."): a full stop and a space part no phone's digits.
  if (/^(?:1[5-9]|20)\d{2}\.\s/.test(printed)) return true;
  return false;
}

/** Shapes of postal codes that also look like short phone numbers: ZIP+4, Brazil (5-3), Portugal (4-3), Japan (3-4). */
const POSTAL_SHAPE = /^(?:\d{5}-\d{4}|\d{5}-\d{3}|\d{4}-\d{3}|\d{3}-\d{4})$/;
/** A town (and state) ending an address line before the code: ", Tokyo ", ", Washington, DC ". */
const PLACE_BEFORE = /,[ \t]{0,2}\p{Lu}[\p{L}.-]{1,30}(?:[ \t]\p{Lu}[\p{L}.-]{1,30}){0,2},?[ \t]{1,2}$/u;
/** Words of a Japanese address before the code ("Bunkyo-ku, Tokyo ", "〒"). */
const JAPAN_ADDRESS = /〒[ \t]?$|-(?:ku|shi|cho|machi|gun)\b/i;
/** A country name right after the code (", Japan"). */
const COUNTRY_AFTER = /^[ \t]{0,2},?[ \t]{0,2}(?:Japan|Portugal|Brazil|Brasil|USA|U\.S\.A\.)\b/;

/**
 * True when the digit run `printed` at `start` is the postal code of an address line
 * ("Bunkyo-ku, Tokyo 113-8654, Japan", "Washington, DC 20036-4505") rather than a phone.
 * The Japanese shape (3-4), which is also a local phone number, needs a Japanese address or a country after it.
 */
function postalCode(text: string, start: number, printed: string): boolean {
  if (!POSTAL_SHAPE.test(printed)) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(start + printed.length, start + printed.length + 24);
  if (COUNTRY_AFTER.test(after)) return true;
  if (/^\d{3}-/.test(printed)) return JAPAN_ADDRESS.test(before);
  return PLACE_BEFORE.test(before);
}

/** An extension printed right after a number: ", ext. 85165", " Extn. 210", " x1234", " extension 12", " #12", " (ext: 12)", ", Durchwahl 4536", ", poste 2210", a Philippine " loc. 4576". */
const EXTENSION = /^[ \t\u00a0]{0,3}[,;(]?[ \t\u00a0]{0,3}(?:ext(?:ension|n)?\.?|durchwahl|dw\.|poste|loc(?:al)?\.?|x|#)[ \t\u00a0]{0,3}[.:]?[ \t\u00a0]{0,2}(\d{1,6})(?![\p{L}\p{N}])\)?/iu;

/** An extension written at the end of a number value, for stripping before parsing. */
const TRAILING_EXTENSION = /\s+ext\.\s\d{1,6}$/;

/** The number of a phone value without its extension ("519-555-0100 ext. 85165" → "519-555-0100"). */
export const withoutExtension = (value: string): string => value.replace(TRAILING_EXTENSION, '');

/** A match for the number printed at `start`, taking an extension printed after it. */
function matchAt(text: string, printed: string, start: number): PhoneMatch {
  const end = start + printed.length;
  const ext = EXTENSION.exec(text.slice(end, end + 24));
  if (!ext) return { printed, value: printed, extension: null, start, end };
  const taken = ext[0].endsWith(')') && !ext[0].includes('(') ? ext[0].length - 1 : ext[0].length;
  return { printed: text.slice(start, end + taken), value: `${printed} ext. ${ext[1]!}`, extension: ext[1]!, start, end: end + taken };
}

/**
 * A label that ends right before a registration number, not a phone: a charity, company or tax
 * number ("Registered charity no. ", "Company number: ", "VAT Reg. No. GB ", "ABN ", "EIN "),
 * or a release's own number ("Press Release Number: ", "News release no. ").
 */
const REGISTRATION_LABEL =
  /(?:\b(?:charity|company|companies|registration|registered|reg\.?|tax|incorporation|release)(?:[ \t]{1,2}(?:reg(?:istration|istered)?\.?|no\.?|nos\.?|number|nr\.?|num\.?|id|identification|#)){1,3}|\b(?:VAT|GST|ABN|ACN|ARBN|EIN|TIN|SIRE[NT]|KvK|CRN|NZBN|UEN|CIN|CHY)(?:[ \t]{1,2}(?:reg(?:istration|istered)?\.?|no\.?|number|nr\.?|id|#)){0,3})[ \t]{0,2}[.:#(]?[ \t]{0,2}(?:[A-Z]{2}[ \t]?)?$/i;

/** A book's or serial's number label right before the digits ("ISBN ", "ISBN-13: ", "eISSN "). */
const BOOK_NUMBER_LABEL = /\b(?:e-?)?IS[BS]N(?:[ -]?1[03])?[ \t]{0,2}:?[ \t]{0,2}$/i;

/** True when the digit run at `start` follows a registration label ({@link REGISTRATION_LABEL}). */
function registrationNumber(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  if (BOOK_NUMBER_LABEL.test(before)) return true;
  return /(?:no|nr|number|id|#|reg|[A-Z]{3,5})[ \t]{0,2}[.:#(]?[ \t]{0,2}(?:[A-Z]{2}[ \t]?)?$/i.test(before) && REGISTRATION_LABEL.test(before);
}

/** The digits of a North American toll-free number before its letters ("1-800-555", "888-555"). */
const TOLL_FREE_HEAD = /^(?:\+?1[-. ])?8(?:00|33|44|55|66|77|88)[-. ]\d{3}$/;
/** The letters that end a vanity number ("-NASA", "-STAR"), not the start of a word. */
const VANITY_TAIL = /^-[A-Z]{4}(?![\p{L}\p{N}])/u;

/**
 * A North American toll-free number whose seven last digits are all printed as letters
 * ("1-800-NEWS-NOW", "888-PRESSNOW"): a toll-free code, then seven capitals in one group or in two of three and four.
 */
const LETTER_VANITY = /(?<![\p{L}\p{N}+-])(?:1[-. ])?8(?:00|33|44|55|66|77|88)-(?:[A-Z]{7}|[A-Z]{3}-[A-Z]{4}|[A-Z]{4}-[A-Z]{3})(?![\p{L}\p{N}-])/gu;

/** The toll-free numbers of `text` printed wholly in letters after the code ({@link LETTER_VANITY}). */
function letterVanities(text: string): PhoneMatch[] {
  if (!text.includes('8')) return [];
  return [...text.matchAll(LETTER_VANITY)].map((m) => matchAt(text, m[0], m.index));
}

/** Finds the telephone numbers in `text` in printed order (7 to 15 digits), each with any extension printed after it. */
export function findPhones(text: string): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  PHONE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE.exec(text)) !== null) {
    const raw = m[0];
    const printed = trimBrackets(raw);
    const start = m.index + raw.indexOf(printed);
    const n = digitsOf(printed).length;
    if (n > 15) {
      // Two numbers printed side by side: let libphonenumber-js split them.
      for (const f of library().findNumbers(printed, { defaultCountry: 'US', v2: true })) {
        out.push(matchAt(text, printed.slice(f.startsAt, f.endsAt), start + f.startsAt));
      }
      continue;
    }
    if (n < 7 || notAPhone(printed) || postalCode(text, start, printed) || registrationNumber(text, start)) continue;
    // A toll-free number ending in letters ("1-800-555-NASA"): the letters are part of the number.
    const vanity = n <= 8 && TOLL_FREE_HEAD.test(printed) ? VANITY_TAIL.exec(text.slice(start + printed.length, start + printed.length + 12)) : null;
    const hit = matchAt(text, vanity ? printed + vanity[0] : printed, start);
    out.push(hit);
    if (hit.extension) PHONE.lastIndex = Math.max(PHONE.lastIndex, hit.end);
  }
  const lettered = letterVanities(text);
  return lettered.length ? [...out, ...lettered].sort((a, b) => a.start - b.start) : out;
}

/** True for the North American shapes: (212) 555-0100, 212-555-0100, 212.555.0100, 1-212-555-0100. */
export const isNanpShape = (printed: string): boolean =>
  /^(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}$/.test(printed.trim());

/** The country whose ccTLD ends an address (`.uk` → GB, `.edu`/`.gov` → US), or null. */
export function countryOfEmail(email: string | null): CountryCode | null {
  const tld = (email ?? '').split('.').pop()?.toLowerCase() ?? '';
  if (tld === 'edu' || tld === 'gov' || tld === 'mil') return 'US';
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  // Without a phone in the release the library is not loaded, and no country is needed.
  return code.length === 2 && phoneLibrary?.isSupportedCountry(code) === true ? code : null;
}

/** The calling country of a printed international number (`+44 …` → GB), or null. */
export function countryOfPhone(printed: string): CountryCode | null {
  if (!/^\s*(?:\+|00)/.test(printed)) return null;
  const p = library().parsePhoneNumberFromString(printed.replace(/^\s*00/, '+'));
  return p?.country ?? null;
}

/** True when `code` is a country libphonenumber-js knows. */
export const knownCountry = (code: string): code is CountryCode => phoneLibrary?.isSupportedCountry(code) === true;

/**
 * The E.164 form of a printed number (an extension is left out): from its `+CC` prefix, else in `country` when the
 * number is valid there, else as a North American number when it has that shape; null
 * when the country cannot be told. `country` may be given as a function, called only when a
 * number without a `+CC` prefix needs it.
 */
export function toE164(value: string, country: CountryCode | null | (() => CountryCode | null)): string | null {
  // E.164 has no extension: the number is converted without it.
  const printed = withoutExtension(value);
  const intl = printed.trim().replace(/^00/, '+');
  if (intl.startsWith('+')) {
    return memo(intl, () => {
      const p = library().parsePhoneNumberFromString(intl);
      return p && p.isPossible() ? p.number : null;
    });
  }
  const code = typeof country === 'function' ? country() : country;
  return memo(`${printed}\u0000${code ?? ''}`, () => nationalToE164(printed, code));
}

/** Answers of {@link toE164} by number (and country): a press office's numbers recur across its releases. */
const E164_MEMO = new Map<string, string | null>();
/** Entries the memo holds at most (peak memory matters more than the last hits). */
const E164_MEMO_SIZE = 256;

/** The memoised answer for `key`, computed by `compute` when missing. */
function memo(key: string, compute: () => string | null): string | null {
  const hit = E164_MEMO.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (E164_MEMO.size >= E164_MEMO_SIZE) E164_MEMO.clear();
  E164_MEMO.set(key, value);
  return value;
}

/** The E.164 form of a number printed without `+CC`: valid in `code`, else a valid North American number. */
function nationalToE164(printed: string, code: CountryCode | null): string | null {
  if (code) {
    const p = library().parsePhoneNumberFromString(printed, code);
    if (p && p.isValid()) return p.number;
  }
  if (isNanpShape(printed)) {
    const p = library().parsePhoneNumberFromString(printed, 'US');
    if (p && p.isValid()) return p.number;
  }
  return null;
}
