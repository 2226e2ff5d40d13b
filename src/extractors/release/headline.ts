/**
 * The headline and subheadline of a release: the first heading or headline line of its head,
 * the front matter or page title, without labels ("NEWS RELEASE") or site suffixes
 * (" | University of X", " – Wire News").
 * @packageDocumentation
 */
import type { Strategy } from '../../extract/runner.js';
import type { Block } from '../../types.js';
import { isPullQuote } from '../../text/pull-quote.js';
import { BREADCRUMB, BYLINE, EMBARGO_LINE, RELEASE_LABEL, TEMPLATE_JUNK, isPageChrome, labelKind } from '../../parse/sections.js';
import { readDateLine } from '../../text/date-line.js';
import { findDates } from '../../text/dates.js';
import { isKickerLine } from '../../text/kicker.js';
import { looksLikeJournal } from '../article/journal.js';
import { splitInlineFields } from '../article/inline-fields.js';
import { isRelatedPanel, relatedPanelBlocks } from './related-panel.js';
import { isBracketedControls, isChromeStack, isSectionTrail, isShareLine } from './chrome-stack.js';
import { isCorrectionNote, isEditLine, readOriginalLine } from './edit-line.js';
import { digestItemHeading, itemHeadingText } from './digest.js';
import { isPanelHead, readTaggedDateLine } from './aggregator-panel.js';
import { isTagLine } from './tag-line.js';
import { dropAcronym, isOrgName, nameShaped } from '../../text/org-name.js';
import { isJointLabel } from '../../text/joint-label.js';
import { joinWrappedWords } from '../../text/wrapped-word.js';
import { isCopyrightLine } from '../../text/copyright-line.js';
import { frontMatterTitleWins } from './front-matter-title.js';
import { wordOverlap, wordsOf } from '../../text/word-overlap.js';
import { titleAfterDatedLead } from './title-after-lead.js';
import { isSalutation } from './salutation.js';

/** A label printed before a headline on the same line ("NEWS RELEASE: ...", "Subject: ..." over a digest's release, a release number "N° 12–2031: ...", a podcast's "Episode 42: ..."). */
const LEADING_LABEL = /^(?:(?:for\s{1,3}immediate\s{1,3}release|(?:joint\s{1,3})?(?:news|press|media)\s{1,3}release|immediate\s{1,3}release|title|headline|subject|(?:episode|ep\.)\s{0,2}\d{1,4}|(?:n[°º]|no\.|nr\.)\s{0,2}\d{1,4}(?:\s{0,2}[/–-]\s{0,2}\d{2,4})?)\s{0,3}[:|–—-]\s{0,3})+/iu;
/** Words that mark a suffix as a site or outlet name. */
/** A notice that the release was corrected or updated, leading its headline ("CORRECTION:", "UPDATED —", "Corrected release:"): a label, no part of the title; a bare "Update:" may open a title and stays. */
const STATUS_LABEL = /^(?:correct(?:ion|ed)|updated|revised|clarification)(?:\s{1,3}(?:release|version|story))?(?:\s{0,3}[:|]|\s{1,3}[–—-]{1,2})\s{1,3}(?=\S)/i;
const SITE_WORD =
  /\b(?:news(?:room|wire)?|not[íi]cias|noticias|notizie|nieuws|nachrichten|aktuelles|actualit[ée]s|nyheter|uutiset|press|pressemitteilung(?:en)?|pressmeddelanden?|research|university|universit[äe]t|université|universit(?:et|eit|à|y)|universidad|universidade|hochschule|politecnico|polytechnic|college|institute|institut(?:et|e|o|t|uut)?|istituto|school|hospital|clinic|centre|center|laborator(?:y|ies)|lab|foundation|society|association|academy|council|agency|ministry|department|daily|today|magazine|times|post|journal|media|online|blog|wire|eurekalert!?|sciencedaily|phys\.org|medicalxpress)\b|\.(?:com|org|edu|net|gov|ac\.uk)\b/i;

/** The meta keys that hold a page's or front matter's title, best first. */
const TITLE_KEYS = ['title', 'og:title', 'twitter:title', 'dc.title', 'headline'] as const;
/** A title that a word processor or converter gave a document from its file name ("Microsoft Word - PR_017_final.docx", "release.pdf", "Untitled document"). */
const DOCUMENT_FILE_TITLE = /^(?:microsoft\s{1,3}(?:word|powerpoint)\s{1,3}-\s.{0,300}|\S{0,200}\.(?:docx?|pdf|rtf|odt)|untitled(?:\s{1,3}document)?)$/i;
/** The word of a title label, to test a block cheaply before {@link TITLE_FIELD} and {@link TITLE_HEAD}. */
const TITLE_WORD = /\b(?:title|headline)\b/i;
/** A labelled title line in a release's head ("Title: …", "■ Title: …", "1. Headline: …"): the title is the rest. */
const TITLE_FIELD = /^(?:\d{1,2}[.)]\s{0,2}|[■□◆◇●▶►]\s{0,2})?(?:title|headline)\s{0,2}[:：]\s{0,3}(\S[^\n]{9,299})$/i;
/** A title label alone on its line or heading ("1. Title", "Headline:"): the title is the next block. */
const TITLE_HEAD = /^(?:\d{1,2}[.)]\s{0,2}|[■□◆◇●▶►]\s{0,2})?(?:title|headline)\s{0,2}[:：]?$/i;
/** A paper's field label on a line ("Authors: …", "Journal: …", "DOI: …"). */
const PAPER_FIELD = /^\s{0,3}(?:authors?|journal|doi|published\s{1,3}in)\s{0,2}[:：]/im;
/** The meta keys that name the site. */
const SITE_KEYS = ['og:site_name', 'application-name', 'site_name', 'publisher'] as const;

/**
 * Cleans a printed headline: one line, no leading label, no site suffix (" | Site",
 * " – Wire News"); `siteNames` are the site's own names from the page's metadata.
 */
