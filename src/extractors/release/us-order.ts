/**
 * Month-first numeric dates of US releases: "12/07/2026" under a dateline "COLLEGE STATION,
 * Texas" or "PITTSBURGH" is December 7, not 12 July.
 * @packageDocumentation
 */
import { isoDate, type DateMatch } from '../../text/dates.js';

/** A US state as a dateline prints it after the city: an AP abbreviation, a postal code or the full name. */
const US_STATE =
  /,\s{0,3}(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.\s?[HJMCD]|N\.\s?Y|Okla|Ore|Pa|R\.\s?I|S\.\s?[CD]|Tenn|Va|Vt|Wash|W\.\s?Va|Wis|Wyo|D\.\s?C|A[LKZR]|C[AOT]|DE|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|DC|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s(?:Hampshire|Jersey|Mexico|York)|North\s(?:Carolina|Dakota)|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\sIsland|South\s(?:Carolina|Dakota)|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\sVirginia|Wisconsin|Wyoming)\.?$/i;

/**
 * A US city that AP style prints in a dateline without its state ("PITTSBURGH", "St. Louis"):
 * the stand-alone dateline cities of the AP Stylebook.
 */
const AP_CITY =
  /^(?:atlanta|baltimore|boston|chicago|cincinnati|cleveland|dallas|denver|detroit|honolulu|houston|indianapolis|las\s{1,2}vegas|los\s{1,2}angeles|miami|milwaukee|minneapolis|new\s{1,2}orleans|new\s{1,2}york(?:\s{1,2}city)?|oklahoma\s{1,2}city|philadelphia|phoenix|pittsburgh|st\.?\s{1,2}louis|salt\s{1,2}lake\s{1,2}city|san\s{1,2}antonio|san\s{1,2}diego|san\s{1,2}francisco|seattle|washington)$/i;

/** A numeric date whose day and month could be read either way ("12/07/2026", "3-4-2027"). */
const AMBIGUOUS = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;

/**
 * The ISO date of `date` read month first when it is an ambiguous numeric date and `dateline`
 * names a US state ("ANN ARBOR, Mich.", "Houston, TX") or is a US city that AP style prints
 * alone ("PITTSBURGH"), or, with no dateline at all, when `usEmails()` says the release's email
 * addresses are all on US-only domains; null when the date needs no change.
 */
export function usMonthFirst(date: DateMatch, dateline: string | null, usEmails: () => boolean = () => false): string | null {
  if (date.year === null) return null;
  if (!dateline) {
    // The release's emails are read only for an ambiguous date, not on every release.
    const month = swapped(date);
    return month !== null && usEmails() ? month : null;
  }
  const place = dateline.trim();
  const alone = !place.includes(',') && AP_CITY.test(place);
  if (!alone && !place.includes(',')) return null;
  return alone || US_STATE.test(place) ? swapped(date) : null;
}

/** The ISO date of an ambiguous numeric `date` read day first, read month first instead; else null. */
function swapped(date: DateMatch): string | null {
  const m = AMBIGUOUS.exec(date.text.trim());
  if (!m || date.year === null) return null;
  const first = Number(m[1]);
  const second = Number(m[2]);
  // Read day first, the date came out as day `first`, month `second`: US order swaps them.
  if (first > 12 || second > 12 || first === second || date.day !== first || date.month !== second) return null;
  return isoDate(date.year, first, second);
}
