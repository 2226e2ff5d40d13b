/**
 * Groups a sequence of contact items into one entry per person or desk, and merges entries
 * for the same person.
 * @packageDocumentation
 */
import type { Block } from '../../types.js';
import { personKey, splitName } from '../../text/names.js';
import type { Item } from './items.js';
import { emailMatchesName, isDeskMailbox } from './emails.js';

/** An item with the block it was read from. */
export interface PlacedItem extends Item {
  block: Block;
}

/** Where one field of a draft was printed. */
export interface FieldSource {
  block: Block;
  printed: string;
  strategy: string;
}

/** A contact being assembled, with where each field was printed. */
export interface ContactDraft {
  name: string | null;
  role: string | null;
  organization: string | null;
  email: string | null;
  phone: string | null;
  /** True when the name is the person sought ("To contact author X"), not who answers. */
  target: boolean;
  /** True for a person a contact block names in a paragraph of their own before a desk's: kept without an email or phone. */
  keep?: boolean;
  sources: Partial<Record<'name' | 'role' | 'organization' | 'email' | 'phone', FieldSource>>;
}

/** A line break between items; `para` marks a blank line (a new paragraph) inside a contact block. */
export interface ItemBreak {
  kind: 'break';
  para?: boolean;
}

/** The first email read from item `from` up to the next blank line, or null. */
function paragraphEmail(items: readonly (PlacedItem | ItemBreak)[], from: number): string | null {
  for (let j = from; j < items.length && j < from + 40; j++) {
    const it = items[j]!;
    if (it.kind === 'break') {
      if ((it as ItemBreak).para === true) return null;
      continue;
    }
    if (it.kind === 'email') return (it as PlacedItem).value;
  }
  return null;
}

const emptyDraft = (): ContactDraft => ({ name: null, role: null, organization: null, email: null, phone: null, target: false, sources: {} });
const hasData = (d: ContactDraft): boolean => d.email !== null || d.phone !== null;

/**
 * Groups items read in order into drafts. A name starts a new entry once the current one
 * has a name or data, except on the line right after the named person's job title, where
 * it is their organisation, and so is one right after the name line when the email that follows is the
 * named person's; a role or organisation at the start of a line does so once the current
 * entry has data; a second email or phone right after the first is an alternate and dropped
 * (the first printed wins), except a desk mailbox opening a line after a person's address,
 * which starts the desk's entry; two people offered together ("Jo Ames or Kim Lee on …") share the
 * email and phone printed after them; an out-of-hours number is the entry's phone only when it prints no other;
 * a name after a phone that opens its line, on that line, is the phone's person ("+61 3 9035 1234 – Jess Hart").
 */
