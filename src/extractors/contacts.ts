/**
 * Media contacts: people and desks with name, role, organisation, email and phone, read
 * from contact blocks and tables, then from sentences that offer a contact.
 * @packageDocumentation
 */
import type { ExtractContext, Extractor } from '../extract/runner.js';
import type { Block, Contact, ReleaseDocument } from '../types.js';
import { blockLines, findContactRegions, opensExcluded } from './contact/blocks.js';
import { isContactLabel } from './contact/labels.js';
import { contactWindows, laterOffer, mayOfferContact } from './contact/sentences.js';
import { readItems } from './contact/items.js';
import { authorOfAddress, authorPartAt } from './contact/author-address.js';
import type { NameResolver } from './contact/items.js';
import { asPersonName } from './contact/person-name.js';
import { leadingPersonName } from './contact/run-on-name.js';
import { unfoldColumns } from './contact/columns.js';
import { barEntries } from './contact/bar-entries.js';
import { offersWebForm } from './contact/web-form.js';
import { groupItems, settleDrafts } from './contact/entries.js';
import type { ContactDraft, ItemBreak, PlacedItem } from './contact/entries.js';
import { countryOfEmail, countryOfPhone, toE164 } from './contact/phones.js';
import type { CountryCode } from 'libphonenumber-js';

