/**
 * Rules on quotations: quotes without a speaker, and quotation marks that never close.
 * @packageDocumentation
 */
import type { Rule } from '../rule.js';
import { excerpt, provenancePlace, sourceOffset } from '../locate.js';
import { holdsAttribution, openQuotes } from '../facts/quotes.js';

/** `quote-unattributed`: a quote whose speaker the release never names. */
export const quoteUnattributed: Rule = {
  id: 'quote-unattributed',
  severity: 'warn',
  doc: 'A quotation is not attributed to a named person.',
  check(ctx) {
    ctx.record.quotes.forEach((q, i) => {
      if (q.speaker) return;
      // "…, said X" inside the quote: an unclosed mark swallowed the attribution (quote-unbalanced reports it).
      if (holdsAttribution(q.text)) return;
      let place = provenancePlace(ctx.record, `quotes[${i}].text`, `quotes[${i}]`, `quotes[${i}].speaker`);
      if (!place) {
        const needle = q.text.slice(0, 30);
        const block = ctx.doc.blocks.find((b) => b.text.includes(needle));
        if (block) place = sourceOffset(ctx.doc, block, block.text.indexOf(needle), needle.length);
      }
      ctx.report(`Missing speaker for the quote "${excerpt(q.text)}", expected "said NAME" with it`, place);
    });
  },
};

/** `quote-unbalanced`: an opening quotation mark that its paragraph never closes. */
export const quoteUnbalanced: Rule = {
  id: 'quote-unbalanced',
  severity: 'warn',
  doc: 'An opening quotation mark is never closed in its paragraph (a quote continued in the next paragraph is fine).',
  check(ctx) {
    for (const q of openQuotes(ctx.doc)) {
      const after = excerpt(q.block.text.slice(q.index + 1), 30);
      if (!after) {
        // A mark that ends its paragraph closes a quote whose opening mark is missing.
        const from = Math.max(0, q.index - 36);
        let before = q.block.text.slice(from, q.index).replace(/\s+/g, ' ').trim();
        if (from > 0) before = before.replace(/^\S*\s/, ''); // start at a whole word
        ctx.report(`Unmatched closing quotation mark ${q.mark} after "…${before}", expected an opening mark where the quote begins`, q.offset);
        continue;
      }
      ctx.report(`Unclosed quotation mark ${q.mark} before "${after}", expected a closing mark in the same paragraph`, q.offset);
    }
  },
};
