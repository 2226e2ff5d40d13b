/**
 * Email addresses and phone numbers as printed, each with its place and, when it cannot be
 * what it claims to be, the reason.
 * @packageDocumentation
 */
import type { Block, ReleaseDocument } from '../../types.js';
import { proseBlocks, sourceOffset } from '../locate.js';
import { loadedPhoneLibrary } from '../../extractors/contact/phones.js';

/** A printed email address or phone number with its source offset and the reason it is malformed (or null). */
export interface PrintedContact {
  value: string;
  offset: number;
  block: Block;
  problem: string | null;
}

const LOCAL_CHAR = /[A-Za-z0-9.!#$%&'*+=?^_`{|}~-]/;
const LOCAL = /^[A-Za-z0-9!#$%&'*+=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+=?^_`{|}~-]+)*$/;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const RIGHT_STOP = /[\s<>()[\]"'`;\u200b-\u200d\u2060\ufeff]/;
const TRAILING = /[.,;:!?’”»]+$/;

/** Checks an email address, returning why it is malformed or null when it is well formed. */
export function emailProblem(email: string): string | null {
  const at = email.indexOf('@');
  if (at < 0) return 'it has no "@"';
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (domain.includes('@')) return 'it has more than one "@"';
  if (!local) return 'the part before "@" is empty';
  if (local.length > 64) return 'the part before "@" is longer than 64 characters';
  if (!LOCAL.test(local)) return `the part before "@" ("${local}") has a misplaced dot or an illegal character`;
  if (!domain) return 'the domain after "@" is empty';
  const labels = domain.split('.');
  if (labels.length < 2) return `the domain "${domain}" has no top-level domain`;
  const bad = labels.find((l) => !LABEL.test(l));
  if (bad !== undefined) return bad === '' ? `the domain "${domain}" has an empty label` : `the domain label "${bad}" has an illegal character`;
  const tld = labels[labels.length - 1]!;
  if (!/^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu.test(tld)) return `the top-level domain "${tld}" is not a name`;
  return null;
}

/** The email-like strings of a block's text (something@something), with their index. */
export function scanEmails(text: string): Array<{ value: string; index: number }> {
  const out: Array<{ value: string; index: number }> = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start === at) continue; // a handle ("@pressoffice"), not an address
    let end = at + 1;
    while (end < text.length && end - at < 256 && !RIGHT_STOP.test(text[end]!)) end++;
    const value = text.slice(start, end).replace(TRAILING, '');
    if (value.indexOf('@') !== value.lastIndexOf('@')) at = start + value.lastIndexOf('@');
    out.push({ value, index: start });
  }
  return out;
}

const emailCache = new WeakMap<ReleaseDocument, PrintedContact[]>();
const phoneCache = new WeakMap<ReleaseDocument, PrintedContact[]>();

/** Every email address printed in the release, and those in `mailto:` links. */
export function printedEmails(doc: ReleaseDocument): PrintedContact[] {
  const cached = emailCache.get(doc);
  if (cached) return cached;
  const out: PrintedContact[] = [];
  emailCache.set(doc, out);
  for (const block of proseBlocks(doc)) {
    const seen = new Set<string>();
    for (const e of scanEmails(block.text)) {
      seen.add(e.value.toLowerCase());
      out.push({ value: e.value, offset: sourceOffset(doc, block, e.index, e.value.length), block, problem: emailProblem(e.value) });
    }
    for (const link of block.links) {
      if (!/^mailto:/i.test(link.url)) continue;
      let value = link.url.slice(7).replace(/\?.*$/s, '').trim();
      try {
        value = decodeURIComponent(value);
      } catch {
        /* keep it */
      }
      if (seen.has(value.toLowerCase())) continue;
      seen.add(value.toLowerCase());
      out.push({ value, offset: link.offset >= 0 ? link.offset : block.start, block, problem: emailProblem(value) });
    }
  }
  return out;
}

