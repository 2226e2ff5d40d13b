/**
 * A quote whose attribution was cut in two by a stray paragraph break on a scraped page: the
 * paragraph ends on the speech verb ("“…,” said") and the speaker's name opens the next text
 * paragraph, perhaps after a photo caption set between them.
 * @packageDocumentation
 */

/** A closing mark, then only a speech verb at the very end of the paragraph. */
const DANGLING = /["”»]\s{0,3}(?:said|says|added|adds|explained|explains|noted|notes|commented|comments|according\s{1,3}to)\s{0,3}$/i;

/** True when `text` ends on a speech verb straight after a quotation, with no one named after it. */
export const endsOnSpeechVerb = (text: string): boolean => text.length >= 12 && DANGLING.test(text);
