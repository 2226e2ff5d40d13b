/**
 * The `--html` wrapper: JSON inside `<script type="application/ld+json">`, escaped so that no
 * text can close the element or break a JavaScript parser.
 * @packageDocumentation
 */

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Escapes `<`, `>`, `&`, U+2028 and U+2029 in serialized JSON as `\uXXXX` escapes; these
 * characters can only occur inside JSON strings, where the escapes mean the same.
 */
export function escapeJsonForHtml(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c] ?? c);
}

/** Serialized JSON wrapped in a `<script type="application/ld+json">` element, escaped. */
export function wrapScript(json: string): string {
  return `<script type="application/ld+json">\n${escapeJsonForHtml(json)}\n</script>`;
}
