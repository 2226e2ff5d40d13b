/**
 * Reads one line of contact text (or the tail of a "please contact …" sentence) into a
 * sequence of items: names, roles, organisations, emails, phones and labels.
 * @packageDocumentation
 */
import { findEmails } from './emails.js';
import { findPhones } from './phones.js';
import { FAX_AFTER, MEDIA_WORDS, NOT_A_CONTACT_PHONE, OUT_OF_HOURS, OUT_OF_HOURS_WORDS, SPARE_LINE_LABEL, isContactLabel, isExcludedLabel, isFieldLabel } from './labels.js';
import { cleanName, HONORIFIC } from '../../text/names.js';
import { asPersonName, availableName, isRole, trailingPersonName } from './person-name.js';

/** What an item of contact text is. */
export type ItemKind = 'name' | 'role' | 'org' | 'email' | 'phone' | 'break';

/** One item of contact text, with the text as printed (for provenance). */
export interface Item {
  kind: ItemKind;
  value: string;
  printed: string;
  /** For a name in "To contact author X, email …": X is who is sought, not who answers. */
  target?: boolean;
  /** For the first of two names offered together ("contact Jo Ames or Kim Lee on …"): the next name's email and phone are this person's too. */
  shares?: boolean;
  /**
   * For a name of a line that gives each person bracketed details and one email after them all
   * ("A (role, phone) and B (role, phone), desk@…"): that email is this person's too.
   */
  sharesEmail?: boolean;
  /** For a name of a line whose one phone is printed after them all with "both"/"either" ("A, a@…, and B, b@…; both at 608…"): that phone is this person's too. */
  sharesPhone?: boolean;
  /** For a phone labelled out-of-hours ("Out of hours: …"): the desk's phone only when it prints no other. */
  spare?: boolean;
}

/** How a piece of text is read: a line of a contacts block, or the tail of a sentence. */
export type ReadMode = 'line' | 'sentence';

/** Lower-case words and field labels around a name ("please contact", "email", "at"). */
const EDGE_NOISE =
  /^(?:(?:please|kindly|or|and|to|contact|contacting|email|e-mail|call|phone|tel\.?|reach|write|at|on|via|by|the|either|directly|interviews?|journalists?|may|can|should)\s+)+|(?:\s+(?:at|on|or|and|via|by|who|directly|to))+$/i;

/** A capitalised "Can" or "May" before a capitalised word: a given name ("Can Özkan", "May Lin"), not the verb. */
const GIVEN_NAME_VERB = /^(?:Can|May)\s+(?=\p{Lu})/u;

/** `text` without the lower-case words and labels around a name (EDGE_NOISE), keeping a given name that is also a verb. */
function stripEdgeNoise(text: string): string {
  const given = GIVEN_NAME_VERB.exec(text);
  if (given) return given[0] + text.slice(given[0].length).replace(EDGE_NOISE, '').trim();
  return text.replace(EDGE_NOISE, '');
}

/** A field label after a preposition closing a label ("… directly on Signal", "… via WhatsApp", "… on her mobile"): group 1 is the label. */
const FIELD_AFTER_PREPOSITION = /\s(?:on|via|at|by)\s(?:(?:his|her|their|the)\s)?([\p{L}-]{1,12}(?:\s[\p{L}-]{1,8})?)$/u;

/**
 * A sentence's contact text without a messenger's or phone's field label after a preposition at its end
 * ("Talia Brandt via WhatsApp at", "Jo Ames on her mobile on"): the label is no part of the name before it.
 */
function withoutTrailingField(part: string): string {
  const trimmed = part.replace(/(?:\s+(?:at|on|via|by|to))+\s*$/i, '');
  const via = FIELD_AFTER_PREPOSITION.exec(trimmed);
  return via && isFieldLabel(via[1]!) ? trimmed.slice(0, via.index) : part;
}

/** A full stop and space that closed the details of the person before, opening the next one's text (". Sigrun Ames"). */
const LEADING_STOP = /^\.\s+(?=\p{Lu})/u;

/** Lower-case prose with no capitalised word: nothing to keep. */
const ALL_LOWER = /^[^\p{Lu}]*$/u;

