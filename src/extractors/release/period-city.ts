/**
 * A dateline printed as a town of one word and a full stop opening the lead ("Freiburg. Moisture
 * has been …"), as German-speaking offices print it under a separate date line.
 * @packageDocumentation
 */
import { isPlace } from '../../text/place.js';
import type { Dateline } from './dateline.js';

/** A capitalised word of three letters or more, a full stop and the capitalised word that opens the lead's first sentence. */
const PERIOD_CITY = /^(\p{Lu}\p{Ll}{2,20})\.\s{1,3}(?=\p{Lu}\p{Ll})/u;

/**
 * Reads "Town. Sentence …" at the head of a lead as a dateline, or null. A one-word sentence
 * ("Overall.", "Background.") must not pass, so the word must read as a place, the sentence after
 * it must run on (eight words or more), and the release must name the same word again elsewhere
 * (in its text or in the office's address: "The Freiburg team", "79110 Freiburg"). The caller
 * asks only when the release prints a date line of its own and no other dateline.
 */
export function readPeriodCityDateline(lead: string, elsewhere: string): Dateline | null {
  const m = PERIOD_CITY.exec(lead.slice(0, 40));
  if (!m) return null;
  const place = m[1]!;
  if (!isPlace(place, true) || /ly$/.test(place)) return null;
  if (lead.slice(m[0].length, m[0].length + 200).split(/\s+/).length < 8) return null;
  // Named again inside a line, after a word or a postcode ("The Freiburg team", "79110 Freiburg"), never
  // opening a line or a sentence as an adverb or a label would ("Overall, …", "Background:").
  const again = new RegExp(`(?<=[\\p{L}\\d][\\p{L}\\d,]*[ \\u00a0])${place}(?![\\p{L}])`, 'u');
  if (!again.test(lead.slice(m[0].length)) && !again.test(elsewhere)) return null;
  return { place, placeIndex: 0, date: null, embargo: false };
}
