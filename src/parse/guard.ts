/**
 * Bounds the work one hostile input can cause before it reaches the parsers: a size cap,
 * and nesting caps for Markdown containers and HTML elements. Offsets are kept: every
 * change replaces characters one for one.
 * @packageDocumentation
 */

/** The most characters of one release that are parsed; real releases are far smaller. */
export const MAX_CHARS = 2_000_000;
/** The deepest Markdown container nesting (block quotes, list items) parsed as such on one line. */
export const MAX_MD_NESTING = 8;
/**
 * The most list-item markers one input may open; later ones are defused. remark-parse's
 * tokenizer copies its event list each time it closes a list item, so a list of many items
 * costs the square of their number: 4,000 lines of "- a" under "- b" took 10 s, and a megabyte
 * of them hours. Real releases open a few dozen.
 */
export const MAX_LIST_ITEMS = 1000;
/**
 * The most lines in a row that may continue a list item's or a block quote's paragraph without
 * the container's marker (CommonMark's lazy lines) before the container is closed: remark-parse
 * looks back over the whole paragraph for each such line, so "> a" over 8,000 plain lines took
 * 3 s and a megabyte of them minutes. Real releases run a few.
 */
export const MAX_LAZY_LINES = 100;
/** The deepest HTML element nesting kept as elements; deeper documents lose their layout tags. */
export const MAX_HTML_NESTING = 200;

const NBSP = '\u00a0';

/** Cuts `text` to at most {@link MAX_CHARS}, at a paragraph break when there is one. */
export function boundSize(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_CHARS) return { text, truncated: false };
  const cut = text.lastIndexOf('\n\n', MAX_CHARS);
  return { text: text.slice(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS), truncated: true };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Defuses Markdown container markers nested deeper than {@link MAX_MD_NESTING} on one line
 * (`> > > …`, `1. 1. 1. …`), and list-item markers past the input's first
 * {@link MAX_LIST_ITEMS}, which make remark-parse slow: the first character of such a marker
 * becomes a no-break space, so the rest of the line is plain text. And it ends a run of more
 * than {@link MAX_LAZY_LINES} lines that continue a list item's or a block quote's paragraph
 * without its marker: the first character of the next such line becomes a line break, which
 * closes the container.
 */
export function defuseDeepMarkdown(text: string): string {
  let out: string[] | null = null;
  let last = 0;
  let i = 0;
  let items = 0;
  // Whether the paragraph the line continues sits in a container, and how many lines it has run without a marker.
  let inContainer = false;
  let lazy = 0;
  const n = text.length;
  while (i < n) {
    let depth = 0;
    let defuseAt = -1;
    let p = i;
    for (;;) {
      let s = p;
      while (s < n && s - p < 3 && text.charCodeAt(s) === 32) s++;
      const c = text.charCodeAt(s);
      let end = -1;
      if (c === 62) end = s + 1; // >
      else if ((c === 45 || c === 42 || c === 43) && (text.charCodeAt(s + 1) === 32 || text.charCodeAt(s + 1) === 9)) end = s + 2;
      else if (isDigit(c)) {
        let d = s;
        while (d < n && d - s < 9 && isDigit(text.charCodeAt(d))) d++;
        const m = text.charCodeAt(d);
        if ((m === 46 || m === 41) && (text.charCodeAt(d + 1) === 32 || text.charCodeAt(d + 1) === 9)) end = d + 2;
      }
      if (end < 0) break;
      depth++;
      if (c !== 62) items++;
      if (depth > MAX_MD_NESTING || items > MAX_LIST_ITEMS) {
        defuseAt = s;
        depth--;
        break;
      }
      p = end;
    }
    const nl = text.indexOf('\n', p);
    const lineEnd = nl < 0 ? n : nl;
    let breakAt = -1;
    if (depth > 0) {
      inContainer = true;
      lazy = 0;
    } else if (BLANK.test(text.slice(i, lineEnd))) {
      inContainer = false;
      lazy = 0;
    } else if (inContainer && ++lazy > MAX_LAZY_LINES) {
      breakAt = i;
      inContainer = false;
      lazy = 0;
    }
    if (breakAt >= 0 || defuseAt >= 0) {
      out ??= [];
      if (breakAt >= 0 && breakAt === defuseAt) {
        out.push(text.slice(last, i), '\n', NBSP);
        last = i + 2;
      } else {
        if (breakAt >= 0) {
          out.push(text.slice(last, i), '\n');
          last = i + 1;
        }
        if (defuseAt >= 0) {
          out.push(text.slice(last, defuseAt), NBSP);
          last = defuseAt + 1;
        }
      }
    }
    if (nl < 0) break;
    i = nl + 1;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}

/** A line of nothing but white space. */
const BLANK = /^[ \t\r]*$/;

/** More square brackets than this in one input and those not opening an inline link are defused. */
export const MAX_BRACKETS = 1000;

/**
 * Defuses square brackets that do not open an inline link (`[text](url)`) when an input has
 * more than {@link MAX_BRACKETS} of them: remark-parse's link-label matching is quadratic in
 * their number. They become fullwidth brackets, one for one; ordinary releases are untouched.
 */
export function defuseBrackets(text: string): string {
  let count = 0;
  for (let i = text.indexOf('['); i >= 0 && count <= MAX_BRACKETS; i = text.indexOf('[', i + 1)) count++;
  if (count <= MAX_BRACKETS) return text;
  return text.replace(/\[([^[\]\n]{0,500})\](?!\()/g, (_m, inner: string) => `\uff3b${inner}\uff3d`).replace(/\[(?![^[\]\n]{0,500}\]\()/g, '\uff3b');
}

const LAYOUT_TAG = /<\/?(?:div|span|section|article|font|center|main|aside|header|footer|nav|b|i|em|strong|u|small|big|sup|sub|table|tbody|tr|td|th|ul|ol|li|blockquote|p|a)\b[^<>]{0,2000}>/gi;

/** The deepest element nesting in `html`, counted roughly from open and close tags. */
export function htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([a-zA-Z][\w-]{0,30})\b[^<>]{0,2000}?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (/^(?:br|hr|img|meta|link|input|wbr|col|area|base|source|track|embed|param)$/.test(name) || m[3]) continue;
    depth += m[1] ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > max) max = depth;
  }
  return max;
}

/**
 * Blanks layout tags (div, span, …) of an HTML document nested deeper than
 * {@link MAX_HTML_NESTING}, which would otherwise overflow the converters' recursion.
 */
export function defuseDeepHtml(html: string): string {
  if (htmlDepth(html) <= MAX_HTML_NESTING) return html;
  return html.replace(LAYOUT_TAG, (tag) => ' '.repeat(tag.length));
}

/** Replaces every tag of `html` with spaces, for reading a page as plain text. */
export function blankTags(html: string): string {
  return html.replace(/<[^<>]{0,2000}>/g, (tag) => ' '.repeat(tag.length));
}
