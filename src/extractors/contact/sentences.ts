/**
 * Contact sentences: "Journalists wishing to interview the authors may contact X at …",
 * "please contact X at …", "To contact author X, email Y at …".
 * @packageDocumentation
 */
import { CONTACT_TRIGGER, MEDIA_WORDS, NOT_MEDIA_WORDS, OUT_OF_HOURS, contactLabelLength } from './labels.js';

/** The part of a sentence after its contact trigger, to be read as contact items. */
export interface ContactWindow {
  /** Offset of the window in the scanned line. */
  start: number;
  text: string;
  /** True for "To contact X, email …": the first name is who is sought, not who answers. */
  target: boolean;
}

/** Words before a period that do not end a sentence ("Dr.", "J.", "M.D.", "et al."). */
const NO_BREAK_BEFORE = /(?:^|\s)(?:\p{Lu}|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Inc|Ltd|Co|No|Vol|Fig|al|vs|approx|Dept|Univ|(?:\p{L}{1,3}\.)+\p{L}{1,3})$/u;

/** The sentences of a line as [start, end) offsets. */
export function sentenceSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // "…, UCL Media Relations. T: +44 …, E: …": a contact label after the period goes on with the sentence's contact.
  const END = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})(?!(?:[TEMP]|Tel|Phone|Mob|Mobile|Email|E-mail)\s?:\s)/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = END.exec(line)) !== null) {
    const before = line.slice(Math.max(start, m.index - 40), m.index);
    if (!before.includes('@') && NO_BREAK_BEFORE.test(before)) continue;
    spans.push([start, m.index + 1]);
    start = m.index + m[0].length;
  }
  if (start < line.length) spans.push([start, line.length]);
  return spans;
}

/**
 * The words one of which every match of {@link CONTACT_TRIGGER} holds. The trigger matches
 * case-insensitively by Unicode case folding, under which only "ſ" (long s) folds to a letter
 * of these words without being one in ASCII: text holding it always goes on to the trigger.
 * Without the `u` flag, `i` matches ASCII letters in either case and "ſ" only as itself.
 */
const TRIGGER_WORD = /contact|reach|call|mail|write|sent|directed|addressed|forwarded|arrange|register|rsvp|available|go to|message|text|\u017f/i;
/** "contact" in any case: the one trigger that offers a contact in a sentence not about the press. */
const CONTACT_WORD = /contact/i;

/** False for a line {@link contactWindows} finds nothing in without splitting it (most lines): it holds no trigger word. */
export const mayOfferContact = (line: string): boolean => TRIGGER_WORD.test(line);

/** A person offered by "is available at" or "can be reached at" rather than by a trigger before the name. */
const AVAILABLE_AT = /\b(?:(?:is|are)\s+available(?:\s+for\s+(?:interviews?|comment))?|(?:can|may)\s+be\s+reached)\s+(?:at|on|via|by)\s/i;

/**
 * A sentence opening on the person sought for an interview ("To speak with the author, X, please
 * email …", "To interview Dr. X, call …", "To arrange an interview with X, contact …"): the window
 * starts after the phrase and its first name is the one sought, kept only when the address is theirs.
 */
const SEEK_INTERVIEW = /^\W{0,3}(?:in\s{1,3}order\s{1,3})?to\s{1,3}(?:(?:speak|talk)\s{1,3}(?:with|to)|interview|(?:arrange|request|schedule|set\s{1,3}up|book)\s{1,3}(?:an?\s{1,3})?interviews?(?:\s{1,3}with)?)\s/i;
/** The triggers that answer a {@link SEEK_INTERVIEW} opening later in its sentence. */
const SEEK_ANSWER = /\b(?:e-?mail|call|contact|reach|phone|write\s+to)\b/i;

/** What follows "message" or "text" used as a verb of contact: a desk or a person, by a determiner, an honorific or a capitalised name (case-sensitive). */
const MESSAGE_OBJECT = /^\s+(?:(?:the|our|their|its|his|her)\s|(?:Dr|Prof|Mr|Mrs|Ms)\.?\s|\p{Lu}\p{Ll})/u;

/** A web page's general "Contact us:" line. */
const SITE_CONTACT = /^\W{0,3}contact\s{1,3}us\s{0,3}:/i;

/** An email address printed in a sentence: an out-of-hours sentence that prints one offers a desk of its own. */
const OWN_EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * A sentence opening "More information is available from X at …" (the UK house style that
 * offers the researcher and the press officer in one line): the people after "from" are offered
 * for enquiries, when the sentence gives an email address of its own.
 */
const INFORMATION_FROM = /^\W{0,3}(?:further|more)\s{1,3}(?:information|details)\W{0,3}\s{1,3}(?:(?:is|are)\s{1,3}available|(?:can|may)\s{1,3}be\s{1,3}(?:obtained|had))\s{1,3}from\s/i;

/** Sentences longer than this are not read for contacts. */
const MAX_SENTENCE = 600;

/**
 * The contact windows of a line: for each sentence that offers a contact, the text after
 * its first trigger ("contact"; "call", "reach", "email" only in a sentence about the press),
 * unless the sentence is about patients, consumers or enrolment, or opens on the out-of-hours line.
 */
