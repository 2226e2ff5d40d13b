/**
 * A pasted page's masthead chrome above the release: a section trail without "Home"
 * ("News > Research news") and a stack of menu bars, menu controls, newsletter sign-ups and
 * cookie notices in one block. Neither is the release's headline.
 * @packageDocumentation
 */

/** A section of a site that opens a trail of two parts ("News > Research news", "Media › Press releases"). */
const SECTION_WORD =
  /^(?:news(?:room)?|media(?:\s{1,3}(?:centre|center|room))?|press(?:\s{1,3}(?:room|office))?|research|stories|features|about(?:\s{1,3}us)?|latest|(?:press|news|media)\s{1,3}releases)$/i;

/** One part of a section trail: one to four words of letters or digits, no sentence punctuation ("Research news", "2031"). */
const TRAIL_PART = /^[\p{L}\d][\p{L}\d&'’-]{0,24}(?:\s{1,2}[\p{L}\d&][\p{L}\d&'’-]{0,24}){0,3}$/u;

/**
 * True for a page's section trail on one line ("News > Research news", "Research » Health » 2031"):
 * two to six short parts set apart by ">", "»" or "›", the first a site section when there are only two.
 */
export function isSectionTrail(line: string): boolean {
  const t = line.trim();
  if (t.length > 120 || !/[>»›]/.test(t)) return false;
  const parts = t.split(/\s{0,3}[>»›]\s{0,3}/).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 6 || !parts.every((p) => TRAIL_PART.test(p))) return false;
  return parts.length >= 3 || SECTION_WORD.test(parts[0]!);
}

/** A menu item of a navigation bar: one to three capitalised words, "&" allowed ("Patients & Visitors", "GIVE"). */
const MENU_ITEM = /^\p{Lu}[\p{L}\d'’-]{0,20}(?:\s{1,2}(?:&\s{1,2})?\p{L}[\p{L}\d'’-]{0,20}){0,2}$/u;

/** True for a navigation bar on one line: three to twelve menu items set apart by pipes, bullets or wide spaces ("NEWS  EVENTS  PEOPLE"). */
function isMenuBar(line: string): boolean {
  if (line.length > 200) return false;
  const parts = line.split(/\s{0,3}[|·•]\s{0,3}|\s{2,}/).filter(Boolean);
  return parts.length >= 3 && parts.length <= 12 && parts.every((p) => MENU_ITEM.test(p));
}

/** A page control on its own line ("Menu", "Search this site", "Skip to main content"). */
const CONTROL =
  /^(?:(?:main\s{1,3}|open\s{1,3}|close\s{1,3})?menu|search(?:\s{1,3}(?:this\s{1,3})?site)?|skip\s{1,3}to\s{1,3}(?:the\s{1,3})?(?:main\s{1,3})?(?:content|navigation)|sign\s{1,3}in|log\s{1,3}in)$/i;

/** A newsletter sign-up ("Sign up for our newsletter", "Subscribe to our weekly newsletter"). */
const NEWSLETTER = /^(?:sign\s{1,3}up|subscribe|register)\s{1,3}(?:for|to)\s{1,3}(?:our|the)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}newsletters?\b[^\n]{0,80}$/iu;

/** A cookie notice, perhaps under its label ("Cookie notice: we use cookies …", "This site uses cookies …"). */
const COOKIE = /^(?:cookies?\s{1,3}(?:notice|policy|consent|banner)\s{0,3}:\s{0,3})?(?:we|this\s{1,3}(?:web\s?)?site|our\s{1,3}(?:web\s?)?site)\s{1,3}(?:use|uses|is\s{1,3}using)\s{1,3}cookies\b/i;

/** A menu item that every site's navigation has ("Home", "News", "About us", "Contact"). */
const SITE_ITEM = /^(?:home|news(?:room)?|about(?:\s{1,3}us)?|contact(?:\s{1,3}us)?)$/i;