/** Puts a comma where a scraped page glued a name to the next word ("Dana OrtizRiverside Medical Press Office"). */
const GLUE = /(?<=\b\p{Lu}\p{Ll}*?)(\p{Ll}{2,})(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’]*){0,5}\s+(?:Press|Office|News|Media|Communications|Relations|Affairs|University|Hospital|Institute|Center|Centre|Health|Clinic|School|College)\b)/gu;
const NAME_PREFIX = /^(?:Mac|Mc|Van|Von|Der|De|Di|Da|Du|La|Le|Fitz|St|Al|El|Ben|Abu|O)$/;

function unglue(text: string): string {
  return text.replace(GLUE, (tail: string, _g: string, offset: number, whole: string) => {
    const wordStart = whole.lastIndexOf(' ', offset) + 1;
    const head = whole.slice(wordStart, offset + tail.length);
    return NAME_PREFIX.test(head) ? tail : `${tail}, `;
  });
}

/**
 * Splits text between data into parts at commas, semicolons, bars, bullets, tabs and spaced
 * dashes. No `\s*` around it (parts are trimmed): that retried across every long space run.
 */
const SEPARATOR = /[,;|•·\t()[\]]|\s[-–—]+\s?|[-–—]+\s|\s\/\s/;

/** A desk offered as the alternative to the person named before it ("or the university press office", "or the X Trust's press line"). */
const DESK_ALTERNATIVE = /^\s*or\s+(?:the|our|its|their)\s+(?:[\p{L}'’-]+\s+){0,4}(?:press|media|news|communications)\s+(?:office|desk|team|relations|line)\b/iu;

/** An organisation's name ending in its desk written in lower case ("Halvard Foundation communications", "Example Trust press office"). */
const DESK_TAIL = /\p{Lu}[\p{L}'’&.-]{0,30}\s(?:[\p{L}'’&.-]{1,30}\s){0,5}?(?:communications|press(?:\s(?:office|team|desk))?|media(?:\s(?:relations|office|team|desk))?|news\s(?:office|desk)|public\s(?:relations|affairs))$/u;

/** A name of two or three words opening a sentence's contact text, then where the person works ("Jo Ames in the …", "Jo Ames through the online form at …"). */
const LEAD_NAME = /^((?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)?\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){1,2})\s(?:in|of|at|from|on|with|through|via)\s/u;

/** Two people offered together at a sentence's contact text, then where they work ("Jo Ames or Kim Lee in the …"). */
const NAME_PAIR =
  /^((?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)?\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){1,2})\s(?:or|and)\s((?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)?\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){1,2})(?:\s(?:in|of|at|from|on|with)\s|$)/u;

/** A country or region in brackets after a phone label ("Phone (US):", "Tel (UK):"), which would read as an organisation. */
const LABEL_REGION = /\b((?:Phone|Tel|Telephone|Mobile|Mob|Cell|T|M)\.?)\s?\((?:[A-Z]{2,3}|[A-Z][a-z]{2,20})\)(?=\s?:)/g;

/** A header cell of a contacts table ("Name", "Role", "Phone", "Email"). */
const HEADER_CELL = /^(?:name|names|role|title|job title|position|phone|telephone|tel\.?|mobile|cell|email|e-mail|organi[sz]ation|affiliation|institution|contact|department|unit|office)$/i;

/** True when `line` is the header row of a contacts table: every non-empty cell is a column name. */
function isHeaderRow(line: string): boolean {
  if (line.length > 200) return false;
  const cells = line.split(/[|\t]/).map((c) => c.replace(/[*_:]/g, '').trim()).filter(Boolean);
  return cells.length >= 2 && cells.every((c) => HEADER_CELL.test(c));
}

/** Lines longer than this are read for emails and phones only. */
const MAX_LINE = 2000;

interface Data {
  kind: 'email' | 'phone';
  value: string;
  printed: string;
  start: number;
  end: number;
}

/** Gives the full name of a person the release names elsewhere, from a family name ("Solheim"). */
export type NameResolver = (family: string) => string | null;

/**
 * Reads `line` into items; `target` marks the first name as the person sought ("To contact X, email …");
 * `speakerName` gives the speaker a text is exactly the printed name of, taken as a name in a
 * line whatever its shape ("SATO Kenji" for the speaker "Kenji Sato").
 */
