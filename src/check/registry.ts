/**
 * Every lint rule of `pr2meta check`, by stable id, in the order they run.
 * @packageDocumentation
 */
import type { Rule } from './rule.js';
import { doiConflict, doiMalformed, doiMissing } from './rules/doi.js';
import { journalMissing, titleMissing } from './rules/article.js';
import { dateMissing, datelineMissing } from './rules/release.js';
import { embargoAfterPublication, embargoPassed, embargoWeekday, embargoZoneMissing } from './rules/embargo.js';
import { contactEmailMalformed, contactMissing, contactPhoneMalformed } from './rules/contact.js';
import { quoteUnattributed, quoteUnbalanced } from './rules/quote.js';
import { endMarkMissing } from './rules/end-mark.js';

/** The rules by id; each entry's key is its `id`. */
export const rules = {
  'doi-missing': doiMissing,
  'doi-malformed': doiMalformed,
  'doi-conflict': doiConflict,
  'journal-missing': journalMissing,
  'title-missing': titleMissing,
  'date-missing': dateMissing,
  'dateline-missing': datelineMissing,
  'embargo-passed': embargoPassed,
  'embargo-weekday': embargoWeekday,
  'embargo-zone-missing': embargoZoneMissing,
  'embargo-after-publication': embargoAfterPublication,
  'contact-missing': contactMissing,
  'contact-email-malformed': contactEmailMalformed,
  'contact-phone-malformed': contactPhoneMalformed,
  'quote-unattributed': quoteUnattributed,
  'quote-unbalanced': quoteUnbalanced,
  'end-mark-missing': endMarkMissing,
} as const satisfies Record<string, Rule>;

/** The id of a lint rule. */
export type RuleId = keyof typeof rules;

/** True when `id` names a lint rule. */
export const isRuleId = (id: string): id is RuleId => Object.hasOwn(rules, id);

/** Every rule id, in run order. */
export const ruleIds = Object.keys(rules) as RuleId[];