export function groupItems(items: readonly (PlacedItem | ItemBreak)[], strategy: string): ContactDraft[] {
  const out: ContactDraft[] = [];
  let cur = emptyDraft();
  let lineStart = true;
  let last: Item['kind'] | null = null;
  // People offered together with the current one ("Jo Ames or Kim Lee on …"): they get its email and phone too.
  let sharers: ContactDraft[] = [];
  let curShares = false;
  // The current person takes the email printed after the bracketed details of the next ones ("A (…) and B (…), desk@…").
  let curSharesEmail = false;
  // The current person takes the one phone printed after everyone with "both"/"either" ("…; both at 608…").
  let curSharesPhone = false;
  // The current entry's out-of-hours number, its phone when it prints no other.
  let spare: PlacedItem | null = null;
  const settleSpare = (): void => {
    if (spare && cur.phone === null && (cur.name !== null || cur.email !== null || cur.organization !== null || cur.role !== null)) set('phone', spare);
    spare = null;
  };
  const push = (): void => {
    settleSpare();
    out.push(cur);
    cur = emptyDraft();
  };
  const set = (field: keyof ContactDraft['sources'], it: PlacedItem): void => {
    if (cur[field] !== null) return;
    cur[field] = it.value;
    cur.sources[field] = { block: it.block, printed: it.printed, strategy };
    if (field !== 'email' && field !== 'phone') return;
    for (const s of sharers) {
      if (s[field] !== null) continue;
      s[field] = it.value;
      s.sources[field] = { block: it.block, printed: it.printed, strategy };
    }
  };
  // True at the first item after a blank line inside a contact block.
  let paraStart = false;
  // The phone that opened the current line, if one did.
  let linePhone: PlacedItem | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === 'break') {
      lineStart = true;
      if ((it as ItemBreak).para === true) paraStart = true;
      continue;
    }
    const placed = it as PlacedItem;
    // "Jo Ames, Team Leader / <blank line> / Example Global Communications / Email: pr@…": a paragraph
    // opening on a desk after a named person without data of their own is the desk's entry, not theirs.
    if (paraStart && (placed.kind === 'org' || placed.kind === 'role') && cur.name !== null && !hasData(cur) && !curShares) {
      const email = paragraphEmail(items, i);
      if (email !== null && (isDeskMailbox(email) || !emailMatchesName(email, cur.name))) {
        cur.keep = true;
        sharers = [];
        push();
      }
    }
    const atPara = paraStart;
    paraStart = false;
    if (placed.spare) {
      if (spare === null) spare = placed;
      continue;
    }
    switch (placed.kind) {
      case 'name':
        // "Jo Ames, Team Leader / Lab, Institute / <blank line> / Kim Lee / Press Office / Tel: … / kim@…": a name opening
        // a paragraph that holds an address not the first person's, after a person whose title and organisation are read
        // but no data, is the next person, and the first stays offered with no email or phone.
        const ownEmail = atPara && cur.name !== null && cur.role !== null && cur.organization !== null && !hasData(cur) && !curShares ? paragraphEmail(items, i) : null;
        if (ownEmail !== null && cur.name !== null && !emailMatchesName(ownEmail, cur.name)) {
          cur.keep = true;
          sharers = [];
          push();
          set('name', placed);
          cur.target = placed.target === true;
          break;
        }
        // "Name / Job title / Organisation" on separate lines: a name-like line right after the
        // named person's title, before any email or phone, is their organisation.
        if (cur.name !== null && !hasData(cur) && lineStart && cur.role !== null && (last === 'role' || last === 'org')) {
          set('organization', placed);
          break;
        }
        // "Prof. Jo Ames / Glacier Hydrology, ETH Zurich / jo.ames@…": a name-like line right after the
        // person's name line is where they work when the address that follows is the person's, not its.
        if (cur.name !== null && !hasData(cur) && lineStart && last === 'name' && !curShares) {
          const email = paragraphEmail(items, i);
          if (email !== null && emailMatchesName(email, cur.name) && !emailMatchesName(email, placed.value)) {
            set('organization', placed);
            break;
          }
        }
        // "+61 3 9035 1234 – Jess Hart (jess@…)": a phone opening the line, then the person on that line, is theirs.
        if (!lineStart && last === 'phone' && linePhone !== null) {
          if (cur.phone === linePhone.value && cur.name === null && cur.email === null && cur.organization === null && cur.role === null) {
            set('name', placed);
            cur.target = placed.target === true;
            break;
          }
          // The line's phone was read as the previous person's alternate: it opens this person's entry.
          if (cur.phone !== linePhone.value && cur.name !== null) {
            sharers = [];
            push();
            set('name', placed);
            set('phone', linePhone);
            cur.target = placed.target === true;
            break;
          }
        }
        // "e-mail ana.roe@…, com a professora Ana Roe": a name after a nameless entry's address on the same line,
        // the last thing on it, is that address's owner when the address names them.
        if (!lineStart && cur.name === null && cur.email !== null && emailMatchesName(cur.email, placed.value) && (items[i + 1] === undefined || items[i + 1]!.kind === 'break')) {
          set('name', placed);
          cur.target = placed.target === true;
          break;
        }
        if (cur.name !== null || hasData(cur)) {
          if (cur.name !== null && ((!hasData(cur) && curShares) || (curSharesEmail && cur.email === null) || (curSharesPhone && cur.phone === null))) sharers.push(cur);
          else sharers = [];
          push();
        }
        set('name', placed);
        cur.target = placed.target === true;
        curShares = placed.shares === true;
        curSharesEmail = placed.sharesEmail === true;
        curSharesPhone = placed.sharesPhone === true;
        break;
      case 'role':
      case 'org':
        if (hasData(cur) && lineStart) push();
        set(placed.kind === 'role' ? 'role' : 'organization', placed);
        break;
      case 'email':
        // "contact Jo Ames or Kim Lee … or email jo.ames@… or kim.lee@…": each of two people offered together takes the address that names them.
        if (cur.email !== null && last === 'email' && ownAfterShared(cur, sharers, placed.value)) {
          cur.email = placed.value;
          cur.sources.email = { block: placed.block, printed: placed.printed, strategy };
          break;
        }
        if (cur.email !== null) {
          // A desk mailbox on a line of its own after a person's address is the desk's, not an alternate.
          const desk = lineStart && isDeskMailbox(placed.value) && !isDeskMailbox(cur.email);
          if (!desk && (last === 'email' || last === 'phone')) break;
          sharers = [];
          push();
        }
        set('email', placed);
        break;
      case 'phone':
        if (cur.phone === null) set('phone', placed);
        break;
      default:
        break;
    }
    if (lineStart) linePhone = placed.kind === 'phone' ? placed : null;
    last = placed.kind;
    lineStart = false;
  }
  settleSpare();
  out.push(cur);
  return out;
}

