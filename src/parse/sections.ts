/**
 * Assigns each block to a part of the release (headline, lead, body, citation block,
 * boilerplate, contacts, end) and groups them into sections.
 * @packageDocumentation
 */
import type { Block, Section, SectionKind } from '../types.js';

/** Labels that open a citation block. */
export const CITATION_LABEL =
  /^(?:notes?\s+(?:for|to)\s+(?:the\s+)?editors?|editors?'?\s*notes?|about\s+(?:the|this)\s+(?:study|research|paper|trial|article)|references?|citations?|(?:the\s+)?(?:full\s+)?(?:paper|study|article|publication)(?:\s+details)?|journal\s+(?:article|reference)|bibliographic\s+(?:information|details)|original\s+(?:publication|article|paper)|source|the\s+article\b.{0,80}|study\s+details|(?:recent|selected|related)\s+publications?|publications?|link\s+to\s+(?:the\s+)?(?:paper|study|article))\s*[:.]?$/i;

/** Labels that open a contacts block. */
export const CONTACTS_LABEL =
  /^(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|relations|office|information)|contacts?(?:\s+for\s+(?:more|further)\s+information)?|for\s+(?:more|further)\s+information(?:,?\s+(?:please\s+)?contact)?|press\s+office|for\s+(?:media|press|journalists?)\b[^:]{0,40}?(?:enquiries|inquiries|queries)|media\s+(?:and|&)\s+\w+\s+contacts?)\s*[:.]?$/i;

/** Labels that open boilerplate ("About X"). */
export const BOILERPLATE_LABEL = /^about\s+(?!the\s+(?:study|research|paper|trial|article)\b|this\s+(?:study|research|paper|trial)\b)\S.{0,120}$/i;

/** Bare labels above a headline. */
export const RELEASE_LABEL =
  /^(?:(?:for\s+immediate\s+release|news\s+release|press\s+release|media\s+(?:release|advisory)|news|release|immediate\s+release|public\s+release)[\s:.\-–—|]*)+$/i;

/** An embargo line. */
export const EMBARGO_LINE = /\b(?:embargo(?:ed)?|strictly\s+not\s+for\s+(?:release|publication)\s+(?:before|until))\b/i;

/** The first line of a block, trimmed, without a trailing colon's content. */
const firstLine = (text: string): string => (text.split('\n', 1)[0] ?? '').trim();

/** Classifies a label-like line, or returns null when the line is not a label. */
export function labelKind(line: string): SectionKind | null {
  const l = line.replace(/^[#*_\s]+|[*_\s]+$/g, '');
  if (l.length > 140) return null;
  const head = l.replace(/:.*$/s, '').trim();
  if (CONTACTS_LABEL.test(l) || (l.includes(':') && CONTACTS_LABEL.test(head))) return 'contacts';
  if (CITATION_LABEL.test(l) || (l.includes(':') && head.length < 40 && CITATION_LABEL.test(head))) return 'citation';
  if (l.length <= 80 && BOILERPLATE_LABEL.test(l) && !/[.!?]$/.test(l)) return 'boilerplate';
  return null;
}

/** A paragraph long enough to be the lead of a release. */
const isProse = (b: Block): boolean => b.kind === 'paragraph' && b.text.length >= 180 && /[.!?]["”’)]?$/.test(b.text);

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
  for (const b of blocks) {
    const line = firstLine(b.text);
    if (b.kind === 'end') {
      inHead = false;
      kind = 'end';
      b.section = 'end';
      open('end', line || '###').blocks.push(b);
      continue;
    }
    if (inHead) {
      let k: SectionKind;
      if (RELEASE_LABEL.test(line) && b.text.length < 80) k = 'label';
      else if (EMBARGO_LINE.test(line) && b.text.length < 300) k = 'embargo';
      else if (!sawHeadline && !isProse(b)) {
        k = 'headline';
        sawHeadline = true;
      } else if (isProse(b) || b.text.length > 400) {
        k = 'lead';
        inHead = false;
        kind = 'body';
      } else k = 'subheadline';
      b.section = k;
      const last = current();
      if (last && last.kind === k && k !== 'headline') last.blocks.push(b);
      else open(k, null).blocks.push(b);
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