/**
 * True for a site's name over its menu pasted one item a line ("Nordsee Lab" over "Home", "About",
 * "News", "Contact"): at least three short menu items, one of them "Home", "News", "About" or
 * "Contact", under a name of at most six words without sentence punctuation, or under none.
 */
function isNameOverMenuLines(lines: readonly string[]): boolean {
  const first = lines[0]!;
  const named = !MENU_ITEM.test(first) || first.length > 30;
  if (named && (first.length > 60 || /[.!?:;,"“”]$/.test(first) || first.split(/\s+/).length > 6)) return false;
  const items = named ? lines.slice(1) : lines;
  return items.length >= 3 && items.every((l) => l.length <= 30 && MENU_ITEM.test(l)) && items.some((l) => SITE_ITEM.test(l));
}

/**
 * True for a site's masthead over its navigation bar in one block ("Medical Xpress" over "Covid-19  Diseases  Neuroscience  Oncology"):
 * a name of at most four words without sentence punctuation over one or two lines of chrome, one of them a bar of at least four menu items.
 */
function isNameOverMenuBar(lines: readonly string[]): boolean {
  const first = lines[0]!;
  if (lines.length > 3 || first.length > 50 || /[.!?:;,"“”]$/.test(first) || first.split(/\s+/).length > 4 || isMenuBar(first)) return false;
  const rest = lines.slice(1);
  const wide = (l: string): boolean => isMenuBar(l) && l.split(/\s{0,3}[|·•]\s{0,3}|\s{2,}/).filter(Boolean).length >= 4;
  return rest.some(wide) && rest.every((l) => wide(l) || CONTROL.test(l) || isSectionTrail(l));
}

/**
 * True for a block of two to twelve lines that are each a page's chrome: a menu bar, a control,
 * a newsletter sign-up, a cookie notice or a section trail ("Menu" over "Patients & Visitors | Research | Careers").
 */
export function isChromeStack(text: string): boolean {
  if (!text.includes('\n') || text.length > 1500) return false;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2 || lines.length > 12) return false;
  if (isNameOverMenuLines(lines) || isNameOverMenuBar(lines)) return true;
  return lines.every((l) => l.length <= 400 && (CONTROL.test(l) || NEWSLETTER.test(l) || COOKIE.test(l) || isMenuBar(l) || isSectionTrail(l)));
}

/** One bracketed page control or group of them ("[ Back to EurekAlert! ]", "[ Print | E-mail | Share ]", "[Close Window]"). */
const BRACKETED_CONTROL = /\[\s{0,3}[\p{L}][\p{L}\d!'’&.\s-]{0,30}(?:\s{0,3}\|\s{0,3}[\p{L}][\p{L}\d!'’&.\s-]{0,30}){0,6}\s{0,3}\]/gu;

/**
 * True for a line made only of a page's bracketed controls, one or more ("[ Back to EurekAlert! ]",
 * "[ Print | E-mail | Share ] [ Close Window ]"), as an old newswire page pastes them around its release.
 */
export function isBracketedControls(line: string): boolean {
  const t = line.trim();
  if (!t.startsWith('[') || !t.endsWith(']') || t.length > 160) return false;
  return t.replace(BRACKETED_CONTROL, '').trim() === '';
}

/** A sharing bar pasted as one line ("Share: Facebook Twitter LinkedIn Email", "Share this story | Facebook | X | Email"). */
const SHARE_LINE =
  /^share(?:\s{1,3}(?:this(?:\s{1,3}(?:story|article|page|post|release))?|on))?\s{0,3}:?(?:[\s|·•,]{1,5}(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit|bluesky|mastodon|threads|print|copy\s{1,3}link)){2,10}\s{0,3}$/i;

/** True for a page's sharing bar on one line: "Share" and two or more networks or controls ("Share: Facebook Twitter LinkedIn Email"). */
export function isShareLine(line: string): boolean {
  return SHARE_LINE.test(line.trim());
}