/**
 * True when `email`, printed right after the address shared by people offered together, is the
 * current person's own while the shared one names one of the others: each then keeps their own.
 */
function ownAfterShared(cur: ContactDraft, sharers: readonly ContactDraft[], email: string): boolean {
  if (cur.name === null || cur.email === null || sharers.length === 0) return false;
  if (!emailMatchesName(email, cur.name) || emailMatchesName(cur.email, cur.name)) return false;
  const first = cur.email;
  return sharers.some((s) => s.name !== null && s.email === first && emailMatchesName(first, s.name) && !emailMatchesName(email, s.name));
}

const sameEmail = (a: string | null, b: string | null): boolean => a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
const digits = (s: string | null): string => (s ?? '').replace(/\D/g, '').slice(-10);

function samePerson(a: string, b: string): boolean {
  const pa = splitName(a);
  const pb = splitName(b);
  if (!pa || !pb) return false;
  const [fa, ia] = personKey(pa).split('|');
  const [fb, ib] = personKey(pb).split('|');
  return fa === fb && (!ia || !ib || ia === ib);
}

/** True when two drafts are the same person or desk. */
function sameContact(a: ContactDraft, b: ContactDraft): boolean {
  if (a.name !== null && b.name !== null) return samePerson(a.name, b.name);
  if (sameEmail(a.email, b.email)) return true;
  return a.name === null && b.name === null && a.email === null && b.email === null && digits(a.phone) === digits(b.phone);
}

/**
 * Keeps drafts with an email or a phone, drops the sought person's name when the answer
 * comes from a desk mailbox, and merges drafts for the same person or desk (first printed
 * values win, missing ones are filled).
 */
export function settleDrafts(drafts: readonly ContactDraft[]): ContactDraft[] {
  const out: ContactDraft[] = [];
  // Candidates are looked up by family name, email and phone, so a long list stays linear.
  const byKey = new Map<string, ContactDraft[]>();
  const keysOf = (d: ContactDraft): string[] => {
    const keys: string[] = [];
    const p = d.name ? splitName(d.name) : null;
    if (p) keys.push(`n:${personKey(p).split('|')[0]}`);
    if (d.email) keys.push(`e:${d.email.toLowerCase()}`);
    if (d.phone) keys.push(`p:${digits(d.phone)}`);
    return keys;
  };
  const index = (d: ContactDraft): void => {
    for (const k of keysOf(d)) byKey.set(k, [...(byKey.get(k) ?? []).slice(0, 50), d]);
  };
  const findSame = (d: ContactDraft): ContactDraft | undefined => {
    for (const k of keysOf(d)) {
      const hit = byKey.get(k)?.find((o) => sameContact(o, d));
      if (hit) return hit;
    }
    return undefined;
  };
  for (const d0 of drafts) {
    if (!hasData(d0) && d0.keep !== true) continue;
    const d: ContactDraft = { ...d0, sources: { ...d0.sources } };
    if (d.target && d.name !== null && d.email !== null && !emailMatchesName(d.email, d.name)) {
      d.name = null;
      delete d.sources.name;
    }
    const same = findSame(d);
    if (!same) {
      out.push(d);
      index(d);
      continue;
    }
    for (const field of ['name', 'role', 'organization', 'email', 'phone'] as const) {
      if (same[field] === null && d[field] !== null) {
        same[field] = d[field];
        const src = d.sources[field];
        if (src) same.sources[field] = src;
      }
    }
    index(same);
  }
  return out;
}
