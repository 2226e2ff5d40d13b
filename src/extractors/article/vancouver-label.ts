/**
 * A label in any language before a Vancouver author list: "Publikācija: Roe AB, Lim-Park C, Ito K. Title. Journal. 2040;41(1):33".
 * The label names no author; when the words after its colon open a list of three Vancouver names, it is dropped
 * so the list reads as the reference's authors, whatever language the label is in.
 *
 * @packageDocumentation
 */

/** A short label of one to three words and a colon, then three Vancouver names ("Roe AB, Lim-Park C, Ito K." or "…, Ito K, …"). */
const LABELLED_VANCOUVER =
  /^(\p{L}[\p{L}\p{M}]{1,24}(?:\s\p{L}[\p{L}\p{M}]{1,24}){0,2}\s?:\s+)(?=(?:\p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:-\p{Lu}[\p{Ll}\p{M}'’]{1,30})?\s\p{Lu}{1,3},\s){2}\p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:-\p{Lu}[\p{Ll}\p{M}'’]{1,30})?\s\p{Lu}{1,3}(?:,\s|\.\s\p{Lu}))/u;

/** The reference text without a label before a Vancouver author list ({@link LABELLED_VANCOUVER}); the text unchanged otherwise. */
export function dropVancouverLabel(text: string): string {
  const m = LABELLED_VANCOUVER.exec(text);
  return m ? text.slice(m[1]!.length) : text;
}