export function readItems(
  line: string,
  mode: ReadMode,
  target = false,
  resolve: NameResolver = () => null,
  speakerName: (text: string) => string | null = () => null,
): Item[] {
  if (line.includes('(') && line.includes(':')) line = line.replace(LABEL_REGION, (_m: string, label: string) => label + ' '.repeat(_m.length - label.length));
  const emails = findEmails(line, true);
  let ei = 0;
  const phones = findPhones(line).filter((p) => {
    while (ei < emails.length && emails[ei]!.end <= p.start) ei++;
    const e = emails[ei];
    return !(e && e.start < p.end); // both lists are in printed order: one sweep
  });
  const data: Data[] = [
    ...emails.map((e) => ({ kind: 'email' as const, value: e.email, printed: e.printed, start: e.start, end: e.end })),
    ...phones.map((p) => ({ kind: 'phone' as const, value: p.value, printed: p.printed, start: p.start, end: p.end })),
  ].sort((a, b) => a.start - b.start);
  const items: Item[] = [];
  let excluded = false;
  // True while `excluded` comes from an out-of-hours label ("Out of hours:"), whose phone is the desk's spare.
  let spareLabel = false;
  let nameAllowed = true;
  let targetPending = target;
  let at = 0;
  // Names and roles are only read from lines of a sensible length; a huge line gives its data only.
  const textual = line.length <= MAX_LINE;
  // A line of cells ("CNRS press | Jane Doe | T +33 …"): each cell may hold a name.
  const cells = mode === 'line' && (line.includes(' | ') || line.includes('\t'));
  if (cells && data.length === 0 && isHeaderRow(line)) return items; // a table's column names
  const readText = (text: string, beforeData = false): void => {
    if (!textual) return;
    const pieces = (mode === 'line' ? unglue(text) : text).split(/(?<=:)\s*/);
    for (const [pi, piece] of pieces.entries()) {
      const isLabel = piece.endsWith(':') && !/\d:$/.test(piece);
      const body = isLabel ? piece.slice(0, -1) : piece;
      // An out-of-hours label, whatever it goes on with ("After hours / weekends:"), or a duty line's label
      // ("Duty press officer (out of hours):"): its phone is a spare.
      if (isLabel && (OUT_OF_HOURS.test(body) || SPARE_LINE_LABEL.test(body))) {
        excluded = true;
        spareLabel = true;
        nameAllowed = true;
        continue;
      }
      const parts = body.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
      for (const [i, part] of parts.entries()) {
        const last = i === parts.length - 1;
        if (isLabel && last) {
          if (isExcludedLabel(part)) {
            excluded = true;
            spareLabel = OUT_OF_HOURS_WORDS.test(part);
          } else if (isFieldLabel(part) || isContactLabel(part)) excluded = false;
          else {
            // "reach Dr X directly on Signal:", "call Jo Ames via WhatsApp:": the field label after a preposition is no part of the name.
            const via = FIELD_AFTER_PREPOSITION.exec(part);
            pushText(via && isFieldLabel(via[1]!) ? part.slice(0, via.index) : part);
          }
          nameAllowed = true;
          continue;
        }
        // After the person's name, a role printed in two languages ("Kaiwhakahaere Pāpāho / Media Adviser"): the first is the role's translation, no second name.
        const next = parts[i + 1];
        if (next && body.includes(' / ') && items.some((it) => it.kind === 'name') && isRole(next) && body.includes(`${part} / ${next}`) && !asPersonName(next)) continue;
        pushText(part, beforeData && last && pi === pieces.length - 1 && (/,\s{0,3}$/.test(text) || (/\s[-–—]\s{0,3}$/.test(text) && !text.includes(','))));
      }
    }
  };
  const pushText = (part: string, lastBeforeData = false): void => {
    if (/^@|https?:|www\./i.test(part)) return; // handles and links are not contacts
    // A full stop closing the person before ("A, 907-…, a@…. B, 907-…"): no part of the next name.
    const spaced = part.replace(LEADING_STOP, '').replace(/[()[\]{}<>"“”]/g, ' ').replace(/\s+/g, ' ').trim();
    const bare = stripEdgeNoise(spaced).trim();
    // "contact Dr X at <email>, or the press office on <phone>": the desk offered as an alternative is a contact of its own.
    if (mode === 'sentence' && bare && DESK_ALTERNATIVE.test(part) && items.some((it) => it.kind === 'email' || it.kind === 'phone')) {
      // The desk's name without the word that leads to its number or address ("… press office on", "… press line at").
      const desk = bare.replace(/\s+(?:on|at|via|by|through|to)$/i, '');
      items.push({ kind: 'break', value: '', printed: '' }, { kind: 'org', value: desk, printed: desk });
      return;
    }
    if (!bare || ALL_LOWER.test(bare) || isFieldLabel(bare) || OUT_OF_HOURS.test(bare)) return;
    if (excluded && mode === 'line') return;
    if (cleanName(`Jo Doe, ${bare}`) === 'Jo Doe') return; // only degrees ("MD, MPH")
    let name = mode === 'line' ? (nameAllowed || cells ? asPersonName(bare) ?? speakerName(bare) ?? availableName(bare) : null) : trailingPersonName(withoutTrailingField(part));
    // One comma-separated line of an organisation, a name, then the data ("Verdant Agri (Paris), Claire Fontaine, +33 …"): the part right before the data is the person;
    // so it is with spaced dashes between all the parts ("Press office X – Claire Fontaine – claire@… – +33 …"; not "Press Office, Springer Nature — press@…").
    if (!name && lastBeforeData && mode === 'line' && items.length > 0 && items.every((it) => it.kind === 'org')) name = asPersonName(bare);
    // An organisation's desk in lower-case words, then the person ("Halvard Foundation communications, Signe Mathisen"):
    // the part after the desk is the person even with the data on the next lines ("Editorial Office, Biological Psychiatry" is no desk).
    if (!name && mode === 'line' && items.length > 0 && items.every((it) => it.kind === 'org') && DESK_TAIL.test(items[items.length - 1]!.value)) name = asPersonName(bare);
    let lead: string | null = null;
    // A role before the name on a line ("Communications adviser Kari Vestre", "lab coordinator Kari Vestre"): the role, then the person.
    if (!name && mode === 'line' && nameAllowed && /^\p{L}\p{Ll}/u.test(bare)) {
      const tail = trailingPersonName(bare);
      const head = tail ? bare.slice(0, bare.lastIndexOf(tail.split(' ')[0]!)).trim() : '';
      if (tail && head && head.split(' ').length <= 4 && isRole(head) && !asPersonName(head)) [name, lead] = [tail, head];
    }
    // Two names offered together share the email and phone printed after them ("contact Jo Ames or Kim Lee on …",
    // a line "Jo Ames and Kim Lee, press@…, +1 …").
    if (!name && (mode === 'sentence' || nameAllowed) && (bare.includes(' or ') || bare.includes(' and '))) {
      const m = NAME_PAIR.exec(bare);
      const first = m ? asPersonName(m[1]!) : null;
      const second = m ? asPersonName(m[2]!) : null;
      if (first && second) {
        items.push({ kind: 'name', value: first, printed: first.split(' ').pop() ?? first, shares: true });
        name = second;
      }
    }
    // A name right after the trigger, before where the person works ("contact Jo Ames in the Press Office at …").
    if (!name && mode === 'sentence') {
      const m = LEAD_NAME.exec(bare);
      if (m) name = asPersonName(m[1]!);
    }
    if (lead) items.push({ kind: 'role', value: lead, printed: lead });
    if (name && !name.includes(' ')) name = resolve(name) ?? name;
    // After an honorific, two words may be a family name of two parts ("Dr. López-Uribe Casanova"): the fuller name printed elsewhere wins.
    else if (name && mode === 'sentence' && HONORIFIC.test(bare) && name.split(' ').length === 2) {
      const full = resolve(name);
      if (full && full.endsWith(` ${name}`)) name = full;
    }
    if (!name && mode === 'sentence') {
      const family = /(?:^|\s)(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*)$/u.exec(bare)?.[1];
      if (family) name = resolve(family);
    }
    nameAllowed = false;
    if (name) {
      items.push({ kind: 'name', value: name, printed: name.split(' ').pop() ?? name, ...(targetPending ? { target: true } : {}) });
      targetPending = false;
      excluded = false;
      return;
    }
    if (mode === 'sentence' && !/\b(?:office|desk|relations|communications|affairs|bureau|newsroom|press|media|team)\b/i.test(bare)) return;
    if (bare.length > 120 || bare.split(' ').length > 12) return;
    if (/^\W*$/.test(bare) || /^(?:or|and)$/i.test(bare)) return;
    items.push({ kind: isRole(bare) ? 'role' : 'org', value: bare, printed: bare });
  };
  for (const d of data) {
    const before = line.slice(at, d.start);
    // A label such as "Fax:" or "Consumer:" covers what follows it up to the next comma, semicolon or closing bracket.
    if (excluded && /[,;\t)\]]/.test(before)) excluded = false;
    readText(before, true);
    const lastBreak = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('\t'));
    const context = lastBreak >= 0 ? before.slice(lastBreak + 1) : before;
    const notContactWord = d.kind === 'phone' ? NOT_A_CONTACT_PHONE.exec(context.slice(-40)) : null;
    // A toll-free number labelled for the press ("Media line (toll-free): 1-877-…") is the desk's phone, not a public hotline.
    const notContact = notContactWord !== null && /^toll/i.test(notContactWord[0]) && MEDIA_WORDS.test(context.slice(-40)) ? null : notContactWord;
    const fax = d.kind === 'phone' && FAX_AFTER.test(line.slice(d.end, d.end + 16));
    const skip = excluded || notContact !== null || fax;
    if (!skip) items.push({ kind: d.kind, value: d.value, printed: d.printed });
    else if (d.kind === 'phone' && !fax && (!excluded || spareLabel) && (notContact ? OUT_OF_HOURS_WORDS.test(notContact[0]) : excluded)) {
      // An out-of-hours number: kept aside as the desk's phone when the desk prints no other.
      items.push({ kind: 'phone', value: d.value, printed: d.printed, spare: true });
    }
    at = d.end;
    nameAllowed = true;
  }
  readText(line.slice(at));
  markSharedEmail(line, data, items);
  markSharedPhone(line, data, items);
  return items;
}

