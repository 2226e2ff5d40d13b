/**
 * Assigns each block to a part of the release (headline, lead, body, citation block,
 * boilerplate, contacts, end) and groups them into sections.
 * @packageDocumentation
 */
import type { Block, Section, SectionKind } from '../types.js';
import { readDateLine } from '../text/date-line.js';
import { isKickerLine } from '../text/kicker.js';
import { isJointLabel } from '../text/joint-label.js';
import { isNewsletterSignup } from './newsletter-signup.js';
import { afterGluedCredit } from '../text/credit-lead-in.js';
import { CITATION_LABEL_ABROAD } from '../text/citation-label-abroad.js';

/** Labels that open a citation block, in English and in the languages of European releases ("Référence", "Referencia bibliográfica", "Originalpublikation", "Artikeln"). */
export const CITATION_LABEL = new RegExp(
  String.raw`^(?:notes?\s+(?:for|to)\s+(?:the\s+)?editors?|editors?'?\s*notes?|about\s+(?:the|this)\s+(?:study|research|paper|trial|article)|references?|citations?|(?:the\s+)?(?:full\s+)?(?:paper|study|article|publication)(?:\s+details)?|journal\s+(?:article|reference)|bibliographic\s+(?:information|details)|original\s+(?:publication|article|paper)|source|the\s+article\b.{0,80}|study\s+details|(?:recent|selected|related)\s+publications?|publications?|link\s+to\s+(?:the\s+)?(?:paper|study|article)|${CITATION_LABEL_ABROAD})\s*[:.]?$`,
  'i',
);

/** Labels that open a contacts block. */
export const CONTACTS_LABEL =
  /^(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|relations|office|information)|contacts?(?:\s+for\s+(?:more|further)\s+information)?|for\s+(?:more|further)\s+information(?:,?\s+(?:please\s+)?contact)?|press\s+office|for\s+(?:media|press|journalists?)\b[^:]{0,40}?(?:enquiries|inquiries|queries)|media\s+(?:and|&)\s+\w+\s+contacts?)\s*[:.]?$/i;

/** Labels that open boilerplate ("About X"). */
export const BOILERPLATE_LABEL = /^about\s+(?!the\s+(?:study|research|paper|trial|article)\b|this\s+(?:study|research|paper|trial)\b)\S.{0,120}$/i;

/** Bare labels above a headline, English or European ("Pressemitteilung", "Communiqué de presse"). */
export const RELEASE_LABEL =
  /^(?:(?:for\s+immediate\s+release|news\s+release|press\s+release|media\s+(?:release|advisory)|(?:press|media)\s+statement|news|release|immediate\s+release|public\s+release|presse-?\s?mitteilung|medien-?\s?mitteilung|presse-?\s?information|communiqu[ée]\s+de\s+presse|comunicato\s+stampa|(?:nota|comunicado)\s+de\s+prensa|persbericht)[\s:.\-–—|]*)+$/i;

/**
 * An embargo line ("EMBARGOED UNTIL ...", "Not for release before ...", "Hold for release ...").
 * The look-ahead names the letters the alternatives open with, so that V8 skips other word starts.
 */
export const EMBARGO_LINE =
  /\b(?=[efhjns])(?:embargo(?:ed)?|sperrfrist|julkaisuvapaa|(?:strictly\s+)?not\s+(?:for|to\s+be)\s+(?:release|publication|published|released|broadcast)\s+(?:before|until|till)|hold\s+for\s+release|for\s+release\s+(?:after|not\s+before)|for\s{1,3}(?:release|publication)\s{0,3}(?:at|:\s{0,3})(?=\s{0,3}\d{1,2}(?:[:.]\d{2}|\s{0,2}[ap]\.?m\b)))\b/i;

