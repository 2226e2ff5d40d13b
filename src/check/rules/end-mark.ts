/**
 * The rule on the end mark that closes a release (`###`, `-30-`, `ENDS`, `-end-`).
 * @packageDocumentation
 */
import type { Rule } from '../rule.js';

/** `end-mark-missing`: no end mark closes the release. */
export const endMarkMissing: Rule = {
  id: 'end-mark-missing',
  severity: 'warn',
  doc: 'The release has no end mark (###, -30-, ENDS or -end-).',
  check(ctx) {
    if (ctx.doc.blocks.some((b) => b.kind === 'end')) return;
    const last = ctx.doc.blocks[ctx.doc.blocks.length - 1];
    ctx.report('Missing end mark, expected "###", "-30-", "ENDS" or "-end-" after the release text', last ? last.end : ctx.doc.text.length);
  },
};
