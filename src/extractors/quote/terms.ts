/**
 * Terms set in quotation marks ("the 'Triple Pill'"): short capitalised phrases a release
 * puts in quotes as names of products, methods or programmes, which are never speakers.
 * @packageDocumentation
 */
import { findSingleSpans, findSpans, type QuoteSpan } from './spans.js';

/** The most words a quoted term has. */
const MAX_TERM_WORDS = 4;

/** Single straight marks around a short phrase ('Triple Pill'), bounded so the scan stays linear. */
const STRAIGHT_SINGLE = /(?<![\p{L}\p{N}])'([\p{Lu}][\p{L}\p{N}\- ]{0,60}?)'(?![\p{L}\p{N}])/gu;

const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Collects the quoted short phrases of a release that open with a capital letter. */
export class QuotedTerms {
  private readonly terms = new Set<string>();

  /**
   * Adds the quoted terms of one paragraph; `double` and `single` are its double-quoted and
   * single-quoted spans when the caller has already found them.
   */
  addText(text: string, double: readonly QuoteSpan[] = findSpans(text), single: readonly QuoteSpan[] = findSingleSpans(text)): void {
    for (const s of double) this.consider(s.text);
    for (const s of single) this.consider(s.text);
    if (!text.includes("'")) return; // no straight single mark, no match
    STRAIGHT_SINGLE.lastIndex = 0;
    for (let m = STRAIGHT_SINGLE.exec(text); m; m = STRAIGHT_SINGLE.exec(text)) this.consider(m[1]!);
  }

  private consider(raw: string): void {
    const t = raw.replace(/[\s,.;:!?]+$/, '');
    const words = t.split(/\s+/).filter(Boolean);
    if (!words.length || words.length > MAX_TERM_WORDS || !/^\p{Lu}/u.test(t)) return;
    this.terms.add(fold(t));
  }

  /** True when `name` (as printed, honorifics allowed) is one of the quoted terms. */
  has(name: string): boolean {
    return this.terms.size > 0 && this.terms.has(fold(name));
  }
}