/** Template and markup junk left in a page's text (`<%inherit .../>`, `{{ block }}`, `<?php`). */
export const TEMPLATE_JUNK = /^\s*(?:<[%?!]|\{[{%#]|\[%|<\/?[a-z][\w:-]{0,30}(?:\s[^>]{0,300})?\/?>\s*$)/i;

/** A breadcrumb trail or a navigation bar of a pasted page ("Home > News > 2027", "Home | About | Contact"). */
export const BREADCRUMB = /^\s{0,3}(?:home|start)\s{0,3}(?:>|»|›|\/|\|)\s{0,3}\S[^\n]{0,200}$/i;

/**
 * A site's breadcrumb trail that does not open with "Home": two to five short steps between
 * spaced arrows ("Newsroom > Staff announcements", "News › Research"), without a sentence's end.
 */
const TRAIL = /^[^.!?>›»\n]{1,60}(?:\s[>›»]\s[^.!?>›»\n]{1,60}){1,4}$/u;

/** A line of a pasted page's controls ("Skip to main content", "Menu", "Search", "Print"). */
const CHROME_LINE =
  /^(?:skip\s{1,3}(?:to\s{1,3}(?:the\s{1,3})?(?:main\s{1,3})?(?:content|navigation|search)|navigation)|(?:main\s{1,3}|open\s{1,3}|close\s{1,3})?menu|search|toggle\s{1,3}navigation|print(?:\s{1,3}this\s{1,3}page)?|sign\s{1,3}in|log\s{1,3}in|subscribe|back\s{1,3}to\s{1,3}(?:top|news|all\s{1,3}news))$/i;
/** A share bar: only the names of networks and the words around them ("Share on Facebook Share by email"). */
const SHARE_LINE = /^(?:(?:share|tweet|e-?mail|print|facebook|twitter|linkedin|whatsapp|reddit|bluesky|mastodon|threads|copy\s{1,3}link|on|by|via|this|article|page|story|x)(?:\s{1,3}|\s{0,3}[|:•·,]\s{0,3}|$)){2,16}$/i;
/** A language switch ("English | Deutsch"). */
const LANGUAGES =
  /^(?:(?:english|deutsch|français|francais|español|espanol|italiano|nederlands|português|svenska|dansk|norsk|suomi|polski|中文|日本語|한국어)(?:\s{0,3}[|/·•]\s{0,3}|\s{1,3}|$)){2,12}$/iu;
/** A photo caption or credit line ("Photo: ... Credit: ...", "Image credit: ..."). */
const CAPTION = /^(?:(?:photos?|images?|pictures?|videos?|illustrations?|figures?|graphics?)(?:\s{1,3}(?:credit|caption)s?)?|captions?|credits?)\s{0,3}[:|]|\b(?:photo|image)\s{0,3}credits?\s{0,3}:|(?:[.)]\s{1,3}|\(\s{0,2})credit\s{0,3}:\s{0,3}\S[^\n]{0,80}$/i;

/** A cookie notice of a pasted page ("We use cookies to …", "This website uses cookies …"). */
const COOKIE_LINE = /^(?:we|this\s{1,3}(?:web\s?)?site|our\s{1,3}(?:web\s?)?site)\s{1,3}(?:use|uses|is\s{1,3}using)\s{1,3}cookies\b/i;

/** A menu item of a pasted page's navigation: one to three capitalised words, no sentence punctuation ("Study", "About us"). */
const MENU_ITEM = /^\p{Lu}[\p{L}&'-]{0,20}(?:\s\p{L}[\p{L}&'-]{0,20}){0,2}$/u;

/**
 * True for a run of a pasted page's chrome lines in one block: a skip link or cookie notice first,
 * then only controls, menu items, breadcrumbs and cookie notices.
 */
function isChromeRun(t: string): boolean {
  if (!t.includes('\n')) return false;
  const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
  const first = lines[0] ?? '';
  if (lines.length > 40 || !(CHROME_LINE.test(first) || COOKIE_LINE.test(first))) return false;
  return lines.every((l) => l.length <= 400 && (CHROME_LINE.test(l) || COOKIE_LINE.test(l) || BREADCRUMB.test(l) || (l.length <= 40 && MENU_ITEM.test(l))));
}

/** True for a paragraph that is only images (its text is their alt text). */
export function isImageOnly(node: Block['node'] | undefined): boolean {
  if (!node || node.type !== 'paragraph') return false;
  const only = (n: { type: string; value?: string; children?: unknown[] }): boolean =>
    n.type === 'image' || (n.type === 'text' && !(n.value ?? '').trim()) || (n.type === 'link' && Array.isArray(n.children) && n.children.length > 0 && (n.children as Array<{ type: string; value?: string; children?: unknown[] }>).every(only));
  return node.children.length > 0 && node.children.every(only);
}

/**
 * True for a block of a pasted page's chrome above the release: a breadcrumb trail, a control
 * ("Skip to main content", "Menu"), a share bar, a language switch, a photo or its caption.
 */
export function isPageChrome(b: Block): boolean {
  const t = b.text;
  if (t.length <= 1500 && t.includes('\n') && (isChromeRun(t) || isNewsletterSignup(t))) return true;
  if (t.length > 300) return false;
  if (isImageOnly(b.node)) return true;
  // Controls, share bars and language switches are short; captions and breadcrumbs carry their mark.
  if (t.length <= 160 && (CHROME_LINE.test(t.trim()) || SHARE_LINE.test(t.trim()) || LANGUAGES.test(t.trim()) || PAGE_LINE.test(t.trim()))) return true;
  // A credit that runs into the lead's dateline ("Photo: Jo Roe/University of XLEEDS, England — The …") opens the lead, not a caption.
  const lead = afterGluedCredit(t.trim());
  if (lead !== null && lead.length >= 80) return false;
  return ((t.includes(':') || t.includes('|')) && CAPTION.test(t.trim())) || (/[>»›/|]/.test(t) && (BREADCRUMB.test(t) || TRAIL.test(t.trim())));
}

/** A byline or preparer line ("By Jane Doe", "Prepared by Jane Doe (jane@example.org)"). */
export const BYLINE = /^(?:by|written\s{1,3}by|prepared\s{1,3}by|posted\s{1,3}by|submitted\s{1,3}by|story\s{1,3}by)\s{1,3}\p{Lu}/iu;

/** A short line that carries contact details: an email address or a phone number. */
const CONTACT_LINE = /@|\[at\]|\(at\)|(?:\+|\b)\(?\d{2,4}\)?[\s.-]{0,2}\d{3,4}[\s.-]{0,2}\d{3,4}\b/i;

/** A page number set off by wide spacing at the end of a line copied from a PDF ("NEWS RELEASE      Page 1 of 3", "NEWS      - 1 -"). */
const PAGE_MARK = /\s{2,40}(?:page\s{1,3}\d{1,3}(?:\s{1,3}(?:of|\/)\s{1,3}\d{1,3})?|[-–—]\s{0,2}\d{1,3}\s{0,2}[-–—])\s{0,3}$/i;
/** A page number on a line of its own ("Page 2 of 3", "- 2 -"). */
const PAGE_LINE = /^(?:page\s{1,3}\d{1,3}(?:\s{1,3}(?:of|\/)\s{1,3}\d{1,3})?|[-–—]\s{0,2}\d{1,3}\s{0,2}[-–—])$/i;

/** A line without a page number that a PDF's page head or foot set at its end. */
const withoutPageMark = (line: string): string => (line.length <= 200 && /page|\d\s{0,2}[-–—]\s{0,3}$/i.test(line) ? line.replace(PAGE_MARK, '') : line);

/** The first line of a block, trimmed, without a page number set at its end. */
const firstLine = (text: string): string => withoutPageMark((text.split('\n', 1)[0] ?? '').trim());

/** Classifies a label-like line, or returns null when the line is not a label. */
export function labelKind(line: string): SectionKind | null {
  if (line.length > 300) return null;
  const l = line.replace(/^[#*_\s]+|[*_\s]+$/g, '');
  if (l.length > 140) return null;
  const head = l.replace(/:.*$/s, '').trim();
  if (CONTACTS_LABEL.test(l) || (l.includes(':') && CONTACTS_LABEL.test(head))) return 'contacts';
  if (CITATION_LABEL.test(l) || (l.includes(':') && head.length < 40 && CITATION_LABEL.test(head))) return 'citation';
  if (l.length <= 80 && BOILERPLATE_LABEL.test(l) && !/[.!?]$/.test(l)) return 'boilerplate';
  return null;
}

/** True for a heading that can be a headline: not a bare label, not a date, not junk. */
const isHeadlineText = (b: Block): boolean =>
  b.text.length >= 3 && b.text.length <= 300 && !RELEASE_LABEL.test(firstLine(b.text)) && !EMBARGO_LINE.test(b.text) && !TEMPLATE_JUNK.test(b.text) && isNotLabel(firstLine(b.text)) && readDateLine(b.text) === null;

/** True when a line is no label, or a headline behind a kicker that reads like one ("Study: …"). */
const isNotLabel = (line: string): boolean => {
  const kind = labelKind(line);
  return kind === null || (kind === 'citation' && isKickerLine(line));
};

/** An embargo line: it opens with the embargo ("EMBARGOED UNTIL ...") or is short; a lead whose dateline carries an embargo is not one. */
function isEmbargoLine(text: string, line: string): boolean {
  const m = EMBARGO_LINE.exec(line);
  if (m === null || text.length >= 300) return false;
  // "PLACE (Embargoed until ...) -- The study ..." and "PLACE – Embargoed for ... –" are datelines.
  return text.length <= 160 || (m.index <= 30 && !/[(–—-]\s*$/.test(line.slice(0, m.index)));
}

/**
 * The kind of a head block whose two to four lines are each a label, date, byline, contact or
 * embargo line ("Date: 8 March 2030" over "Embargoed until ..."): `embargo` when one is an embargo
 * line, else `label`; null for any other block.
 */
function metaLinesKind(text: string): 'embargo' | 'label' | null {
  if (text.length > 600) return null;
  const lines = text.split('\n').map((l) => withoutPageMark(l.trim())).filter(Boolean);
  // An e-mail's header ("From: …", "Date: …", "Subject: …") may run to six lines.
  const email = lines.length <= 6 && lines.filter((l) => EMAIL_HEADER.test(l)).length >= 2;
  if (lines.length < 2 || (lines.length > 4 && !email)) return null;
  let embargo = false;
  let marked = false;
  let names = 0;
  for (const l of lines) {
    if (l.length > 160) return null;
    if (isEmbargoLine(l, l)) embargo = true;
    else if (RELEASE_LABEL.test(l)) marked = true;
    else if (email && EMAIL_HEADER.test(l)) continue;
    // The office's name over the label or date line ("CSIRO" over "Media Release", "Max Planck Institute for X" over "Jena, 12 March 2027").
    else if (BYLINE.test(l) || isContactLine(l)) continue;
    else if (readDateLine(l) !== null) marked = true;
    else if (OFFICE_NAME.test(l) && l.split(/\s+/).length <= 7) names++;
    else return null;
  }
  // An embargo line marks the office's name over it as well ("Cell Press" over "Embargoed until …").
  if (names > 1 || (names === 1 && !marked && !embargo)) return null;
  return embargo ? 'embargo' : 'label';
}

/** A line that may name an office: capitalised words and small words, perhaps its division after a bar ("NOAA Fisheries | West Coast Region"), no digits or sentence punctuation. */
const OFFICE_NAME = /^\p{Lu}[\p{L}&'’. -]{1,60}(?:\s[|·]\s\p{Lu}[\p{L}&'’. -]{1,60})?$/u;

/** A line of an e-mail's header ("From: Newsroom <news@example.org>", "Subject: …"). */
const EMAIL_HEADER = /^(?:from|to|cc|bcc|sent|date|subject|reply-to)\s{0,2}:\s{0,3}\S/i;

/** True when a line after the first of `text` opens a contacts block ("Media Contacts:"). */
const labelsContacts = (text: string): boolean => text.split('\n').some((l, i) => i > 0 && labelKind(l.trim()) === 'contacts');

/** A "Contact: …" line with an email address or a phone number. */
const isContactLine = (l: string): boolean => l.includes(':') && labelKind(l) === 'contacts' && CONTACT_LINE.test(l);

/** The most blocks the head of a release (labels, headline, subheadlines) may have. */
const HEAD_LIMIT = 60;

/** A labelled deck line ("Summary: …", "In brief: …", "Standfirst: …"), printed under a headline. */
const DECK_LABEL_LINE = /^(?:summary|in\s{1,3}brief|sub-?title|standfirst)\s{0,3}:\s{0,3}\S/i;

/**
 * True for a headline stacked over its labelled deck in one block (a headline wrapped over lines over "Summary: …"):
 * the block's last line is a labelled deck and no line above it ends a sentence. Its closing full stop is the deck's.
 */
const isHeadOverDeck = (text: string): boolean => {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2 || lines.length > 5 || !DECK_LABEL_LINE.test(lines[lines.length - 1]!)) return false;
  return lines.slice(0, -1).every((l) => !DECK_LABEL_LINE.test(l) && !/[.!?:;]["”’)]?$/.test(l));
};

/** A paragraph long enough to be the lead of a release. */
const isProse = (b: Block): boolean => b.kind === 'paragraph' && b.text.length >= 180 && /[.!?]["”’)]?$/.test(b.text) && !isHeadOverDeck(b.text);

/**
 * Sets `section` on every block and returns the sections in order. The head of the release
 * (labels, embargo, headline, subheadline) runs until the first prose paragraph, the lead;
 * after it, labels ("Notes for editors", "Media contact", "About X", end marks) open parts.
 */
export function assignSections(blocks: Block[]): Section[] {
  const sections: Section[] = [];
  const open = (kind: SectionKind, label: string | null): Section => {
    const section: Section = { kind, label, blocks: [] };
    sections.push(section);
    return section;
  };
  const current = (): Section | undefined => sections[sections.length - 1];
  let inHead = true;
  let sawHeadline = false;
  let kind: SectionKind = 'body';
  // A level-1 heading before the lead is the headline; paragraphs before it are site chrome.
  const leadAt = blocks.findIndex((b) => b.kind === 'end' || isProse(b) || b.text.length > 400);
  const headEnd = leadAt < 0 ? blocks.length : leadAt;
  const h1 = blocks.slice(0, headEnd).find((b) => b.kind === 'heading' && b.depth === 1 && isHeadlineText(b));
  let contactsOpen = false;
  // A paragraph of the head that reads as a sentence (a short lead's): only after one does a citation label end the head.
  let sawSentence = false;
  for (const b of blocks) {
    const line = firstLine(b.text);
    if (b.kind === 'end') {
      inHead = false;
      kind = 'end';
      b.section = 'end';
      open('end', line || '###').blocks.push(b);
      continue;
    }
    if (inHead && b.index >= HEAD_LIMIT) {
      // A head that never reaches a prose paragraph ends here: the rest is body.
      inHead = false;
      kind = 'body';
    }
    if (inHead) {
      let k: SectionKind;
      let label: string | null = null;
      const wasContacts = contactsOpen;
      const afterBareLabel = contactsOpen && current()?.blocks.length === 1 && (current()?.blocks[0]?.text.length ?? 0) <= 40;
      contactsOpen = false;
      if (TEMPLATE_JUNK.test(b.text) || isPageChrome(b) || (b.kind === 'html' && !b.text.trim())) k = 'front';
      else if ((b.text.length < 80 || (line.length < 80 && !b.text.includes('\n'))) && RELEASE_LABEL.test(line)) k = 'label';
      else if (line.length < 80 && b.text.length <= 300 && RELEASE_LABEL.test(line) && labelsContacts(b.text)) {
        // A release label with a contacts block run on under it ("FOR IMMEDIATE RELEASE / Media Contacts: / …"): the next contact goes on it.
        k = 'label';
        contactsOpen = true;
      }
      else if (isEmbargoLine(b.text, line)) k = 'embargo';
      else if (b.text.includes('\n') && metaLinesKind(b.text)) k = metaLinesKind(b.text)!;
      // A joint release's label names its partners, so it may run long, with the headline stacked under it.
      else if (isJointLabel(line)) k = 'label';
      // The headline found above has been read for a date line already: it holds none.
      else if (b.text.length <= 160 && ((b !== h1 && readDateLine(b.text)) || BYLINE.test(b.text))) k = 'label';
      else if (b.text.length <= 300 && labelKind(line) === 'contacts') {
        k = 'contacts';
        label = line;
        contactsOpen = true;
      } else if (wasContacts && b.text.length <= 160 && !isProse(b) && (CONTACT_LINE.test(b.text) || (afterBareLabel && b.text.split(/\s+/).length <= 5)) && b !== h1) {
        k = 'contacts';
        contactsOpen = true;
      } else if (sawHeadline && sawSentence && b.text.length <= 1500 && line.length <= 60 && CITATION_LABEL.test(line.replace(/^[#*_\s]+|[*_\s]+$/g, '')) && !/^source\b/i.test(line)) {
        // "Reference⏎Names, Title, Journal" after a short lead that was no prose paragraph (but a sentence): the citation ends the head;
        // a breadcrumb's "Article" over a page's menu does not.
        k = 'citation';
        label = line;
        inHead = false;
        kind = 'citation';
      } else if (!sawHeadline && !isProse(b) && (h1 ? b === h1 : true)) {
        k = 'headline';
        sawHeadline = true;
      } else if (!sawHeadline && h1 && !isProse(b)) k = 'front';
      else if (isProse(b) || b.text.length > 400) {
        k = 'lead';
        inHead = false;
        kind = 'body';
      } else k = 'subheadline';
      b.section = k;
      if (b.kind === 'paragraph' && b.text.length >= 100 && /[.!?]["”’)]?$/.test(b.text)) sawSentence = true;
      const last = current();
      if (last && last.kind === k && k !== 'headline' && !(k === 'contacts' && label)) last.blocks.push(b);
      else open(k, label).blocks.push(b);
      continue;
    }
    const label = b.kind === 'heading' || line.length <= 140 ? labelKind(line) : null;
    if (label) {
      kind = label;
      b.section = label;
      open(label, line).blocks.push(b);
      continue;
    }
    if (b.kind === 'heading' && kind !== 'body' && kind !== 'end') {
      // A new heading after a labelled part ends it, unless the part is the end matter.
      kind = 'body';
    }
    b.section = kind;
    const last = current();
    if (last && last.kind === kind) last.blocks.push(b);
    else open(kind, null).blocks.push(b);
  }
  return sections;
}