/** "both at", "either on", "all on": words before a phone that give it to every person named before it. */
const SHARED_PHONE_LEAD = /(?:^|[\s,;(])(?:both|either|all)(?:\s{1,3}(?:at|on|via|by))?(?:\s{1,3}(?:phone|tel\.?|telephone))?\s{0,3}:?\s{0,3}$/i;

/** What stands between the last person's bracketed address and a phone printed after all of them (") in the Press Office on "). */
const AFTER_BRACKETED_EMAIL = /^\)[^()\d@]{0,80}$/;

/**
 * Marks the names of a line that prints two or more people, each with no phone of their own,
 * and then one phone introduced by "both"/"either"/"all" ("A, a@…, and B, b@…; both at 608…") or
 * printed after everyone's bracketed address ("A (a@…) or B (b@…) in the Press Office on 0141 …"):
 * the phone is each person's, not the last one's alone.
 */
function markSharedPhone(line: string, data: readonly Data[], items: Item[]): void {
  const phones = data.filter((d) => d.kind === 'phone');
  if (phones.length !== 1) return;
  const phone = phones[0]!;
  if (data[data.length - 1] !== phone) return;
  const prev = data[data.length - 2];
  const between = line.slice(prev ? prev.end : 0, phone.start);
  // "contact A (a@…) or B (b@…) in the Press Office on 0141 …": the one phone after everyone's bracketed address is each person's.
  const afterBrackets = prev?.kind === 'email' && AFTER_BRACKETED_EMAIL.test(between) && data.every((d) => d === phone || line[d.end] === ')');
  if (!afterBrackets && !SHARED_PHONE_LEAD.test(between.trimEnd())) return;
  const names = items.filter((it) => it.kind === 'name');
  if (names.length < 2) return;
  for (const n of names.slice(0, -1)) n.sharesPhone = true;
}

/** What stands between the last person's bracketed details and an email printed after all of them ("), "). */
const AFTER_BRACKETS = /^\)\s*[,;]?\s*(?:(?:or|and|e-?mail|email)\s*:?\s*)?$/i;

/**
 * Marks the names of a line that prints two or more people with their details in brackets and
 * then one email after the closing bracket ("A (role, phone) and B (role, phone), desk@…"): the
 * email stands outside every bracket, so it is each person's, not the last one's alone.
 */
function markSharedEmail(line: string, data: readonly Data[], items: Item[]): void {
  const last = data[data.length - 1];
  if (!last || last.kind !== 'email' || data.filter((d) => d.kind === 'email').length !== 1) return;
  const prev = data[data.length - 2];
  if (!prev || !AFTER_BRACKETS.test(line.slice(prev.end, last.start).trim())) return;
  const names = items.filter((it) => it.kind === 'name');
  if (names.length < 2) return;
  for (const n of names.slice(0, -1)) n.sharesEmail = true;
}