/** A line that opens with an e-mail address or a phone number: the details a contact sentence's line break put after its colon. */
const DETAILS_LINE = /^[ \t]{0,4}(?:[\w.+-]{1,64}@[\w-]{1,63}\.|(?:\+|\(?\d)[\d ().-]{6,20}\d)/;

/** ccTLDs that are used as generic names and say nothing about a country. */
const GENERIC_TLD = /^(?:io|co|me|ai|tv|ly|fm|gl|to|cc|ws|la|so|am|nu|ac)$/i;

/** A semicolon that parts a contact line, unless "both"/"either"/"all" opens what follows (a shared phone). */
const SEMICOLON_BREAK = /;(?!\s{0,3}(?:both|either|all)\s)/i;

/** The country the release's national numbers most likely belong to, or null. */
function releaseCountry(ctx: ExtractContext, drafts: readonly ContactDraft[]): CountryCode | null {
  const votes = new Map<CountryCode, number>();
  const vote = (c: CountryCode | null, weight: number): void => {
    if (c) votes.set(c, (votes.get(c) ?? 0) + weight);
  };
  for (const d of drafts) {
    if (d.phone) vote(countryOfPhone(d.phone), 2);
    const tld = d.email?.split('.').pop() ?? '';
    if (d.email && !GENERIC_TLD.test(tld)) vote(countryOfEmail(d.email), 1);
  }
  const place = ctx.record.release.dateline ?? '';
  if (/\b(?:UK|U\.K\.|England|Scotland|Wales|London|Britain)\b/.test(place)) vote('GB', 1);
  else if (/,\s*(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.)\s*$/.test(place)) vote('US', 1);
  let best: CountryCode | null = null;
  let most = 0;
  for (const [c, n] of votes) if (n > most) [best, most] = [c, n];
  return best;
}

/** The one full name ending in `family` that the release prints ("Dr. Ingrid Solheim" for "Solheim"), or null. */
function fullNameInText(text: string, family: string): string | null {
  const found = new Set<string>();
  let seen = 0;
  for (let at = text.indexOf(family); at >= 0 && found.size < 3 && seen++ < 200; at = text.indexOf(family, at + family.length)) {
    const after = text.charAt(at + family.length);
    if (/\p{L}/u.test(after)) continue;
    const tokens = text.slice(Math.max(0, at - 60), at).split(/\s+/).slice(-3);
    for (let i = 0; i < tokens.length; i++) {
      const name = asPersonName(`${tokens.slice(i).join(' ')} ${family}`);
      if (name && name.includes(' ') && name !== family) {
        found.add(name);
        break;
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** A label that offers a person to the press ("Media contact", "Press enquiries"), not a scientific or general one. */
const MEDIA_LABEL = /\b(?:media|press)[\s-]+(?:contacts?|enquiries|inquiries|relations)\b/i;

/** Full names the release gives for its speakers and authors, looked up by family name. */
function nameResolver(ctx: ExtractContext): NameResolver {
  const names: string[] = [];
  for (const q of ctx.record.quotes) if (q.speaker) names.push(q.speaker);
  for (const a of ctx.record.articles) for (const p of a.authors) if (p.given) names.push(`${p.given} ${p.family}`);
  return (family) => {
    const key = family.toLowerCase();
    const hits = [...new Set(names.filter((n) => (key.includes(' ') ? n.toLowerCase().endsWith(` ${key}`) : n.toLowerCase().split(' ').pop() === key)))];
    if (hits.length === 1) return hits[0]!;
    return hits.length ? null : fullNameInText(ctx.doc.text, family);
  };
}

/** True when a region read `line`: the whole line, or what follows its label ("Contact: Jo Bell, …"). */
function readInRegion(line: string, taken: ReadonlySet<string>): boolean {
  if (taken.has(line)) return true;
  for (const t of taken) if (t && line.endsWith(t) && isContactLabel(line.slice(0, line.length - t.length))) return true;
  return false;
}

/** Reads the regions and the sentences of a release into drafts, in printed order. */
function readDrafts(doc: ReleaseDocument, ctx: ExtractContext): ContactDraft[] {
  const resolve = nameResolver(ctx);
  // A part of a contact line that is exactly a speaker's name is that person, however the name is shaped:
  // as the speaker is written, or family name first ("SATO Kenji", "Sato Kenji" for "Kenji Sato").
  const speakerNames = new Map<string, string>();
  for (const q of ctx.record.quotes) {
    const n = q.speaker;
    if (n === null || !n.includes(' ')) continue;
    speakerNames.set(n, n);
    const words = n.split(' ');
    if (words.length === 2) {
      speakerNames.set(`${words[1]} ${words[0]}`, n);
      speakerNames.set(`${words[1]!.toUpperCase()} ${words[0]}`, n);
    }
  }
  const speakers = (text: string): string | null => speakerNames.get(text) ?? null;
  const drafts: Array<{ at: number; drafts: ContactDraft[] }> = [];
  // The lines of each block, split once for both passes (blocks are numbered by position).
  const split: Array<string[] | undefined> = [];
  const linesOf = (block: Block): string[] => (split[block.index] ??= blockLines(block));
  // The lines read as parts of regions, by block index.
  const consumed = new Map<number, Set<string>>();
  for (const region of findContactRegions(doc, linesOf)) {
    const items: Array<PlacedItem | ItemBreak> = [];
    let prevBlock: Block | null = null;
    for (const line of region.lines) {
      let texts = consumed.get(line.block.index);
      if (!texts) consumed.set(line.block.index, (texts = new Set()));
      texts.add(line.text);
    }
    for (const line of unfoldColumns(region.lines)) {
      // A blank line between two lines of one region: they lie in different blocks.
      if (prevBlock !== null && line.block !== prevBlock) items.push({ kind: 'break', para: true });
      prevBlock = line.block;
      // A semicolon parts a line as a line break does ("Contact: Jo Bell, …; Press office, …"),
      // but not before a phone shared by everyone named ("…; both at 608…").
      // So does a bar between entries that each open with a name or desk and hold an address ("A, …, a@… | B, …, b@…").
      for (const whole of (line.text.includes(';') ? line.text.split(SEMICOLON_BREAK) : [line.text]).flatMap(barEntries)) {
        // A later sentence offering a person of its own ("…. For interviews, write to Dr. X x@…") is read as a contact sentence.
        const later = laterOffer(whole);
        const part = later ? whole.slice(0, later.sentenceStart) : whole;
        // The items are new objects: they take their block in place.
        for (const it of readItems(part, 'line', false, resolve, speakers)) {
          const placed = it as PlacedItem;
          placed.block = line.block;
          items.push(placed);
        }
        items.push({ kind: 'break' });
        if (later) {
          const offered = readItems(later.window.text, 'sentence', later.window.target, resolve) as PlacedItem[];
          for (const it of offered) it.block = line.block;
          drafts.push({ at: line.block.start + later.window.start + 1, drafts: groupItems(offered, 'sentence') });
        }
      }
    }
    const found = groupItems(items, region.strategy);
    if (!found.some((d) => d.email !== null || d.phone !== null)) {
      ctx.report(`Missing contact details after "${region.label}", expected an email address or a phone number`, region.offset, 'info');
      // A contact label over one named person and no address or number (reached by a social handle or the
      // switchboard): the person is still the one offered, with no email or phone.
      const named = found.filter((d) => d.name !== null);
      if (named.length === 1 && found.length === 1 && MEDIA_LABEL.test(region.label)) named[0]!.keep = true;
    }
    drafts.push({ at: region.lines[0]?.block.start ?? region.offset, drafts: found });
  }
  for (const block of doc.blocks) {
    if (block.kind === 'end' || block.kind === 'code') continue;
    const taken = consumed.get(block.index);
    const lines = linesOf(block);
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i]!;
      // "… please contact Emma Alam:⏎e.alam@… +44 …": the details of a sentence that a line break put on the next line.
      const next = lines[i + 1];
      if (next !== undefined && line.trimEnd().endsWith(':') && DETAILS_LINE.test(next) && !(taken && readInRegion(next, taken)) && mayOfferContact(line)) {
        line = `${line.trimEnd()} ${next}`;
        i++;
      }
      // A line without a trigger word offers no contact (told before the costlier checks); a line
      // opening an investor, patient or enrolment part is not read as a sentence either.
      if (!line || !mayOfferContact(line) || (taken && readInRegion(line, taken)) || opensExcluded(line)) continue;
      for (const w of contactWindows(line)) {
        // "…, or email x@… to reach the lead author": the address is the author's, a contact of its own.
        const cut = authorPartAt(w.text);
        const items = readItems(cut < 0 ? w.text : w.text.slice(0, cut), 'sentence', w.target, resolve) as PlacedItem[];
        for (const it of items) it.block = block;
        const grouped = groupItems(items, 'sentence');
        // One person offered only through a web form ("contact X through the online form at https://…") is still the contact.
        if (grouped.length === 1 && grouped[0]!.name !== null && grouped[0]!.email === null && grouped[0]!.phone === null && !w.target && offersWebForm(w.text)) grouped[0]!.keep = true;
        drafts.push({ at: block.start + w.start, drafts: grouped });
        if (cut < 0) continue;
        const own = readItems(w.text.slice(cut), 'sentence', false, resolve) as PlacedItem[];
        for (const it of own) it.block = block;
        const found = groupItems(own, 'sentence');
        for (const d of found) if (d.name === null && d.email !== null) d.name = authorOfAddress(d.email, ctx.record.articles);
        drafts.push({ at: block.start + w.start + cut, drafts: found });
      }
    }
  }
  drafts.sort((a, b) => a.at - b.at);
  const out: ContactDraft[] = [];
  for (const d of drafts) for (const draft of d.drafts) out.push(draft);
  return out;
}

/** A name printed family name first in capitals ("ZHANG Wei", "SATO Kenji", "KIM Min-jun"). */
const FAMILY_FIRST = /^(\p{Lu}{2,12}(?:-\p{Lu}{2,12})?)\s(\p{Lu}\p{Ll}{1,20}(?:-\p{Ll}{1,20})?)$/u;

/**
 * The person a desk-less draft names family name first ("ZHANG Wei" read as its organisation),
 * given name first, when its email's local part holds both names ("zhangwei@…"); else null.
 * The address is the proof: "ETH Zurich" or "IIT Bombay" have the same shape.
 */
function familyFirstName(d: ContactDraft): string | null {
  if (d.name !== null || !d.organization || !d.email) return null;
  const m = FAMILY_FIRST.exec(d.organization);
  if (!m) return null;
  const local = d.email.slice(0, d.email.indexOf('@')).toLowerCase().replace(/[^a-z]/g, '');
  const family = m[1]!.toLowerCase();
  const given = m[2]!.toLowerCase();
  if (!local.includes(family.replace(/-/g, '')) || !local.includes(given.replace(/-/g, ''))) return null;
  return `${m[2]} ${family.replace(/(^|-)(\p{L})/gu, (_x: string, sep: string, c: string) => sep + c.toUpperCase())}`;
}

/** Fills `record.contacts`. */
export const contacts: Extractor = {
  id: 'contacts',
  description: 'Media contacts with name, role, organisation, email and phone.',
  run(ctx) {
    const { doc } = ctx;
    const drafts = settleDrafts(readDrafts(doc, ctx));
    // The release's country is only needed for a number printed without its +CC prefix.
    let country: CountryCode | null | undefined;
    const ofRelease = (): CountryCode | null => (country === undefined ? (country = releaseCountry(ctx, drafts)) : country);
    // All E.164 forms first, so a failure leaves no contact half-recorded.
    const e164s = drafts.map((d) => {
      const tld = d.email?.split('.').pop() ?? '';
      const own = d.email && !GENERIC_TLD.test(tld) ? countryOfEmail(d.email) : null;
      return d.phone ? toE164(d.phone, own ?? ofRelease) : null;
    });
    for (const d of drafts) {
      const name = familyFirstName(d);
      if (name) {
        d.name = name;
        d.organization = null;
        d.sources.name = d.sources.organization;
        delete d.sources.organization;
      }
      // "Media contact: Shauna Roe Lakeshore Cancer Institute shauna.roe@…": the name ran into the office.
      const lead = d.name === null && d.organization ? leadingPersonName(d.organization, d.email) : null;
      if (lead) {
        d.name = lead.name;
        d.organization = lead.rest || null;
        d.sources.name = d.sources.organization;
      }
    }
    drafts.forEach((d, i) => {
      const e164 = e164s[i] ?? null;
      const contact: Contact = {
        name: d.name,
        role: d.role,
        organization: d.organization,
        email: d.email,
        phone: d.phone,
        phoneE164: e164,
      };
      ctx.record.contacts.push(contact);
      for (const [field, src] of Object.entries(d.sources)) {
        if (src) ctx.prove(`contacts[${i}].${field}`, `contacts:${src.strategy}`, doc.locate(src.block, src.printed));
      }
      if (d.phone && e164) {
        const src = d.sources.phone;
        ctx.prove(`contacts[${i}].phoneE164`, `contacts:${src?.strategy ?? 'block'}`, src ? doc.locate(src.block, src.printed) : undefined);
      } else if (d.phone) {
        const src = d.sources.phone;
        ctx.report(
          `Missing country of phone "${d.phone}", expected a +CC prefix or a country told by the release; no E.164 form given`,
          src ? doc.locate(src.block, src.printed) : undefined,
          'info',
        );
      }
    });
  },
};
