/**
 * A release label that names the release's partners or issuers ("Joint press release of X
 * University and the University of Y", "Press release issued by X and Y"): a label line, never a
 * headline, however long.
 * @packageDocumentation
 */
import { isOrgName } from './org-name.js';

/**
 * A joint release's label naming its partners ("Joint press release of X University and the University of Y",
 * "A joint media release from X and Y", "Joint news release by X, Y and Z"): a label, not the headline under it.
 */
const JOINT_LABEL = /^(?:an?\s{1,3})?joint\s{1,3}(?:(?:press|media|news)\s{1,3})?(?:release|statement|announcement)\s{1,3}(?:of|from|by|between)\s{1,3}(?:the\s{1,3})?([^\s.!?:;"“”][^.!?:;"“”]{2,160})$/iu;

/** A partner's name opens with a capital or a digit (checked apart: under the `i` flag, `\p{Lu}` takes any letter). */
const CAPITAL_START = /^[\p{Lu}\d]/u;

/**
 * A release label with its issuers after a colon, bar or dash or after "issued by", "on behalf of", "of", "from" or "by"
 * ("Joint press release: X University and Y Institute", "Press release issued by X and Y", "Media release on behalf of X").
 */
const ISSUERS_LABEL =
  /^(?:an?\s{1,3})?(?:joint\s{1,3})?(?:press|media|news)\s{1,3}(?:release|statement|announcement)(?:\s{0,3}[:|–—-]|\s{1,3}(?:(?:issued|distributed|sent)\s{1,3})?(?:on\s{1,3}behalf\s{1,3}of|of|from|by|between))\s{0,3}(\S[^.!?:;"“”]{2,160})$/iu;

/**
 * True for a release's label line that names its partners or issuers: a joint release's "of/from/by" line, or a label
 * whose every named issuer is an organisation's name.
 */
export function isJointLabel(line: string): boolean {
  if (line.length > 200 || !/release|statement|announcement/i.test(line)) return false;
  const joint = JOINT_LABEL.exec(line);
  if (joint && CAPITAL_START.test(joint[1]!)) return true;
  const partners = ISSUERS_LABEL.exec(line)?.[1];
  return partners !== undefined && partners.split(/\s{0,3}(?:,|&|\/|\||\band\b)\s{0,3}/).every((p) => isOrgName(p.replace(/^the\s+/i, '').trim()));
}
