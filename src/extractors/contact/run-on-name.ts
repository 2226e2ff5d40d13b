/**
 * The person's name that opens a contact's run-on text, where a page's line breaks were lost
 * and the name runs into the office ("Shauna Roe Lakeshore Cancer Institute"), proved by the
 * contact's email address.
 * @packageDocumentation
 */
import { asPersonName } from './person-name.js';

/** Letters of `s` in lower case, diacritics removed ("Rocío" → "rocio"). */
const folded = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** True when the email's local part `local` holds the name word `word` or a part of it of three letters or more ("Threlkeld-Obi" in "shauna.threlkeld"). */
function inLocal(word: string, local: string): boolean {
  const whole = folded(word);
  if (whole.length >= 3 && local.includes(whole)) return true;
  return word.includes('-') && word.split('-').some((p) => folded(p).length >= 3 && local.includes(folded(p)));
}

/** The longest a name may run, in words, honorifics and particles included. */
const MAX_NAME_WORDS = 5;

/**
 * Splits `text`, a contact's organisation that opens with a person's name and goes on with more
 * words, into the name and the rest, when the email's local part holds the name's last word
 * ("Rowan Pettigrew Halyard Communications" with "rpettigrew@…": "Rowan Pettigrew") or is the
 * name's first word alone ("colleen@…": the first two words). Null otherwise: with no address to
 * prove it, "Johns Hopkins Media Relations" has the same shape.
 */
export function leadingPersonName(text: string, email: string | null): { name: string; rest: string } | null {
  if (!email) return null;
  const local = folded(email.slice(0, email.indexOf('@')));
  if (local.length < 3) return null;
  const tokens = text.replace(/\s+/g, ' ').trim().split(' ');
  if (tokens.length < 3) return null;
  for (let k = Math.min(MAX_NAME_WORDS, tokens.length - 1); k >= 2; k--) {
    if (!inLocal(tokens[k - 1]!, local)) continue;
    const name = asPersonName(tokens.slice(0, k).join(' '));
    if (name && name.split(' ').length >= 2) return { name, rest: tokens.slice(k).join(' ') };
  }
  // "colleen@…": the address is the first name alone; the name is taken as its first two words.
  if (folded(tokens[0]!) === local) {
    const name = asPersonName(tokens.slice(0, 2).join(' '));
    if (name) return { name, rest: tokens.slice(2).join(' ') };
  }
  return null;
}
