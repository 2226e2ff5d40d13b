/**
 * Email addresses in contact text, plain or obfuscated ("name [at] host [dot] edu",
 * "name(at)host.edu", "name at host dot edu"), returned in their plain form.
 * @packageDocumentation
 */

/** An email address found in a piece of text. */
export interface EmailMatch {
  /** The address in its plain form, `name@host.tld`. */
  email: string;
  /** The text as printed. */
  printed: string;
  /** Offset of the printed text in the scanned string. */
  start: number;
  end: number;
  /** True when the address was printed obfuscated. */
  obfuscated: boolean;
}

const LOCAL = "[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}";
const AT = '(\\s{0,3}[\\[({<]\\s{0,3}(?:at|@)\\s{0,3}[\\])}>]\\s{0,3}|\\s{1,3}(?:at|AT)\\s{1,3}|\\s{1,3}@\\s{0,3}|@\\s{1,3}|@)';
const DOT = '(?:\\s{0,3}[\\[({<]\\s{0,3}(?:dot|DOT|\\.)\\s{0,3}[\\])}>]\\s{0,3}|\\s{1,3}(?:dot|DOT)\\s{1,3}|\\.)';
const LABEL = '[A-Za-z0-9][A-Za-z0-9-]{0,62}';
/** One scanner for every form; each match is checked by {@link accept}. */
const EMAIL = new RegExp(`(?<![A-Za-z0-9._%+'-])(${LOCAL})${AT}(${LABEL}(?:${DOT}${LABEL}){1,8})(?![A-Za-z0-9-])`, 'gi');
const WORD_DOT = /\s(?:dot)\s|[\[({<]\s{0,3}(?:dot|\.)\s{0,3}[\])}>]/i;

/**
 * A word that leads into a social-media handle printed after a space ("follow us at @lab.bsky.social",
 * "on @lab.mastodon.example"): with it, "at @host" is a handle, not an address spaced around its `@`.
 */
const HANDLE_LEAD = /^(?:at|on|via|us|me|to|or|and|by|from|see|follow|find|handle|account)$/i;

/** Splits a host written with obfuscated dots into its plain form. */
const plainHost = (host: string): string =>
  host.replace(/\s{0,3}[\[({<]\s{0,3}(?:dot|\.)\s{0,3}[\])}>]\s{0,3}|\s{1,3}dot\s{1,3}/gi, '.');

/** Checks a candidate: a plain `@` is always an address, a spelled-out `at` needs a spelled-out `dot`. */
function accept(at: string, host: string): boolean {
  const tld = plainHost(host).split('.').pop() ?? '';
  if (!/^[A-Za-z]{2,24}$/.test(tld)) return false;
  const bareAt = /^\s+at\s+$/i.test(at);
  return !bareAt || WORD_DOT.test(host);
}

/**
 * Finds the email addresses in `text`, obfuscated ones included, in printed order. The
 * spelled-out form ("name at host dot edu") is only read when `contactContext` is true.
 */
export function findEmails(text: string, contactContext = true): EmailMatch[] {
  const out: EmailMatch[] = [];
  EMAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMAIL.exec(text)) !== null) {
    const [printed, local = '', at = '', host = ''] = m;
    const obfuscated = at !== '@' || plainHost(host) !== host;
    if (!accept(at, host) || (obfuscated && !contactContext && /^\s+at\s+$/i.test(at)) || (HANDLE_LEAD.test(local) && /^\s+@$/.test(at))) {
      EMAIL.lastIndex = m.index + 1;
      continue;
    }
    out.push({ email: `${local}@${plainHost(host)}`.replace(/\.+$/, ''), printed, start: m.index, end: m.index + printed.length, obfuscated });
  }
  return out;
}

/** Local parts of shared mailboxes rather than a person's own address. */
const DESK_LOCAL =
  /^(?:media|press|news|newsroom|newsbureau|communications?|comms|pr|info|information|office|public\.?affairs|publicaffairs|mediarelations|media\.?relations|press\.?office|pressoffice|enquiries|inquiries|contact|editor|editorial|newsdesk|news\.?desk)(?:[._-]?[a-z]{0,20})?$/i;

/** True when an address is a shared desk mailbox (`mediarelations@`, `press@`, `newsbureau@`). */
export const isDeskMailbox = (email: string): boolean => DESK_LOCAL.test(email.split('@', 1)[0] ?? '');

const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/** True when the local part of `email` spells the family or given name of `name`. */
export function emailMatchesName(email: string, name: string): boolean {
  const local = fold(email.split('@', 1)[0] ?? '');
  const words = name.split(/[\s-]+/).map(fold).filter((w) => w.length >= 3);
  return words.some((w) => local.includes(w));
}