export function contactWindows(line: string): ContactWindow[] {
  const out: ContactWindow[] = [];
  // Most lines hold no trigger word at all: skip them before splitting sentences.
  if (!mayOfferContact(line)) return out;
  for (const [s, e] of sentenceSpans(line)) {
    const sentence = line.slice(s, e);
    if (sentence.length > MAX_SENTENCE || !TRIGGER_WORD.test(sentence) || !/[@\d]|\bat\b|\(at\)|\[at\]/i.test(sentence)) continue;
    // "To speak with the author, X, please email …": the sentence is about the press whatever its words.
    const seek = SEEK_INTERVIEW.exec(sentence);
    if (seek !== null && SEEK_ANSWER.test(sentence.slice(seek[0].length)) && !NOT_MEDIA_WORDS.test(sentence) && !OUT_OF_HOURS.test(sentence)) {
      out.push({ start: s + seek[0].length, text: sentence.slice(seek[0].length), target: true });
      continue;
    }
    // "More information is available from Professor X at x@… or Y, Media Relations Manager, on …": all after "from".
    const from = INFORMATION_FROM.exec(sentence);
    if (from !== null && OWN_EMAIL.test(sentence) && !NOT_MEDIA_WORDS.test(sentence)) {
      out.push({ start: s + from[0].length, text: sentence.slice(from[0].length), target: false });
      continue;
    }
    const contact = CONTACT_WORD.test(sentence);
    const media = MEDIA_WORDS.test(sentence);
    // Without "contact", only the press triggers ("call", "reach", "email") can offer a contact.
    if (!contact && !media) continue;
    if (NOT_MEDIA_WORDS.test(sentence) && !media) continue;
    // "Out of hours, please call the press mobile: …": the desk's after-hours number, not another contact;
    // but a desk the sentence gives its own email ("After hours, reach the media desk at … or desk@…") is one.
    if (OUT_OF_HOURS.test(sentence) && !OWN_EMAIL.test(sentence)) continue;
    // A site's "Contact us: <switchboard>" line (a page footer) offers no press contact unless it names the press.
    if (!media && SITE_CONTACT.test(sentence)) continue;
    // "Editors: Dr. X is available at <email>", "Journalists: X can be reached on <phone>": the name comes before the phrase.
    if (media && !contact && AVAILABLE_AT.test(sentence)) {
      const label = /^[^:]{1,40}:\s*/.exec(sentence)?.[0].length ?? 0;
      out.push({ start: s + label, text: sentence.slice(label), target: false });
      continue;
    }
    // "Media enquiries: the press office, +44 …, or email x (at) y (dot) ac (dot) uk to reach the lead author": a
    // sentence of prose behind a press label; the label is its trigger, and all after it is read.
    const label = s === 0 && media ? contactLabelLength(sentence) : 0;
    if (label > 0 && label < sentence.length && !CONTACT_WORD.test(sentence.slice(label))) {
      out.push({ start: s + label, text: sentence.slice(label), target: false });
      continue;
    }
    CONTACT_TRIGGER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CONTACT_TRIGGER.exec(sentence)) !== null) {
      if (!/^contact/i.test(m[0]) && !media) continue;
      // "email" offers a contact only before a name ("email Jo Ames at …").
      if (/^e-?mail$/i.test(m[0]) && !/^\s+\p{Lu}\p{Ll}/u.test(sentence.slice(m.index + m[0].length))) continue;
      // "message"/"text" offer a contact only as verbs before a person or a desk ("message the press officer", "text Jo Ames"), not as nouns.
      if (/^(?:message|text)$/i.test(m[0]) && !MESSAGE_OBJECT.test(sentence.slice(m.index + m[0].length))) continue;
      const start = m.index + m[0].length;
      const target = /(?:^|[:;]\s*)(?:in\s+order\s+)?to\s+$/i.test(sentence.slice(0, m.index)) && /^contact/i.test(m[0]);
      out.push({ start: s + start, text: sentence.slice(start), target });
      break;
    }
  }
  return out;
}

/** A later sentence of a contact block's line that offers a contact of its own, and where that sentence opens. */
export interface LaterOffer {
  /** Offset in the line where the offering sentence opens: the text before it is the line's own entry. */
  sentenceStart: number;
  window: ContactWindow;
}

/**
 * The first sentence after a line's first that offers a contact ("Media enquiries: Press office,
 * press@…. For interviews, write to Dr. X x@…"), or null: a block reads the line as one entry,
 * which would lose the person the later sentence offers.
 */
export function laterOffer(line: string): LaterOffer | null {
  if (!mayOfferContact(line)) return null;
  const spans = sentenceSpans(line);
  if (spans.length < 2) return null;
  const firstEnd = spans[0]![1];
  for (const w of contactWindows(line)) {
    if (w.start <= firstEnd) continue;
    const opening = spans.find(([s, e]) => s <= w.start && w.start < e);
    if (opening) return { sentenceStart: opening[0], window: w };
  }
  return null;
}
