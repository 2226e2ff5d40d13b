/**
 * A newsletter sign-up box pasted from a web page above or beside a release: a short heading
 * ("Stay in the loop"), an invitation to subscribe, the form's field and button ("Email address",
 * "Subscribe") and a consent line. None of it is the release's headline or lead.
 * @packageDocumentation
 */

/** An invitation to sign up ("Sign up for our monthly newsletter …", "Get our stories in your inbox", "Join 20,000 readers …"). */
const INVITATION =
  /\b(?:sign\s{0,2}up|subscribe|register|join|get)\b[^\n@]{0,80}\b(?:newsletters?|digest|bulletin|updates|(?:by|via)\s{1,3}e-?mail|(?:in(?:to)?|to)\s{1,3}your\s{1,3}inbox|readers|subscribers)\b/i;

/** A field or button of the sign-up form on its own line ("Email address", "Your e-mail*", "Subscribe now", "Sign up", "No thanks"). */
const FORM_LINE =
  /^(?:(?:your\s{1,3}|enter\s{1,3}(?:your\s{1,3})?)?e-?mail(?:\s{1,3}address)?\s{0,2}\*?|(?:first\s{1,3}|last\s{1,3})?name\s{0,2}\*?|subscribe(?:\s{1,3}now)?|sign\s{0,2}(?:me\s{1,3})?up(?:\s{1,3}now)?|join(?:\s{1,3}now)?|submit|no,?\s{1,3}thanks)\s{0,2}[!.]?$/i;

/** A consent or privacy line under the form ("By subscribing you agree to our privacy policy.", "Unsubscribe at any time."). */
const CONSENT = /\b(?:by\s{1,3}(?:subscribing|signing\s{1,3}up|clicking)|unsubscribe|privacy\s{1,3}(?:policy|notice|statement)|never\s{1,3}share\s{1,3}your)\b/i;

/** A box's short heading: at most six words without a sentence's full stop ("Stay in the loop", "Don't miss a story!"). */
function isBoxHeading(line: string): boolean {
  return line.length <= 50 && line.split(/\s+/).length <= 6 && !/[.:;,]$/.test(line);
}

/**
 * True for a block that is a newsletter sign-up box: two to ten lines, no e-mail address, with an
 * invitation to subscribe and a form's field or button, every other line a consent line or, first,
 * a short heading.
 */
export function isNewsletterSignup(text: string): boolean {
  if (!text.includes('\n') || text.length > 800 || text.includes('@')) return false;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2 || lines.length > 10) return false;
  if (!lines.some((l) => FORM_LINE.test(l)) || !lines.some((l) => INVITATION.test(l) && !FORM_LINE.test(l))) return false;
  return lines.every((l, i) => FORM_LINE.test(l) || (l.length <= 200 && (INVITATION.test(l) || CONSENT.test(l))) || (i === 0 && isBoxHeading(l)));
}