export function cleanHeadline(text: string, siteNames: readonly string[] = [], fromTitle = false): string {
  // A converted document's page number on a line of its own inside the headline's block ("Page 1", "- 1 -") is no part of it.
  const lines = text.slice(0, 2000).split('\n');
  const kept = lines.length > 1 ? lines.filter((l) => !PAGE_NUMBER.test(l.trim())) : lines;
  let h = joinWrappedWords(kept.length ? kept.join('\n') : lines.join('\n')).replace(/\s+/g, ' ').replace(/^[#*_\s■□◆◇●▶►]+|[*_\s]+$/g, '').trim();
  h = h.replace(LEADING_LABEL, '').trim();
  if (STATUS_LABEL.test(h) && h.length - STATUS_LABEL.exec(h)![0].length >= 12) h = h.replace(STATUS_LABEL, '').replace(LEADING_LABEL, '').trim();
  const site = (s: string): boolean => {
    const t = s.trim().toLowerCase();
    return siteNames.some((n) => n.trim().toLowerCase() === t) || SITE_WORD.test(s);
  };
  // " | Site" and " :: Site": keep the longest part unless a site name shows which to drop.
  const pipe = h.split(/\s{1,3}(?:\||::|»)\s{1,3}/);
  if (pipe.length > 1) {
    const keep = pipe.filter((p) => !site(p) || p.split(/\s+/).length > 8);
    const pool = keep.length ? keep : pipe;
    h = pool.reduce((a, b) => (b.length > a.length ? b : a), '');
  }
  // " – Wire News", " - University of X", " – News – University of X": short, site-like last parts after spaced dashes.
  for (let i = 0; i < 3; i++) {
    const dash = /\s[–—-]\s([^–—]{2,60})$/.exec(h);
    if (!dash || h.slice(0, dash.index).split(/\s+/).length < 3) break;
    const tail = dash[1]!;
    const titleCase = tail.split(/\s+/).length <= 6 && tail.split(/\s+/).every((w) => /^(?:\p{Lu}|of|the|and|for|at|&|in|de)/u.test(w) || /^(?:di|du|des|della|del|la|le|van|von|der|voor|für)$/.test(w));
    // After the last part, another is dropped only when it names a site.
    if (titleCase && (site(tail) || (fromTitle && i === 0))) h = h.slice(0, dash.index).trim();
    else break;
  }
  // " : Pressemitteilungen : Universität Hamburg": a page title's site parts after spaced colons, the site named last.
  if (fromTitle) {
    for (let i = 0; i < 3; i++) {
      const colon = /\s:\s([^:]{2,60})$/.exec(h);
      if (!colon || h.slice(0, colon.index).split(/\s+/).length < 3) break;
      const tail = colon[1]!.trim();
      const words = tail.split(/\s+/);
      const named = words.length <= 6 && words.every((w) => /^(?:\p{Lu}|of|the|and|for|at|&|in|de)/u.test(w) || /^(?:di|du|des|della|del|la|le|van|von|der|voor|für)$/.test(w));
      if (named && site(tail)) h = h.slice(0, colon.index).trim();
      else break;
    }
  }
  // A page title led by its site ("Lakeside University News: Soil fungi help trees …").
  const prefix = fromTitle ? /^([^:|]{3,60}):\s{1,3}(\S.{19,})$/.exec(h) : null;
  if (prefix && site(prefix[1]!) && prefix[1]!.split(/\s+/).length <= 6 && prefix[1]!.split(/\s+/).every((w) => /^(?:\p{Lu}|of|the|and|for|at|in|&|de)/u.test(w))) h = prefix[2]!;
  return h.replace(/^[#*_\s]+|[*_\s]+$/g, '').trim();
}

/** A page title made of a newsroom's section label and the site's name ("Press releases - Istituto di X", "News – University of Y"). */
const SECTION_TITLE = /^(?:(?:press|news|media)\s{1,3}releases?|news(?:room)?|press(?:\s{1,3}office)?)\s{1,3}[–—|-]\s{1,3}(\S.{2,80})$/i;

/** True for a page title that names only a newsroom's section and its site (see {@link SECTION_TITLE}): no headline. */
function isSectionTitle(text: string): boolean {
  const m = SECTION_TITLE.exec(text.trim());
  return m !== null && SITE_WORD.test(m[1]!) && !/[.!?]$/.test(m[1]!);
}

/** The site's own names from the page's metadata. */
export function siteNames(meta: Record<string, string>): string[] {
  return SITE_KEYS.map((k) => meta[k]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

/** A release label that ends in its kind: "University of X press release", "CSIRO media release", "X - News Release". */
const OFFICE_RELEASE = /(?:^|\s)(?:press|media|news)\s{1,3}(?:release|statement|advisory)$/i;

/**
 * True for a short first line that names the office and the kind of release ("BMJ press
 * release", "Sorbonne University - Press Release"): at most eight words before the kind, the
 * first capitalised, in a block of at most three short lines.
 */
export function isOfficeReleaseLabel(b: Block): boolean {
  const lines = b.text.split('\n');
  const line = (lines[0] ?? '').trim();
  // The office's name may open in lower case when a capital follows inside its first word ("eLife digest press release").
  if (line.length > 100 || lines.length > 3 || !OFFICE_RELEASE.test(line) || !/^(?:[\p{Lu}\d]|\p{Ll}{1,3}\p{Lu})/u.test(line)) return false;
  return line.split(/\s+/).length <= 10 && lines.every((l) => l.length <= 100);
}

/** A "Label: value" or "Question? Answer" line of a metadata block ("Evidence type: Observational", "Externally peer reviewed? Yes"). */
const FIELD_LINE = /^\p{Lu}[\p{L}' -]{1,40}[?:][ \t]{0,3}\S/u;

/** True for a block of two to six "Label: value" lines: a metadata panel, not a headline. */
const isFieldPanel = (b: Block): boolean => {
  if (!b.text.includes('\n') || b.text.length > 400) return false;
  const lines = b.text.split('\n').filter((l) => l.trim() !== '');
  return lines.length >= 2 && lines.length <= 6 && lines.every((l) => FIELD_LINE.test(l.trim()));
};

/**
 * A contact line at the top of a release ("Contact: Jane Roe, 555-0100, jane@x.org"): a contact label, a colon, then an address or a number;
 * the release label may open the same line ("FOR IMMEDIATE RELEASE   Contact: Jane Roe, …", as e-mailed releases print it).
 */
const CONTACT_HEAD = /^(?:(?:for\s{1,3}immediate\s{1,3}release|(?:news|press|media)\s{1,3}release)[\s:|\u2012-\u2015-]{1,12})?(?:(?:media|press|news)\s{1,3})?contacts?\s{0,3}:[^\n]{0,400}?(?:@|\d{3}[\s.)-]{1,3}\d{3})/i;

/** A release label and a topic of at most three words after a pipe, bullet or slash ("Press Release | Environment", "News release · Health"). */
const LABEL_TOPIC = /^(?:(?:news|press|media)\s{1,3}(?:release|advisory)|news|research\s{1,3}news)\s{0,3}[|·•/]\s{0,3}[\p{L}&][\p{L}&'-]{0,25}(?:\s{1,3}[\p{L}&][\p{L}&'-]{0,25}){0,2}$/iu;

/** A line of a journal's evidence labels over its headline ("Peer-reviewed; Observational study; People", "Not peer reviewed | Opinion"). */
const EVIDENCE_LABELS = /^(?:not\s{1,3})?peer[\s-]?reviewed\s{0,3}(?:\?|[;|/•·,]|$)/i;

/** A note to the press that opens the head in a sentence ("Media advisory: The full study is linked to this news release."). */
const PRESS_NOTE = /^(?:media\s{1,3}advisory|editor'?s?'?\s{1,3}note|note\s{1,3}to\s{1,3}(?:editors|media|reporters))\s{0,3}:[^\n]{10,300}\.$/i;

/**
 * True for a pasted page's masthead that ends in its breadcrumb trail ("AlphaGalileo" over
 * "Home > Research news > Environment"): two to eight short lines, the last a breadcrumb.
 */
const isMastheadTrail = (t: string): boolean => {
  if (!t.includes('\n') || t.length > 800 || !/[>»›/|]/.test(t)) return false;
  const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length >= 2 && lines.length <= 8 && lines.every((l) => l.length <= 100) && BREADCRUMB.test(lines[lines.length - 1]!);
};

/** A time of day after a date, perhaps with a zone (" 07:00 ET", ", 8:30 a.m. EDT", " at 09.00 CET/CEST"). */
const CLOCK_TAIL = /^,?\s{1,3}(?:at\s{1,3})?\d{1,2}[:.]\d{2}(?:\s{0,2}[ap]\.?m\.?)?(?:\s{1,3}[A-Z]{2,5}(?:\/[A-Z]{2,5})?)?$/i;

/**
 * True for a page's or wire's metadata line of parts set apart by pipes or spaced slashes, one a whole date
 * ("News article | 28 September 2027 | Directorate-General X", "14.03.2031 / 07:30 CET/CEST").
 */
const isDatePipeLine = (line: string): boolean => {
  if ((!line.includes('|') && !line.includes(' / ')) || line.length > 200) return false;
  const parts = line.split(/\||\s\/\s/).map((p) => p.trim());
  return parts.length >= 2 && parts.length <= 5 && parts.some((p) => {
    const d = findDates(p, { numeric: true })[0];
    return d !== undefined && d.index === 0 && (d.end === p.length || CLOCK_TAIL.test(p.slice(d.end)));
  });
};

/** The sender's line of a release sent on ("FROM: AIP Publishing", "From: Media Office"): a label and a colon. */
const FROM_LINE = /^from\s{0,2}:\s{0,3}\S/i;

/** A disclosure wire's header line naming the kind of notice and the issuer ("EQS-News: X AG / Key word(s): Study results", "DGAP-Adhoc: X SE"). */
const WIRE_HEADER = /^(?:EQS|DGAP)-[\p{L}-]{2,30}\s{0,2}:\s{0,3}\S/u;

/**
 * A page's skip link, cookie bar or notice, wire's provider line or e-mail newsletter's browser link opening a block of its chrome
 * ("Skip to main content", "Accept cookies | Manage preferences", "We use cookies to …", "News provided by X", "View this email in your browser").
 */
const CHROME_HEAD =
  /^(?:having\s{1,3}trouble\s{1,3}(?:viewing|reading)\s{1,3}this\s{1,3}(?:e-?mail|newsletter|message)|view\s{1,3}(?:this\s{1,3}(?:e-?mail|newsletter|message)|it)\s{1,3}(?:in\s{1,3}(?:your|a)\s{1,3}(?:web\s{1,3})?browser|online)|skip\s{1,3}to\s{1,3}(?:the\s{1,3})?(?:main\s{1,3})?content|news\s{1,3}provided\s{1,3}by\s|(?:accept|reject|decline|allow|refuse)(?:\s{1,3}all)?\s{1,3}cookies\s{0,3}(?:[|·•/]|$)|manage\s{1,3}(?:cookie\s{1,3})?(?:preferences|settings|cookies)$|cookie\s{1,3}(?:settings|preferences)$|(?:we|this\s{1,3}(?:web\s?)?site|our\s{1,3}(?:web\s?)?site)\s{1,3}(?:use|uses|is\s{1,3}using)\s{1,3}cookies\b)/i;

/** A post's account or navigation button on a line of its own ("Subscribe", "Sign in", "Log in", "Follow"). */
const ACCOUNT_BUTTON = /^(?:subscribe(?:\s{1,3}now)?|sign\s{0,2}(?:in|up|out)|log\s{0,2}(?:in|out)|follow|donate|menu|search|share|upgrade(?:\s{1,3}to\s{1,3}paid)?|get\s{1,3}the\s{1,3}app|open\s{1,3}in\s{1,3}app)$/i;

/**
 * True for a newsletter's or blog's masthead pasted with its buttons ("The Brackish Water Letter" over
 * "Subscribe" and "Sign in"): two to five short lines, the first a name without sentence punctuation, every later one a button.
 */
function isAccountMasthead(t: string): boolean {
  if (!t.includes('\n') || t.length > 200) return false;
  const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2 || lines.length > 5 || lines[0]!.length > 80 || /[.!?:;,]$/.test(lines[0]!)) return false;
  return lines.slice(1).every((l) => ACCOUNT_BUTTON.test(l));
}

/** A social post's follower count on its own line ("12,408 followers", "3.1K followers"). */
const FOLLOWERS_LINE = /^[\d.,]{1,9}\s{0,2}[KkMm]?\s{1,3}(?:followers|subscribers|members|connections)$/;
/** A social post's age line, perhaps marked edited ("3d • Edited", "2h ·", "1w • 🌐"). */
const POST_AGE_LINE = /^\d{1,2}\s{0,2}(?:s|m|h|d|w|mo|y|yr)\s{0,3}[•·](?:\s{0,3}\S[^\n]{0,30})?$/;

/**
 * True for a social network post's author header ("Hamad Bin Khalifa University" over "12,408 followers" over
 * "3d • Edited"): two to four short lines, one a follower count or a post's age.
 */
function isSocialHeader(t: string): boolean {
  if (!t.includes('\n') || t.length > 200) return false;
  const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2 || lines.length > 4) return false;
  return lines.slice(1).some((l) => FOLLOWERS_LINE.test(l) || POST_AGE_LINE.test(l));
}

/** A release label with a note of its language in brackets ("Press release (English translation)", "Media release (translated from the French)", "Press release – English version"). */
const TRANSLATED_LABEL = /^(?:(?:press|news|media)\s{1,3}(?:release|statement)|communiqu[eé](?:\s{1,3}de\s{1,3}presse)?)(?:\s{0,3}\((?:[\p{L}-]{2,20}\s{1,3})?(?:translation|version|translated\s{1,3}from\s{1,3}(?:the\s{1,3})?[\p{L}-]{2,20})\)|\s{1,3}[–—-]\s{1,3}[\p{L}-]{2,20}\s{1,3}(?:translation|version))$/iu;

/** A social post's author line ("Dr. Ana Ruiz @anaruiz@mastodon.example · Mar 21, 2031"): a name, a handle, perhaps the post's date after a dot. */
const POST_AUTHOR_LINE = /^[^\n@]{2,60}\s@[\w.-]{1,60}(?:@[\w.-]{1,80})?(?:\s{0,3}[·•]\s{0,3}[^\n]{1,40})?$/u;

/**
 * A numbered post of a thread or the thread's opening post ("1/ New preprint …", "2/12 The previous bound …",
 * "🧵 A thread on our new paper: 1/6"): a thread has no title of its own.
 */
const THREAD_POST = /^(?:\d{1,2}\/(?:\d{1,2})?\s|🧵)|(?:^|\s)\(?1\/\d{1,2}\)?\s{0,2}(?:🧵\s{0,2})?$/u;

/** A video's or podcast's player line ("Watch (4:12) · Transcript below", "Listen (28 min) | Download MP3", "Play video"): controls, no headline. */
const MEDIA_CONTROLS = /^(?:watch|listen|play)(?:\s{1,3}(?:now|video|audio|episode|the\s{1,3}(?:video|film|episode)))?\s{0,3}(?:\(\s{0,2}\d{1,3}(?::\d{2}){1,2}\s{0,2}\)|\(\s{0,2}\d{1,3}\s{0,2}min(?:utes|s)?\.?\s{0,2}\))?\s{0,3}(?:[|·•]|$)/i;

/**
 * True for a head block a page's chrome opens (see {@link CHROME_HEAD}), unless a later line is a
 * sentence of the release (eight words or more ending in a full stop, no cookie notice).
 */
function isChromeBlock(b: Block, line: string): boolean {
  if (!CHROME_HEAD.test(line)) return false;
  return !b.text.split('\n').slice(1).some((l) => /[.!?]["”’]?\s{0,3}$/.test(l) && l.trim().split(/\s+/).length >= 8 && !/cookie/i.test(l));
}

/**
 * A numbered release label, perhaps after an office's name or acronym ("Press release 14/2025", "Media release No. 112/2027",
 * "ESO Science Release eso3109", "CERN Press Release 31/114", "Press Release N° 12–2031", "Information for the press – No. 42/2031",
 * "MEDIA ADVISORY NO. 31-112").
 */
const NUMBERED_LABEL =
  /^(?:[\p{L}&.'-]{2,20}\s{1,3}){0,3}(?:(?:press|media|news|science|photo|research|joint)\s{1,3}(?:release|information|notice|advisory)|information\s{1,3}for\s{1,3}the\s{1,3}(?:press|media))\s{1,3}(?:[–—-]\s{1,3})?(?:no\.?\s{0,2}|nr\.?\s{0,2}|n[°º]\s{0,2}|#\s{0,2})?\p{L}{0,6}\d{1,4}(?:\s{0,2}[/–-]\s{0,2}\d{2,4})?$/iu;

/** An office's acronym in capitals over its bare "release" and a number ("AGU RELEASE 31-18", "WMO Release No. 1207"). */
const ACRONYM_RELEASE = /^\p{Lu}{2,10}\s{1,3}(?:RELEASE|Release)\s{1,3}(?:(?:No\.?|NO\.?|#)\s{0,2})?\d{1,4}(?:\s{0,2}[/–-]\s{0,2}\d{2,4})?$/u;

/** A PDF's page head pasted as a line: a name, then the page count at its end ("Heliotrope Institute      Page 1 of 2"). */
const PDF_PAGE_HEAD = /\spage\s{1,3}\d{1,3}\s{1,3}(?:of|\/)\s{1,3}\d{1,3}\s{0,3}$/i;

/** A converted document's page number alone on a line ("- 1 -", "1 -", "Page 2", "2/3"). */
const PAGE_NUMBER = /^(?:[-–—]\s{0,2})?\d{1,3}(?:\s{0,2}[-–—])?$|^page\s{1,3}\d{1,3}$|^\d{1,3}\s{0,2}\/\s{0,2}\d{1,3}$/i;

/** A converted document's table of contents line ("Table of Contents: Summary ... 1 | Findings ... 2", "Contents"). */
const CONTENTS_LINE = /^(?:(?:table\s{1,3}of\s{1,3})?contents|in\s{1,3}(?:this|today'?s|today’s)\s{1,3}(?:issue|edition|digest|newsletter))\s{0,3}(?::|$)/i;

/**
 * A newsletter's issue line, perhaps after its name and before its date ("OBSERVATORY NOTES — Issue 87 — March 2031",
 * "Issue No. 14 | Spring 2031", "Vol. 12, No. 3"): an issue or volume number among short parts set apart by dashes, pipes or bullets.
 */
const ISSUE_LINE = /^(?:[^\n.!?|–—•·]{1,60}\s[|–—•·-]\s{1,3})?(?:issue|edition|vol\.|volume)\s{1,3}(?:no\.\s{0,2}|#\s{0,2})?\d{1,4}(?:,\s{1,3}no\.\s{0,2}\d{1,4})?(?:\s{1,3}[|–—•·-]\s{1,3}[^\n.!?|–—•·]{1,40}){0,2}$/i;

/** A reference code opening a block ("Ref. EB/2031/042", "Our ref: PR-2031-17", "Reference: 31/077"): a code with a digit and no spaces. */
const REFERENCE_LINE = /^(?:ref(?:erence)?\.?|our\s{1,3}ref(?:erence)?\.?)\s{0,2}(?::\s{0,2}|\s)[\p{L}\d][\p{L}\d/.–-]{0,24}\d[\p{L}\d/.–-]{0,12}$/iu;

/** A stock listing alone on a line, one or more ("TSX: ARB | OTCQX: ARBGF", "(NASDAQ: VRDG)", "Nasdaq: KSTL"). */
const TICKER_LINE =
  /^(?:\(?(?:nasdaq|nyse(?:\s{1,3}american)?|tsx(?:-?v)?|tsxv|otcqx|otcqb|otc|asx|lse|aim|euronext(?:\s{1,3}\p{L}{2,10})?|six|hkex|sgx|xetra|fwb|tase|nzx|jse|cse|kosdaq|krx)\s{0,2}:\s{0,2}[A-Z][A-Z\d.]{0,7}\)?[ \t]{0,3}[|,;/•·]?[ \t]{0,3}){1,4}$/iu;

/**
 * True for a company's letterhead over its stock listing ("Arbutus Ridge Biologics Inc." over "TSX: ARB | OTCQX: ARBGF"),
 * or the listing alone: one to four short lines without a sentence's end, one of them a listing.
 */
function isListedLetterhead(b: Block): boolean {
  if (b.text.length > 300 || !b.text.includes(':')) return false;
  const lines = b.text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length > 4 || !lines.some((l) => TICKER_LINE.test(l))) return false;
  return lines.every((l) => TICKER_LINE.test(l) || (l.split(/\s+/).length <= 8 && !/[!?:;,"“”]$/.test(l) && !/\.\s/.test(l)));
}

/**
 * True when a block stacks an institution's name, a town and a date line ("National Institute of X"
 * over "Gaithersburg, Md." over "March 14, 2031"): a letterhead of two to four lines whose first
 * line names an institution and whose last line is a date line.
 */
function isLetterheadOverDate(b: Block): boolean {
  if (b.text.length > 300 || !b.text.includes('\n')) return false;
  const lines = b.text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2 || lines.length > 4) return false;
  return isOrgName(dropAcronym(lines[0]!)) && readDateLine(lines[lines.length - 1]!) !== null;
}

/** True for a block of two or three lines, a date line and a numbered release label ("FOR IMMEDIATE RELEASE: March 4, 2031" over "MEDIA ADVISORY NO. 31-112"): no headline. */
function isDatedLabelStack(text: string): boolean {
  if (!text.includes('\n')) return false;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2 || lines.length > 3) return false;
  const label = (l: string): boolean => NUMBERED_LABEL.test(l) || ACRONYM_RELEASE.test(l) || RELEASE_LABEL.test(l);
  return lines.some(label) && lines.every((l) => label(l) || isMetaLine(l));
}

/** A separator line between a forwarding note and the forwarded release ("-----", "---------- Forwarded message ----------"). */
const FORWARD_RULE = /^[ \t]{0,3}(?:[-_*=]{3,}[ \t]{0,3}(?:(?:forwarded|original)[ \t]{1,3}message[ \t]{0,3}[-_*=]{0,20})?|begin[ \t]{1,3}forwarded[ \t]{1,3}message:?)[ \t]{0,3}$/im;

/** True when a block is only a forwarding separator that names the forwarded message ("---------- Forwarded message ---------"): a rule, never a title. */
function isForwardRule(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && /\b(?:forwarded|original)[ \t]{1,3}message\b/i.test(t) && FORWARD_RULE.test(t);
}

/** True for a head block that cannot be a headline: labels, embargo and date lines, bylines, pull quotes, junk. */
export function isNotHeadline(b: Block): boolean {
  const line = (b.text.split('\n', 1)[0] ?? '').trim();
  return (
    b.text.length < 3 ||
    isForwardRule(b.text) ||
    (!b.text.includes('\n') && isSalutation(line)) ||
    FROM_LINE.test(line) ||
    WIRE_HEADER.test(line) ||
    isChromeBlock(b, line) ||
    isAccountMasthead(b.text) ||
    isSocialHeader(b.text) ||
    MEDIA_CONTROLS.test(line) ||
    NUMBERED_LABEL.test(line) ||
    isDatedLabelStack(b.text) ||
    isJointLabel(line) ||
    ACRONYM_RELEASE.test(line) ||
    isEditLine(line) ||
    readOriginalLine(line) !== null ||
    isCorrectionNote(b.text) ||
    isPullQuote(line) ||
    isCopyrightLine(line) ||
    isOfficeReleaseLabel(b) ||
    isFieldPanel(b) ||
    isPanelHead(b.text) ||
    TRANSLATED_LABEL.test(line) ||
    POST_AUTHOR_LINE.test(line) ||
    THREAD_POST.test(line) ||
    readTaggedDateLine(line) !== null ||
    CONTACT_HEAD.test(line) ||
    b.text.length > 1000 ||
    TEMPLATE_JUNK.test(b.text) ||
    isPageChrome(b) ||
    isRelatedPanel(b) ||
    PDF_PAGE_HEAD.test(line) ||
    (line.length <= 12 && PAGE_NUMBER.test(line)) ||
    CONTENTS_LINE.test(line) ||
    ISSUE_LINE.test(line) ||
    REFERENCE_LINE.test(line) ||
    isLetterheadOverDate(b) ||
    isListedLetterhead(b) ||
    isMastheadTrail(b.text) ||
    isChromeStack(b.text) ||
    isControlsBlock(b.text) ||
    (!b.text.includes('\n') && isSectionTrail(line)) ||
    isDatePipeLine(line) ||
    b.section === 'label' ||
    b.section === 'embargo' ||
    RELEASE_LABEL.test(line) ||
    LABEL_TOPIC.test(line) ||
    EVIDENCE_LABELS.test(line) ||
    PRESS_NOTE.test(line) ||
    EMBARGO_LINE.test(line) ||
    BYLINE.test(b.text) ||
    (labelKind(line) !== null && !(labelKind(line) === 'citation' && isKickerLine(line))) ||
    readDateLine(b.text) !== null ||
    b.section === 'front' ||
    b.section === 'contacts'
  );
}

/** A news site's masthead named "X Now" or "X Y Now" ("Tufts Now"), in capitalised words. */
const NOW_MASTHEAD = /^\p{Lu}[\p{L}'’&-]{1,20}(?:\s\p{Lu}[\p{L}'’&-]{1,20})?\sNow$/u;

/**
 * True when a head line is a site's or office's name rather than a headline: at most five
 * words, no sentence punctuation, and a site word ("News", "University", "Newsroom") or a
 * domain, or one of the page's own site names.
 */
export function isSiteName(b: Block, names: readonly string[] = []): boolean {
  // Separators left at the ends of a pasted trail ("Karolinska Institutet · News ·") are no part of the name.
  let t = b.text.replace(/\s+/g, ' ').trim().replace(/^(?:[·•|>»›/]\s?){1,3}|(?:\s?[·•|>»›/]){1,3}$/g, '').trim();
  if (names.some((n) => n.trim().toLowerCase() === t.toLowerCase())) return true;
  if (isLetterheadOverSection(b, names)) return true;
  t = dropAcronym(t);
  if (/^(?:www\.)?[\p{L}\d-]{2,40}(?:\.[\p{L}\d-]{2,40}){0,2}\.(?:com|org|edu|net|gov|news|ac\.uk|co\.uk)$/iu.test(t)) return true;
  if (nameShaped(t) && SITE_WORD.test(t)) return true;
  // A campus news site's masthead of one or two capitalised words and "Now" ("Tufts Now"): a name, not a headline.
  if (NOW_MASTHEAD.test(t)) return true;
  if (nameShaped(t) && !isOrgName(t)) return false;
  if (t.length <= 80 && (NEWS_FROM.test(t) || isSplitSiteName(t) || isOrgName(t))) return true;
  // A letterhead of two to four lines ("UNIVERSITY OF X" over "Office of Communications"): each line a name, one a site's;
  // under an office's own name ("Office of University Relations") a line may hold a longer institution's name.
  const lines = b.text.length <= 200 && b.kind !== 'heading' && b.text.includes('\n') ? b.text.split('\n').map((l) => dropAcronym(l.trim())).filter(Boolean) : [];
  if (lines.length < 2 || lines.length > 4 || !lines.some((l) => SITE_WORD.test(l) || isOrgName(l))) return false;
  // Two institutions' names of a joint release ("X Research Corporation" over "Department of Agriculture, Fisheries and Forestry") may be longer;
  // so may a faculty's name under its university's ("MAKERERE UNIVERSITY" over "College of Veterinary Medicine, Animal Resources and Biosecurity").
  return lines.every((l) => nameShaped(l) || isUnitName(l)) || ((lines.some((l) => isOfficeName(l)) || lines.every((l) => isOrgName(l))) && lines.every((l) => nameShaped(l, 8, 80)));
}

/**
 * True for a site's or office's name over a section label of its page in one block ("X Hospital | Ministry of Health"
 * over "Patient stories"): two or three lines, the last one of at most three words ending in a section word, each other a site's name.
 */
function isLetterheadOverSection(b: Block, names: readonly string[]): boolean {
  if (b.kind === 'heading' || !b.text.includes('\n') || b.text.length > 200) return false;
  const lines = b.text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2 || lines.length > 3) return false;
  const label = lines[lines.length - 1]!;
  if (label.split(/\s+/).length > 3 || !/^\p{Lu}[\p{L}' -]{1,40}$/u.test(label) || !SECTION_WORD.test(label)) return false;
  return lines.slice(0, -1).every((l) => isSiteName({ ...b, text: l, kind: 'paragraph' }, names));
}

/** A faculty's, school's or department's name that lists its fields ("College of Veterinary Medicine, Animal Resources and Biosecurity"). */
const UNIT_NAME = /^(?:College|Faculty|School|Department|Division|Institute|Centre|Center)\s(?:of|for)\s\p{Lu}/u;

/** True for a university's unit named by a list of its fields (see {@link UNIT_NAME}): at most twelve capitalised words and commas. */
function isUnitName(t: string): boolean {
  return t.length <= 100 && UNIT_NAME.test(t) && nameShaped(t.replace(/,/g, ''), 12, 100);
}

/** An office's own name: "Office of X", or capitalised words ending in an office's kind ("Scientific Communication Office", "Media Relations"). */
const OFFICE_NAME = /^(?:office\s(?:of|for)\s\p{Lu}|(?:\p{Lu}[\p{L}'’&-]{0,20}\s){0,4}(?:office|communications?|relations|affairs|newsroom)$)/iu;

/** True for an office's own name of at most six capitalised words (see {@link OFFICE_NAME}). */
function isOfficeName(t: string): boolean {
  return nameShaped(t, 6, 60) && OFFICE_NAME.test(t);
}

/** A newsroom's banner that names its office: "News from the University of X", "Press release from X" (the name follows). */
const NEWS_FROM = /^(?:(?:latest\s{1,3})?news|(?:press|media|news)\s{1,3}releases?|stories|research\s{1,3}news)\s{1,3}from\s{1,3}(?:the\s{1,3})?\p{Lu}[^.!?:;"“”]{2,70}$/iu;

/** A short name in a script without capitals (Arabic, Hebrew, Persian, Chinese, Korean, Thai, Devanagari, Bengali): at most five words, no sentence punctuation. */
const CASELESS_NAME = /^(?=.{2,40}$)[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}]+(?:\s[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}]+){0,4}$/u;

/**
 * A site's name in parts set apart by a spaced dash, pipe, bullet or slash, one of them a site word ("Universitat de Barcelona - News",
 * "University of X | Newsroom", two partners of a joint release "X University of Technology / Y Institute of Technology").
 */
function isSplitSiteName(t: string): boolean {
  if (!/\s[-–—|·•/]\s/.test(t)) return false;
  const parts = t.split(/\s{1,3}[-–—|·•/]\s{1,3}/).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || !parts.some((p) => SITE_WORD.test(p))) return false;
  // Beside an office's own name ("Scientific Communication Office – National Research Council of X") a part may be a longer name.
  // Beside an institution's name, a part may be another institution's longer name ("X Hospital | Ministry of Health and Medical Services").
  // The name in a caseless script beside its Latin form ("جامعة قطر | Qatar University"): a bilingual masthead.
  if (parts.some((p) => nameShaped(p) && SITE_WORD.test(p)) && parts.every((p) => nameShaped(p) || CASELESS_NAME.test(p))) return true;
  if (parts.every((p) => nameShaped(p)) || (parts.some((p) => isOfficeName(p)) && parts.every((p) => nameShaped(p, 8, 80)))) return true;
  return parts.every((p) => nameShaped(p) || isOrgName(p));
}

/**
 * True when a head line is a name printed again in the release below the next head line (an
 * institute, agency or journal named in the lead, the notes or the contacts): a name of at most
 * eight capitalised words, with nothing of a sentence. A headline is not printed twice.
 */
export function isNamedAgain(b: Block, next: Block, blocks: readonly Block[]): boolean {
  const t = b.text.replace(/\s+/g, ' ').trim();
  return t.length >= 3 && nameShaped(t, 8, 80) && blocks.some((x) => x.index > next.index && x.text.includes(t));
}

/** Short words a sentence-case headline leaves in lower case, as a title-case one does too. */
const MINOR_WORD = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|by|with|from|as|is|are|be|than|into|via|per|up|out|over|after|its)$/i;

/**
 * True when a head line is an office's name above a headline in sentence case ("Mass General
 * Brigham" over "Wearable patch warns of heart failure flare-ups a week ahead"): two to four
 * capitalised words without digits, one of which `later` text prints again capitalised inside a
 * sentence ("… at Brigham and Women's Hospital"), over a line of six words or more, most of whose
 * words of weight after the first are in lower case (a title-case headline over its dek is not so read).
 */
export function isNameOverSentence(name: string, next: string, later: string): boolean {
  const t = name.replace(/\s+/g, ' ').trim();
  const n = t.split(' ');
  if (n.length < 2 || n.length > 4 || /\d/.test(t) || !n.every((w) => /^\p{Lu}/u.test(w)) || !nameShaped(t, 4, 50)) return false;
  if (!isSentenceCaseLine(next)) return false;
  // A name recurs inside the text's sentences, after a lower-case word or a comma.
  const text = later.slice(0, 20000);
  return n.some((w) => {
    const word = w.replace(/[^\p{L}]/gu, '');
    if (word.length < 4 || MINOR_WORD.test(word)) return false;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (/[\p{Ll},] $/u.test(text.slice(Math.max(0, at - 2), at)) && !/\p{L}/u.test(text.charAt(at + word.length))) return true;
    }
    return false;
  });
}

/**
 * True for a line of six words or more in sentence case that ends in no full stop: most of its
 * words of weight after the first are in lower case ("Glacier earthquakes have tripled since 2010").
 */
function isSentenceCaseLine(line: string): boolean {
  const words = line.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length < 6 || /[.!?]$/.test(line.trim())) return false;
  const weighty = words.slice(1).filter((w) => !MINOR_WORD.test(w) && /^\p{L}/u.test(w));
  const lower = weighty.filter((w) => /^\p{Ll}/u.test(w)).length;
  return weighty.length >= 3 && lower * 3 >= weighty.length * 2;
}

/** The running text of the blocks after `after`, up to some 20,000 characters. */
function laterText(blocks: readonly Block[], after: Block): string {
  let out = '';
  for (const x of blocks) {
    if (x.index <= after.index) continue;
    out += x.text.slice(0, 4000) + '\n';
    if (out.length > 20000) break;
  }
  return out;
}

/** True when a line has letters and none of them is lower case. */
const isAllCaps = (t: string): boolean => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);

/**
 * True when a head line is a topic kicker above the headline rather than the headline: one
 * word ("Nature", "Ecology"), at most four words in capitals with no sentence punctuation
 * ("HEALTH & MEDICINE", "SPACE SCIENCE"), a newsroom section or topic ("Research highlights", "Earth sciences"),
 * or two or three topics set apart by pipes ("Heritage | Nature").
 */
export function isKicker(b: Block): boolean {
  return isKickerText(b.text);
}

/** True when a line of text is a topic kicker (see {@link isKicker}). */
function isKickerText(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length > 40 || /[.!?:;,"“”]$/.test(t)) return false;
  const words = t.split(' ');
  return words.length === 1 || (words.length <= 4 && isAllCaps(t)) || (words.length <= 3 && SECTION_WORD.test(t)) || TOPIC_PAIR.test(t);
}

/** Two or three topics of one or two capitalised words set apart by pipes or bullets ("Heritage | Nature", "Earth · Oceans · Ice"). */
const TOPIC_PAIR = /^\p{Lu}\p{Ll}{1,15}(?: \p{Lu}?\p{Ll}{1,15})?(?: [|·•] \p{Lu}\p{Ll}{1,15}(?: \p{Lu}?\p{Ll}{1,15})?){1,2}$/u;

/** Words that name a newsroom's section or topic ("Research highlights", "Science news", "Earth sciences"). */
const SECTION_WORD =
  /\b(?:highlights?|news|updates?|stories|spotlight|features?|announcements?|briefs?|bulletin|sciences?|medicine|health|environment|technology|engineering|physics|chemistry|biology|ecology|astronomy|space|society|humanities|economics|education|agriculture|energy|climate)$/i;

/** A name of at most four capitalised words and no sentence punctuation ("Pond Letters", "Nature Climate Change"). */
const isShortName = (t: string): boolean => {
  const words = t.trim().split(/\s+/);
  return words.length <= 4 && !/[.!?:;,"“”]$/.test(t.trim()) && words.every((w) => /^(?:\p{Lu}|of|the|and|&|in|for)/u.test(w));
};

/** True for a line above a headline that is a label, a date line or an embargo line ("NEWS RELEASE 11-MAR-2030", "Joint press release of X and Y"). */
const isMetaLine = (line: string): boolean =>
  RELEASE_LABEL.test(line) || EMBARGO_LINE.test(line) || readDateLine(line) !== null || isJointLabel(line);

/** The end of a meeting's name: its kind, then perhaps a year ("… 83RD ANNUAL MEETING", "ESC Congress 2031", "Scientific Sessions 2031"). */
const MEETING_END = /\b(?:annual\s{1,3}meeting|scientific\s{1,3}(?:sessions|meeting)|congress|conference|symposium|summit|convention|colloquium)(?:\s{1,3}(?:19|20)\d{2})?$/i;

/**
 * True when a head line names the meeting a release comes from rather than being its headline
 * ("AMERICAN ACADEMY OF NEUROLOGY 83RD ANNUAL MEETING" over the headline): at most twelve words
 * that end in a meeting's kind, each capitalised, a number or a joining word, no sentence
 * punctuation; in capitals, a paragraph set over a heading, or a name with its year or ordinal over
 * a line in sentence case (a headline in title case that ends in "Conference" is none of these).
 */
function isMeetingName(b: Block, next: Block): boolean {
  const full = b.text.replace(/\s+/g, ' ').trim();
  if (full.length > 120 || b.text.includes('\n') || isAllCaps(next.text)) return false;
  // A session's label after the meeting's name ("ESC Congress 2031 – Late-Breaking Science", "… Annual Meeting | Hot Line").
  const tail = SESSION_TAIL.exec(full);
  const t = tail ? full.slice(0, tail.index) : full;
  if (!MEETING_END.test(t)) return false;
  const words = t.split(' ');
  if (words.length > 12 || !words.every((w) => /^(?:[\p{Lu}\d(]|of|the|and|for|on|in|&)/u.test(w))) return false;
  // In title case over a plain line: a meeting's year or ordinal ("2031 ASCO … Symposium", "41st Annual Meeting") over a headline in sentence case.
  return isAllCaps(t) || (b.kind !== 'heading' && next.kind === 'heading') || (MEETING_NUMBER.test(t) && isSentenceCaseLine(next.text));
}

/** A session's label that ends a meeting's name after a dash, bar or colon ("– Late-Breaking Science", ": Hot Line session", "| Press programme"). */
const SESSION_TAIL = /\s{0,2}(?:\s[–—|-]|:)\s{1,3}(?:[\p{L}-]{1,20}\s){0,3}(?:late[\s-]breaking(?:\s{1,3}[\p{L}-]{1,20})?|hot\s{1,3}line(?:\s{1,3}sessions?)?|sessions?|abstracts?|posters?|plenary|press\s{1,3}(?:programme|program|briefings?)|highlights)$/iu;

/** A meeting's year or ordinal ("2031", "83rd"). */
const MEETING_NUMBER = /\b(?:(?:19|20)\d{2}|\d{1,3}(?:st|nd|rd|th))\b/i;

/** A line that ends where a wrapped headline's first line may break: a joining word, a comma, a hyphen or a colon. */
const OPEN_END = /(?:[,:;\-–—]|\b(?:a|an|the|of|in|on|at|to|for|and|or|but|by|with|from|as|than|into|via|its|their|that)\b)\s{0,2}$/i;

/**
 * True when `next` is the deck printed under a headline line rather than the rest of a wrapped
 * headline: it opens with a capital and is longer than `line`, which does not end open (a wrap
 * fills its first line and leaves the shorter rest for the next), neither is in capitals, and
 * `next` is in sentence case (a line in title case may be the rest of a headline broken by hand).
 */
function isDeckUnder(line: string, next: string): boolean {
  if (!/^\p{Lu}/u.test(next) || next.length <= line.length || OPEN_END.test(line) || isAllCaps(line) || isAllCaps(next)) return false;
  const words = next.split(/\s+/);
  // A deck is in sentence case: a line in title case may be the rest of a headline broken by hand.
  return line.split(/\s+/).length >= 4 && words.length >= 5 && words.slice(1).some((w) => /^\p{Ll}{4,}/u.test(w) && !MINOR_WORD.test(w));
}

/**
 * True when `next` is the deck printed under a headline line set in capitals ("MOSS MATS COOL CITY
 * ROOFS" over "Thin mats laid on flat roofs kept top floors cooler"): `line` is in capitals, of four
 * words or more and not ending open, and `next` is not in capitals but opens with a capital and holds
 * a lower-case word; a headline wrapped in capitals goes on in capitals.
 */
function isDeckUnderCaps(line: string, next: string): boolean {
  if (!isAllCaps(line) || isAllCaps(next) || OPEN_END.test(line) || !/^\p{Lu}/u.test(next)) return false;
  if (line.split(/\s+/).length < 4 || isKickerText(line)) return false;
  const words = next.split(/\s+/);
  return words.length >= 3 && words.slice(1).some((w) => /^\p{Ll}{4,}/u.test(w) && !MINOR_WORD.test(w));
}

/**
 * True when `rest`, two or three lines none in capitals, is a deck wrapped under a headline line set in capitals (a
 * centred "ANCIENT DNA SHOWS …" over a subtitle set over two lines): the lines joined are a deck by {@link isDeckUnderCaps}.
 */
function isWrappedDeckUnderCaps(line: string, rest: readonly string[]): boolean {
  if (rest.length < 2 || rest.length > 3 || rest.some(isAllCaps)) return false;
  return isDeckUnderCaps(line, rest.join(' '));
}

/** English words that a headline line in English almost always holds and a line in another language does not. */
const ENGLISH_WORD = /(?:^|\s)(?:the|of|and|to|for|with|from|in|on|by|an?|is|are|at|how|why|what|new|into|than|after|over|under)(?=\s|$)/i;
/** A letter outside ASCII, as printed in names and words of other languages ("ı", "ã", "ø"). */
const NON_ASCII_LETTER = /[\u00c0-\u024f]/;

/**
 * True when `next` is the headline printed again in the office's own language under the English
 * `line` ("Seafloor sensors record slow slip …" over "Deniz tabanı sensörleri … kaydetti"): a line
 * of four words or more wholly in brackets, or one with a letter outside ASCII and none of the
 * English words the line above holds.
 */
function isTranslationUnder(line: string, next: string): boolean {
  if (OPEN_END.test(line) || isAllCaps(line) || !ENGLISH_WORD.test(line)) return false;
  if (next.split(/\s+/).length < 4) return false;
  if (/^[([][^()[\]]{10,300}[)\]]$/.test(next)) return true;
  return NON_ASCII_LETTER.test(next) && !ENGLISH_WORD.test(next);
}

/**
 * The headline inside a pasted head whose lines were not set apart: under a first line that is a
 * label, date or embargo line ("NEWS RELEASE 11-MAR-2030" over the headline over "Peer-Reviewed
 * Publication"), the first later line of three words or more that is none, nor a topic kicker over
 * another line; under a topic kicker ("CLIMATE SCIENCE"), the next line; and a headline line over
 * its date line, byline or a longer deck ("Monsoon to arrive early, model predicts" over "New
 * model uses ocean heat …") or an "Updated" line is that line alone. A section trail, bracketed controls or a
 * sharing bar among the lines is left out. Null for a block of one line or of a wrapped headline.
 */
export function stackedHeadline(text: string): string | null {
  if (!text.includes('\n')) return null;
  const all = text.split('\n').map((l) => l.trim()).filter(Boolean);
  // A page's chrome pasted into the head (a section trail, bracketed controls, a sharing bar) is no part of it.
  const lines = all.filter((l) => !isPageControlLine(l));
  if (lines.length === 1 && all.length > 1 && lines[0]!.split(/\s+/).length >= 3) return lines[0]!;
  if (lines.length < 2 || lines.length > 6) return null;
  if (isMetaLine(lines[0]!)) {
    return lines.slice(1).find((l, i, rest) => l.split(/\s+/).length >= 3 && !isMetaLine(l) && !(i + 1 < rest.length && isKickerText(l) && !isAllCaps(rest[i + 1]!))) ?? null;
  }
  // A headline wrapped over two lines or more over a labelled deck ("Summary: …", "In brief: …"): the wrapped lines joined.
  const deckAt = lines.findIndex((l, i) => i >= 2 && DECK_FIELD.test(l));
  if (deckAt >= 2 && lines.slice(deckAt).every((l) => DECK_FIELD.test(l) || isMetaLine(l)) && lines.slice(0, deckAt).every((l) => !/[.!?:;]["”’]?$/.test(l))) {
    return lines.slice(0, deckAt).join(' ');
  }
  const kicker = isKickerText(lines[0]!) && !isAllCaps(lines[1]!) && lines[1]!.split(/\s+/).length >= 4 ? 1 : 0;
  const line = lines[kicker]!;
  const rest = lines.slice(kicker + 1);
  // A line of topic tags under the headline ("Ecology | Pollution") is no part of it.
  const tags = (l: string): boolean => !kicker && line.split(/\s+/).length >= 4 && isTagLine(l);
  if (rest.length > 0 && (rest.every((l) => isMetaLine(l) || isEditLine(l) || BYLINE.test(l) || tags(l) || DECK_FIELD.test(l)) || (!kicker && isPostMeta(rest)) || (rest.length === 1 && (isDeckUnder(line, rest[0]!) || isDeckUnderCaps(line, rest[0]!) || isTranslationUnder(line, rest[0]!))) || isWrappedDeckUnderCaps(line, rest))) return line;
  return kicker ? lines.slice(kicker).join(' ') : null;
}

/** True for a line of a page's chrome in a head block: a section trail, bracketed controls or a sharing bar. */
function isPageControlLine(l: string): boolean {
  return isSectionTrail(l) || isBracketedControls(l) || isShareLine(l);
}

/** True for a head block of bracketed page controls and date lines only ("[ Back to EurekAlert! ]" over "Public release date: …"). */
function isControlsBlock(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.some(isBracketedControls) && lines.every((l) => isBracketedControls(l) || isMetaLine(l));
}

/** A labelled deck line under a headline in one block ("Subtitle: …", "Standfirst: …", "Summary: …", "In brief: …"): no part of the headline. */
const DECK_FIELD = /^(?:sub-?title|sub-?headline|sub-?heading|standfirst|teaser|summary|in\s{1,3}brief)\s{0,3}:\s{0,3}\S/i;

/** True for a block of two lines or more whose last line is a labelled deck ("Summary: …" under the headline). */
function endsInDeckField(text: string): boolean {
  const lines = text.trim().split('\n');
  return lines.length >= 2 && DECK_FIELD.test(lines[lines.length - 1]!.trim());
}

/** A post's reading time on its own line ("∙ 6 min read", "4 minute read", "8-min read"). */
const READ_TIME = /^(?:[∙·•|]\s{0,2})?\d{1,3}[\s-]{0,2}min(?:ute)?s?\.?\s{1,3}read$/i;
/** A bare author's name on its own line: two to four capitalised words ("Kwame Boateng-Adjei", "Ana M. Souza"). */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]{0,24}(?:\s\p{Lu}[\p{L}'’.-]{0,24}){1,3}$/u;

/**
 * True for the lines under a blog post's title ("Kwame Boateng-Adjei" over "Mar 14, 2031" over "∙ 6 min read"):
 * each a date line, a byline, a reading time or a bare name, and among them a reading time or a date line under a name.
 */
function isPostMeta(rest: readonly string[]): boolean {
  if (rest.length === 0 || rest.length > 4) return false;
  let read = false;
  let named = false;
  let dated = false;
  for (const l of rest) {
    if (READ_TIME.test(l)) read = true;
    else if (isMetaLine(l)) dated = true;
    else if (NAME_LINE.test(l)) named = true;
    else if (!BYLINE.test(l)) return false;
  }
  return read || (named && dated);
}

/** True for a blog post's head pasted as one block: a title line of four words or more over its {@link isPostMeta} lines. */
function isPostHead(text: string): boolean {
  if (!text.includes('\n') || text.length > 400) return false;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length >= 2 && lines[0]!.split(/\s+/).length >= 4 && isPostMeta(lines.slice(1));
}

/**
 * True for a blog's masthead over a post's head ("The Soil Notebook" over its tagline "Notes from a tropical soils lab"):
 * one or two short lines without sentence punctuation, the first a capitalised name of at most six words.
 */
function isBlogMasthead(b: Block): boolean {
  const lines = b.text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length >= 1 && lines.length <= 2 && /^\p{Lu}/u.test(lines[0]!) && lines[0]!.split(/\s+/).length <= 6 && lines.every((l) => l.length <= 60 && !/[.!?:;"“”]$/.test(l));
}

/** The blocks of the head of the release, before its lead. */
export function headBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.section === 'lead' || b.section === 'end' || b.section === 'body' || b.section === 'citation' || b.section === 'boilerplate') break;
    out.push(b);
  }
  return out;
}

/** A headline a strategy found: its text and the block it came from. */
export interface HeadlineHit {
  text: string;
  block: Block | null;
}

/** A label inside a run-on first paragraph ("Title Published on: 8 November 2018 Text..."). */
const INLINE_DATE_LABEL = /\s(?:published|posted|released|issued)(?:\s{1,3}on)?\s{0,3}:\s/i;

/** The other keys of a page's metadata that repeat its headline, against which the part of its <title> that is the headline is told from the site's name. */
const OTHER_TITLE_KEYS = ['headline', 'og:title', 'twitter:title', 'dc.title'] as const;

/**
 * The part of a page's <title> split by pipes ("Short title | Site name") that is its headline,
 * when the part `cleaned` kept is none: the part that the JSON-LD headline, og:title or
 * twitter:title repeats, else the other part when the kept one is the site's name.
 */
function titlePart(raw: string, cleaned: string, meta: Record<string, string>, first: Block | undefined): string {
  if (!raw.includes('|') && !raw.includes('::') && !raw.includes('»')) return cleaned;
  const parts = raw.replace(/\s+/g, ' ').trim().split(/\s{1,3}(?:\||::|»)\s{1,3}/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return cleaned;
  const others = OTHER_TITLE_KEYS.map((k) => meta[k]).filter((v): v is string => typeof v === 'string' && v.trim() !== '' && v.trim() !== raw.trim());
  if (others.length) {
    const score = (p: string): number => Math.max(...others.map((o) => wordOverlap(wordsOf(p), wordsOf(o))));
    const best = parts.reduce((a, b) => (score(b) > score(a) ? b : a));
    if (best !== cleaned && score(best) >= 0.6 && score(best) > score(cleaned) + 0.2) return cleanHeadline(best, siteNames(meta));
    // A kept part that shares no word with the other titles while another part does is the site's name: the JSON-LD headline or og:title is the headline.
    if (best !== cleaned && score(cleaned) === 0 && score(best) > 0) return cleanHeadline(others[0]!, siteNames(meta), true);
    return cleaned;
  }
  // Without another title, a kept part that is the site's name yields to the other, a headline of at least three words.
  if (first && parts.length === 2 && isSiteName({ ...first, text: cleaned, kind: 'paragraph' }, siteNames(meta))) {
    const other = parts.find((p) => p !== cleaned);
    if (other && other.split(' ').length >= 3) return cleanHeadline(other, siteNames(meta));
  }
  return cleaned;
}

/** The subject line of an e-mail's header ("Subject: Media release: Kea solve puzzles in pairs"). */
const EMAIL_SUBJECT = /^subject\s{0,2}:[ \t]{0,3}(\S[^\n]{0,300})$/im;
/** Reply and forward marks and an embargo label before an e-mail's subject ("Fwd: ", "RE: ", "EMBARGOED: "). */
const EMAIL_REPLY = /^(?:(?:re|fwd?|aw|wg|embargoed|under\s{1,2}embargo)\s{0,2}:\s{0,3}){1,3}/i;

/**
 * True when a head block is a site's masthead over the release's bare label ("idw - Informationsdienst
 * Wissenschaft" and its tagline over "News release"): one to three short lines without sentence
 * punctuation, directly above a block that opens with a release label. The label stands over the headline.
 */
function isMastheadOverLabel(b: Block, label: Block | undefined): boolean {
  if (!label || b.text.length > 200) return false;
  const lines = b.text.split('\n').map((l) => l.trim()).filter(Boolean);
  // A label stacked over other lines (the office's name, a contact) follows only a masthead of more than one line.
  if (label.section !== 'label' && (lines.length < 2 || !label.text.includes('\n'))) return false;
  if (lines.length > 3 || !lines.every((l) => l.length <= 60 && !/[.!?"“”]$/.test(l))) return false;
  return RELEASE_LABEL.test((label.text.split('\n', 1)[0] ?? '').trim());
}

/**
 * True for a headline that asks a question ("Can Arctic cod adapt fast enough to a warmer sea?"):
 * one line of four to eighteen words, ending in a question mark, with no sentence end inside.
 */
function isQuestionTitle(line: string): boolean {
  if (!line.endsWith('?') || line.includes('\n')) return false;
  const n = line.split(/\s+/).length;
  return n >= 4 && n <= 18 && !/[.!?]["”’]?\s/.test(line);
}

/** True for a title printed with a full stop: one sentence of two to twelve words ("Sleeping mice sort memories by smell."). */
function isStoppedTitle(line: string): boolean {
  const n = line.split(/\s+/).length;
  return n >= 2 && n <= 12 && !/[.!?]["”’]?\s/.test(line);
}

/**
 * The headline stacked under a release label in one block of the head before `before` ("MEDIA
 * RELEASE" over "Monsoon to arrive early, model predicts"): a line that ends in no full stop and
 * would not itself be refused as a headline; null when there is none.
 */
function stackedUnderLabel(blocks: readonly Block[], before: Block | undefined): { text: string; block: Block } | null {
  for (const x of headBlocks(blocks)) {
    if (before && x.index >= before.index) break;
    if (!x.text.includes('\n') || x.text.length > 600) continue;
    if (x.section !== 'label') continue;
    const line = stackedHeadline(x.text);
    // A headline with a trailing full stop ("Migratory hives survive winter better.") is one short sentence, not a lead's.
    if (!line || (/[.!?]["”’]?$/.test(line) && !isStoppedTitle(line)) || isNotHeadline({ ...x, text: line, section: 'headline' })) continue;
    return { text: line, block: x };
  }
  return null;
}


/**
 * The forwarded release's own title line: the head block right after the forwarding note `note`,
 * set apart from it by a separator rule in the source, a line of four words or more without a
 * closing full stop; null when there is none.
 */
function forwardedTitle(source: string, head: readonly Block[], note: Block): Block | null {
  let at = head.indexOf(note) + 1;
  // A sign-off under the note ("Hannah", "Best, Ana Ruiz"), then a rule read as its own block ("---------- Forwarded message ---------"), are stepped over.
  if (head[at] && isSignOff(head[at]!.text)) at++;
  if (head[at] && isForwardRule(head[at]!.text)) at++;
  // An embargo line under the rule ("EMBARGOED UNTIL …") is the forwarded release's, not its title.
  if (head[at] && head[at]!.section === 'embargo' && !head[at]!.text.includes('\n')) at++;
  return forwardedTitleAt(source, head[at], note);
}

/** A sign-off line of a forwarding note: a name of one to three capitalised words, perhaps after "Best," or "Thanks,". */
function isSignOff(text: string): boolean {
  return /^(?:(?:[Bb]est(?:[ \t]wishes)?|[Tt]hanks|[Cc]heers|(?:[Kk]ind[ \t])?[Rr]egards),?[ \t]{1,3})?\p{Lu}[\p{L}'’-]{0,30}(?:[ \t]{1,3}\p{Lu}[\p{L}'’-]{0,30}){0,2}$/u.test(text.trim());
}

/** The block `after` as the forwarded release's title when a separator rule sets it apart from `note`; null otherwise. */
function forwardedTitleAt(source: string, after: Block | undefined, note: Block): Block | null {
  if (!after || after.text.includes('\n') || after.text.length > 300 || after.start <= note.end) return null;
  const text = after.text.trim();
  if (/[.!?:]["”’]?$/.test(text) || text.split(/\s+/).length < 4 || isNotHeadline(after)) return null;
  return FORWARD_RULE.test(source.slice(note.end, after.start)) ? after : null;
}

/** A menu item of a site's navigation that every site has ("Home", "News", "About us", "Contact"). */
const NAV_ITEM = /^(?:home|news(?:room)?|about(?:\s{1,3}us)?|contact(?:\s{1,3}us)?)$/i;

/**
 * True when a short heading is a site's name set over its navigation ("# St Aldric's Health" over
 * the menu "Home", "News", "About"): a name of at most six words without sentence punctuation,
 * directly over a breadcrumb trail or a list of at least three menu items of at most three words, one of them "Home", "News" or "About".
 */
function isOverNavigation(b: Block, blocks: readonly Block[]): boolean {
  const t = b.text.trim();
  if (t.length > 60 || t.includes('\n') || /[.!?:;,"“”]$/.test(t) || t.split(/\s+/).length > 6) return false;
  const next = blocks[b.index + 1];
  if (!next || next.index !== b.index + 1) return false;
  if (!next.inList) return BREADCRUMB.test((next.text.split('\n', 1)[0] ?? '').trim());
  let items = 0;
  let known = false;
  for (const x of blocks.slice(b.index + 1, b.index + 13)) {
    if (!x.inList) break;
    const item = x.text.trim();
    if (item.length > 30 || item.split(/\s+/).length > 3) return false;
    items++;
    known ||= NAV_ITEM.test(item);
  }
  return items >= 3 && known;
}

/**
 * True when a short heading is a site's or facility's name over a section label of the page ("# Marine National Facility"
 * over "Voyage news" over "## Title"): a name of at most four capitalised words, directly over a line of at most three words
 * ending in a section word ("news", "updates", "stories") that is no heading.
 */
function isOverSectionLabel(b: Block, blocks: readonly Block[]): boolean {
  const next = blocks[b.index + 1];
  if (!next || next.kind === 'heading' || next.text.includes('\n') || !isShortName(b.text) || b.text.includes('\n')) return false;
  const label = next.text.trim();
  return label.split(/\s+/).length <= 3 && /^\p{Lu}[\p{L}' -]{1,40}$/u.test(label) && SECTION_WORD.test(label);
}

/** A video's, podcast's or gallery's title after its kind ("Video: Title", "Podcast – Title", "Photo essay: Title"); the title is the group. */
const MEDIA_TITLE = /^(?:video|podcast|audio|film|gallery|slideshow|photo\s{1,3}(?:essay|story|gallery)|infographic)\s{0,2}[:|–—]\s{0,3}(\S[^\n]{9,200})$/i;

/** A podcast's or series' episode heading ("Episode 42: Title", "Ep. 7 – Title"). */
const EPISODE_HEADING = /^(?:episode|ep\.)\s{0,2}\d{1,4}\s{0,2}[:|–—-]\s{0,3}\S/i;

/** True when a short heading is a show's name over an episode's heading ("# The Reef Hour" over "## Episode 42: Why …"): the episode is the headline. */
function isOverEpisode(b: Block, blocks: readonly Block[]): boolean {
  const next = blocks[b.index + 1];
  return next !== undefined && next.kind === 'heading' && isShortName(b.text) && !b.text.includes('\n') && EPISODE_HEADING.test(next.text.trim());
}

/** A tip sheet's or journal press package's name ("Tip sheet", "Press Pac", "News tips", "Embargoed papers"). */
const TIP_SHEET = /\b(?:tip\s{0,2}sheet|press\s{1,3}pac|press\s{1,3}package|(?:news|story|media)\s{1,3}tips|embargoed\s{1,3}papers)\b/i;

/** True for a tip sheet's dated title on one line ("AGU Tip Sheet: 4 May 2031"): a tip sheet's name, then a date with a year. */
export function isTipSheetTitle(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n') || t.length > 120 || !TIP_SHEET.test(t)) return false;
  const d = findDates(t)[0];
  return d !== undefined && d.year !== null && TIP_SHEET.test(t.slice(0, d.index));
}

/** True when `line` is a name stacked directly over the bare release label that closes its block ("Rijnland University Medical Centre" over "PRESS RELEASE"). */
function isNameOverLabel(line: string, block: Block): boolean {
  const lines = block.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const at = lines.indexOf(line);
  return at >= 0 && at === lines.length - 2 && RELEASE_LABEL.test(lines[at + 1]!) && (isOrgName(dropAcronym(line)) || nameShaped(line, 6, 80));
}

/** The ordered ways to find the headline. */
export const headlineStrategies: readonly Strategy<HeadlineHit>[] = [
  {
    name: 'headline:digest-item',
    find(ctx) {
      // A newsletter's contents ("In this issue:") over its items: the item that reports research is the release, under its own heading.
      const head = headBlocks(ctx.doc.blocks);
      if (!head.some((x) => x.text.length <= 40 && /^in\s/i.test(x.text.trim()))) return undefined;
      const b = digestItemHeading(ctx.doc.blocks, head, isNotHeadline);
      if (!b) return undefined;
      return { value: { text: cleanHeadline(itemHeadingText(b), siteNames(ctx.doc.meta)), block: b }, offset: b.start };
    },
  },
  {
    name: 'headline:title-field',
    find(ctx) {
      // A form-like head that labels its title ("Title: …", "■ Title: …", a heading "1. Title" over the title's line), as offices in East Asia and consortia print it.
      const head = headBlocks(ctx.doc.blocks).slice(0, 15);
      for (const b of head) {
        if (b.text.length > 400 || !TITLE_WORD.test(b.text)) continue;
        const line = (b.text.split('\n', 1)[0] ?? '').trim();
        const field = TITLE_FIELD.exec(line);
        let text = field ? field[1]! : '';
        let from: Block = b;
        if (!field && TITLE_HEAD.test(line) && !b.text.includes('\n')) {
          const next = ctx.doc.blocks[ctx.doc.blocks.indexOf(b) + 1];
          if (!next || next.text.length > 300 || isNotHeadline(next)) continue;
          text = next.text.split('\n', 1)[0]!;
          from = next;
        }
        // A paper's fields under the label ("Title: …" over "Authors: …", "Journal: …") name the paper, not the release.
        // "Title: … Authors: … DOI: …" run onto one line by a scrape is such a block too.
        if (!text || PAPER_FIELD.test(splitInlineFields(from.text)) || (from === b && PAPER_FIELD.test(ctx.doc.blocks[ctx.doc.blocks.indexOf(b) + 1]?.text ?? ''))) continue;
        return { value: { text: cleanHeadline(text, siteNames(ctx.doc.meta)), block: from }, offset: from.start };
      }
      return undefined;
    },
  },
  {
    name: 'headline:matches-title',
    find(ctx) {
      // A page's own heading or line that repeats its <title> (site chrome comes before it).
      if (ctx.doc.format !== 'html') return undefined;
      const key = TITLE_KEYS.find((k) => ctx.doc.meta[k]?.trim());
      if (!key) return undefined;
      const title = wordsOf(cleanHeadline(ctx.doc.meta[key]!, siteNames(ctx.doc.meta), true));
      if (title.length < 2) return undefined;
      let text = '';
      const b = ctx.doc.blocks.slice(0, 40).find((x) => {
        if (x.text.length > 300 || isNotHeadline(x)) return false;
        // A title of a section and the site ("News - X University") matches the site's own heading: that is no headline.
        if (x.text.length <= 80 && isSiteName(x, siteNames(ctx.doc.meta))) return false;
        if (wordOverlap(wordsOf(x.text), title) >= 0.8) text = x.text;
        // A heading whose first line is the title and whose next lines are its subheadline ("Title<br><small>…</small>").
        else if (x.text.includes('\n') && wordOverlap(wordsOf(x.text.split('\n', 1)[0]!), title) >= 0.8) text = x.text.split('\n', 1)[0]!;
        return text !== '';
      });
      if (!b) return undefined;
      return { value: { text: cleanHeadline(text, siteNames(ctx.doc.meta)), block: b }, offset: b.start };
    },
  },
  {
    name: 'headline:first-heading',
    find(ctx) {
      let b = ctx.doc.blocks.find((x) => x.section === 'headline' && x.kind === 'heading');
      if (b && b.text.length <= 80 && (isSiteName(b, siteNames(ctx.doc.meta)) || isOverNavigation(b, ctx.doc.blocks) || isOverSectionLabel(b, ctx.doc.blocks) || isOverEpisode(b, ctx.doc.blocks))) {
        // A site's name set as the first heading ("# X University Newsroom"): the next heading of the head is the headline.
        const head = headBlocks(ctx.doc.blocks);
        // Without one, the title or the first line beneath it is asked next.
        b = head.slice(head.indexOf(b) + 1).find((x) => x.kind === 'heading' && !isNotHeadline(x) && x.text.split(/\s+/).length >= 4);
      }
      if (!b || isNotHeadline(b)) return undefined;
      // A Markdown page's front-matter title over a body heading that says something else: the title is the headline.
      const fm = ctx.doc.format === 'md' ? ctx.doc.meta['title']?.trim() : undefined;
      if (fm && !DOCUMENT_FILE_TITLE.test(fm) && frontMatterTitleWins(cleanHeadline(fm), b.text)) return undefined;
      return { value: { text: cleanHeadline(b.text, siteNames(ctx.doc.meta)), block: b }, offset: b.start };
    },
  },
  {
    name: 'headline:front-matter',
    find(ctx) {
      const key = TITLE_KEYS.find((k) => ctx.doc.meta[k]?.trim());
      if (!key) return undefined;
      // A document's file name as its title ("Microsoft Word - PR_2031_017.docx", "Untitled document") names no headline.
      if (DOCUMENT_FILE_TITLE.test(ctx.doc.meta[key]!.trim())) return undefined;
      let text = cleanHeadline(ctx.doc.meta[key]!, siteNames(ctx.doc.meta), ctx.doc.format === 'html');
      if (ctx.doc.format === 'html') text = titlePart(ctx.doc.meta[key]!, text, ctx.doc.meta, ctx.doc.blocks[0]);
      // A page titled only with a label ("Press release") or its site's name ("KAIST NEWS") has no headline in its title,
      // nor one titled with its embargo line ("EMBARGOED FOR RELEASE UNTIL 4 PM ET, …").
      if (RELEASE_LABEL.test(text) || isSectionTitle(text) || EMBARGO_LINE.test(text)) return undefined;
      if (ctx.doc.format === 'html' && text.length <= 80 && ctx.doc.blocks.length > 0 && isSiteName({ ...ctx.doc.blocks[0]!, text, kind: 'paragraph' }, siteNames(ctx.doc.meta)))
        return undefined;
      return { value: { text, block: null }, offset: 0 };
    },
  },
  {
    name: 'headline:email-subject',
    find(ctx) {
      // A release sent as an e-mail: its subject is the headline unless a title line follows the header.
      const head = headBlocks(ctx.doc.blocks);
      // The header block is a label, or an embargo block when its subject says "EMBARGOED:".
      const header = head.find((x) => (x.section === 'label' || x.section === 'embargo') && x.text.includes('\n') && EMAIL_SUBJECT.test(x.text));
      if (!header) return undefined;
      const next = head.find((x) => x.section === 'headline');
      if (next && !/[.!?]["”’]?$/.test(next.text.trim())) return undefined;
      // A forwarding note, a separator rule, then the release's own title line ("Forwarding the release below." --- "Title"): the title is the headline.
      const own = next ? forwardedTitle(ctx.doc.text, head, next) : null;
      if (own) return { value: { text: cleanHeadline(own.text, siteNames(ctx.doc.meta)), block: own }, offset: own.start };
      const m = EMAIL_SUBJECT.exec(header.text)!;
      const text = cleanHeadline(m[1]!.replace(EMAIL_REPLY, ''), siteNames(ctx.doc.meta));
      return { value: { text, block: header }, offset: header.start + m.index };
    },
  },
  {
    name: 'headline:media-title',
    find(ctx) {
      // A video's or podcast's page titles itself after its kind ("Video: Listening to the Alpine Fault"), which reads like a caption;
      // it is the headline when no other line of the head could be one.
      const head = headBlocks(ctx.doc.blocks).slice(0, 10);
      const at = head.findIndex((x) => x.section === 'front' && !x.text.includes('\n') && MEDIA_TITLE.test(x.text.trim()));
      if (at < 0) return undefined;
      const b = head[at]!;
      const title = MEDIA_TITLE.exec(b.text.trim())![1]!;
      if (title.split(/\s+/).length < 3 || /[.!?]$/.test(title) || /\bcredit\b|©/i.test(title)) return undefined;
      const names = siteNames(ctx.doc.meta);
      // Before it, only a site's name; after it, no line of headline length that is no sentence of the lead.
      const other = (x: Block, i: number): boolean => {
        if (i === at || isNotHeadline(x)) return false;
        if (i < at) return !isSiteName(x, names);
        const n = x.text.split(/\s+/).length;
        return n >= 3 && !(n >= 10 && /[.!?]["”’]?$/.test(x.text.trim()));
      };
      if (head.some(other)) return undefined;
      return { value: { text: cleanHeadline(title, names), block: b }, offset: b.start };
    },
  },
  {
    name: 'headline:over-panel',
    find(ctx) {
      // An aggregator's page sets the release's title right over its labelled panel ("Date:" over the date, "Source:" over the office),
      // under the site's masthead, tagline and menus.
      // The panel itself may open the lead when the sections took its summary for the release's first paragraph.
      const top = headBlocks(ctx.doc.blocks).slice(0, 15);
      const after = ctx.doc.blocks[top.length];
      const head = top.length < 15 && after && after.section === 'lead' ? [...top, after] : top;
      const at = head.findIndex((x) => x.text.includes(':') && isPanelHead(x.text));
      const b = at > 0 ? head[at - 1]! : undefined;
      if (!b || b.index !== head[at]!.index - 1 || b.text.includes('\n') || b.text.length > 300 || /[.:]$/.test(b.text.trim())) return undefined;
      if (b.text.trim().split(/\s+/).length < 4 || isNotHeadline(b)) return undefined;
      return { value: { text: cleanHeadline(b.text, siteNames(ctx.doc.meta)), block: b }, offset: b.start };
    },
  },
  {
    name: 'headline:first-line',
    find(ctx) {
      // A block the sections took for the headline that is no headline (an office's release label, a contact line) is skipped.
      // The list items under a panel's label ("Latest news" over other stories' headlines) are none either.
      const panel = relatedPanelBlocks(ctx.doc.blocks);
      const fit = (x: Block): boolean => !isNotHeadline(x) && !panel.has(x.index);
      let b = ctx.doc.blocks.find((x) => x.section === 'headline' && fit(x)) ?? headBlocks(ctx.doc.blocks).find(fit);
      // A label stacked over the headline in one pasted block ("MEDIA RELEASE" over the headline), when what follows is a sentence of the lead.
      // A closing full stop of a labelled deck under the headline in its block ("Summary: …") is the deck's.
      const sentence = !b || (/[.!?]["”’]?$/.test(b.text.trim()) && !isQuestionTitle(b.text.trim()) && !endsInDeckField(b.text));
      // A tip sheet's dated title ("ACS Press Pac: March 12, 2031", "Tip sheet – 4 May 2031") over a sentence of its introduction is the headline.
      const tip = sentence ? headBlocks(ctx.doc.blocks).find((x) => x.section === 'label' && isTipSheetTitle(x.text)) : undefined;
      if (tip) return { value: { text: cleanHeadline(tip.text, siteNames(ctx.doc.meta)), block: tip }, offset: tip.start };
      const labelled = sentence ? stackedUnderLabel(ctx.doc.blocks, b) : null;
      // The organisation's name over its release label, a dated lead paragraph, then the title line: the title line is the headline.
      const later = sentence && (!labelled || isNameOverLabel(labelled.text, labelled.block)) ? titleAfterDatedLead(ctx.doc.blocks, isNotHeadline) : null;
      if (later) return { value: { text: cleanHeadline(later.text, siteNames(ctx.doc.meta)), block: later }, offset: later.start };
      if (labelled) return { value: { text: cleanHeadline(labelled.text, siteNames(ctx.doc.meta)), block: labelled.block }, offset: labelled.block.start };
      if (b) {
        // Site names, topic kickers and journal names printed above the headline of a plain-text page
        // (one or more: "Max Planck Institute for X" over "RESEARCH NEWS"): the next head line is the headline.
        const head = headBlocks(ctx.doc.blocks);
        for (let step = 0; step < 3 && b; step++) {
          const rest: Block[] = head.slice(head.indexOf(b) + 1).filter(fit);
          // The line judged against is the first of headline length; shorter lines between are stepped over one by one.
          const next = rest.find((x) => x.text.split(/\s+/).length >= 4);
          if (!next || next.text.length > 300) break;
          // A short name in a paragraph over a heading of the head ("<p>Springer Nature</p>" … "<h2>Title</h2>"): the heading is the headline.
          const heading = b.kind !== 'heading' && isShortName(b.text) ? rest.find((x) => x.kind === 'heading' && x.text.split(/\s+/).length >= 4) : undefined;
          if (heading && heading.text.length <= 300) {
            b = heading;
            break;
          }
          const above =
            isSiteName(b, siteNames(ctx.doc.meta)) ||
            (isKicker(b) && !isAllCaps(next.text)) ||
            (isShortName(b.text) && isKickerLine(next.text)) ||
            isNamedAgain(b, next, ctx.doc.blocks) ||
            // A journal's name over a headline in sentence case ("JAMA Network Open" over "Cannabis use in pregnancy and …").
            (isShortName(b.text) && !b.text.includes('\n') && looksLikeJournal(b.text) && isSentenceCaseLine(next.text)) ||
            isNameOverSentence(b.text, next.text, laterText(ctx.doc.blocks, next)) ||
            isMastheadOverLabel(b, head[head.indexOf(b) + 1]) ||
            // A blog's name and tagline over a post's title, author, date and reading time.
            (isBlogMasthead(b) && isPostHead(next.text));
          // A meeting's name over the headline ("AMERICAN ACADEMY OF NEUROLOGY 83RD ANNUAL MEETING"), perhaps over an abstract's number: the headline is the next line of headline length.
          if (!above && isMeetingName(b, next)) {
            b = next;
            continue;
          }
          if (!above) break;
          b = rest[0];
        }
      }
      if (!b || isNotHeadline(b) || b.text.length > 300) return undefined;
      return { value: { text: cleanHeadline(stackedHeadline(b.text) ?? b.text, siteNames(ctx.doc.meta)), block: b }, offset: b.start };
    },
  },
  {
    name: 'headline:before-date-label',
    find(ctx) {
      const b = ctx.doc.blocks.find((x) => x.section !== 'front' && x.section !== 'label' && x.section !== 'embargo');
      if (!b) return undefined;
      const m = INLINE_DATE_LABEL.exec(b.text.slice(0, 300));
      const date = m ? findDates(b.text.slice(m.index + m[0].length, m.index + m[0].length + 50))[0] : undefined;
      if (!m || m.index < 8 || !date || date.index !== 0) return undefined;
      return { value: { text: cleanHeadline(b.text.slice(0, m.index), siteNames(ctx.doc.meta)), block: b }, offset: b.start };
    },
  },
];

/** A headline is a line of 2 to 40 words that is not a sentence run on into the lead. */
export function validHeadline(hit: HeadlineHit): boolean {
  const words = hit.text.split(/\s+/).filter(Boolean).length;
  return words >= 2 && words <= 40 && hit.text.length <= 300;
}

/** Text in lower case with every run of other characters than letters and digits one space. */
const normWords = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The subheadline: the first short line of the head after the headline, if any. */
export function findSubheadline(blocks: readonly Block[], headline: HeadlineHit): Block | null {
  const head = headBlocks(blocks);
  const from = headline.block ? head.indexOf(headline.block) + 1 : 0;
  if (headline.block && from === 0) return null;
  let normHeadline: string | undefined;
  for (const b of head.slice(from)) {
    if (b.section !== 'subheadline' && b.section !== 'headline') continue;
    if (isNotHeadline(b)) continue;
    const t = b.text.replace(/\s+/g, ' ').trim();
    const words = t.split(' ').length;
    if (words < 4 || t.length > 300 || /^(?:click|read|see|watch|download|view|share)\b/i.test(t) || /:$/.test(t)) continue;
    if (normWords(t) === (normHeadline ??= normWords(headline.text))) continue;
    if (/[.]$/.test(t) && !/\b(?:[A-Z]|Dr|St|Inc|Ltd|Co)\.$/.test(t)) return null;
    return b;
  }
  return null;
}
