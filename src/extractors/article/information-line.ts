/**
 * A paper's details after an "information" label with no names and perhaps no DOI, as some
 * institutes print them: "Publication information: Title, Journal (2041)." or "Publication
 * information: Title, Journal. Online publication.".
 * @packageDocumentation
 */

/** The label, a capitalised title without commas, a comma, a capitalised journal's name, then the year in brackets or an online note. */
const INFORMATION_LINE =
  /^(?:paper|article|study|publication|bibliographic)\s(?:details|information)\s?:\s\p{Lu}[^,\n]{9,300},\s\p{Lu}[\p{L}\p{M}&:. -]{1,80}?(?:\s\((?:19|20)\d{2}\))?\.(?:\s(?:Online\spublication|Published\sonline)[^.\n]{0,40}\.?)?\s*$/iu;

/** True for a block that prints a paper's title and journal after an "information" label ("Publication information: Title, Journal (2041)."). */
export function isInformationLine(text: string): boolean {
  return text.length < 500 && INFORMATION_LINE.test(text.trim());
}