const PHONE = /(?<![\w+./@=])(?:\+[ \u00a0]?)?\(?\d[\d \u00a0().\-–]{4,28}\d(?![\w])(?:[ \u00a0]?(?:ext\.?|x)[ \u00a0]?\d{1,6})?/g;
const PHONE_LABEL = /(?:^|\n|\s)(?:(?:tel(?:ephone)?|phone|ph|mobile|mob|cell|office|direct|landline)\.?[ \u00a0]{0,3}:?|[TPM][ \u00a0]{0,2}:)[ \u00a0]{0,3}(?=[+(\d])/gi;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a printed phone number, returning why it is malformed or null when it could be dialled.
 * A number with a `+CC` prefix needs libphonenumber-js loaded (`loadPhoneLibrary`).
 */
export function phoneProblem(phone: string): string | null {
  const main = phone.replace(/[ \u00a0]?(?:ext\.?|x)[ \u00a0]?\d{1,6}$/i, '');
  const digits = main.replace(/\D/g, '');
  if ((main.match(/\(/g)?.length ?? 0) !== (main.match(/\)/g)?.length ?? 0)) return 'its parentheses do not pair';
  if (main.trim().startsWith('+')) {
    const { parsePhoneNumberFromString, validatePhoneNumberLength } = loadedPhoneLibrary();
    const reason = validatePhoneNumberLength(main);
    if (reason === 'INVALID_COUNTRY') return `"+${digits.slice(0, 3)}…" is not a country calling code`;
    if (reason === 'TOO_SHORT' || reason === 'NOT_A_NUMBER') return `it has too few digits (${digits.length}) for its country code`;
    if (reason === 'TOO_LONG') return `it has too many digits (${digits.length}) for its country code`;
    if (reason === 'INVALID_LENGTH') return `its length (${digits.length} digits) is not used in that country`;
    const parsed = parsePhoneNumberFromString(main);
    if (!parsed || !parsed.isPossible()) return 'it is not a possible number for its country code';
    return null;
  }
  if (digits.length > 15) return `it has ${digits.length} digits, more than any phone number (15)`;
  return null;
}

/** True when a line of a contacts section or a labelled line ("Tel:") may hold phone numbers. */
function phoneSpans(block: Block): Array<[number, number]> {
  if (block.section === 'contacts') return [[0, block.text.length]];
  const spans: Array<[number, number]> = [];
  for (const m of block.text.matchAll(PHONE_LABEL)) {
    const from = m.index + m[0].length;
    const eol = block.text.indexOf('\n', from);
    spans.push([from, Math.min(eol < 0 ? block.text.length : eol, from + 60)]);
  }
  return spans;
}

const CONTACT_WORD = /\b(?:contacts?|media|press|inquiries|enquiries|communications)\b/gi;

/** True when a phone number of ten digits or more follows a contact word ("Media: …", "Press office …") within a short distance. */
export function hasLabelledPhone(doc: ReleaseDocument): boolean {
  for (const block of proseBlocks(doc)) {
    for (const m of block.text.matchAll(CONTACT_WORD)) {
      const near = block.text.slice(m.index, m.index + 100);
      for (const p of near.matchAll(PHONE)) if (p[0].replace(/\D/g, '').length >= 10) return true;
    }
  }
  return false;
}

/** Phone numbers printed in contacts sections and after phone labels, in order. */
export function printedPhones(doc: ReleaseDocument): PrintedContact[] {
  const cached = phoneCache.get(doc);
  if (cached) return cached;
  const out: PrintedContact[] = [];
  phoneCache.set(doc, out);
  for (const block of proseBlocks(doc)) {
    const seen = new Set<number>();
    for (const [from, to] of phoneSpans(block)) {
      const span = block.text.slice(from, to);
      for (const m of span.matchAll(PHONE)) {
        const value = m[0].trim();
        const index = from + m.index;
        if (seen.has(index) || ISO_DATE.test(value)) continue;
        if (value.replace(/\D/g, '').length < 7) continue;
        seen.add(index);
        out.push({ value, offset: sourceOffset(doc, block, index, m[0].length), block, problem: phoneProblem(value) });
      }
    }
  }
  return out;
}
