/**
 * Volume, issue, pages (or article number) and year as citations print them: "volume 81,
 * issue 4 (2017)", "81(4):301–310", "Vol. 12, No. 3, pp. 45-67", "2017;389:1234".
 * @packageDocumentation
 */

import { colonIssue } from './colon-issue.js';
import { romanVolume } from './roman-volume.js';
import { supplementIssue } from './supplement-issue.js';

/** The numbers of a citation; each null when not printed. */
export interface Numbers {
  volume: string | null;
  issue: string | null;
  pages: string | null;
  year: number | null;
}

/** A page or an article number: digits perhaps after a letter or an "e" prefix, a Wiley e-locator ("e2033GL104417"), or an Oxford Academic article number of three or four small letters and three to six digits ("arae081", "ukab071", "gkab1234", "afz061", the Company of Biologists' "jeb247713"). */
const PAGE = String.raw`(?:(?:e[a-z]{0,4}|[A-Za-z])?\d{1,11}(?:\.[a-z]\d{1,4})?|e\d{4}[A-Z]{2}\d{4,7}|[a-z]{3,4}\d{3,6}(?![\w-]))`;
const RANGE = String.raw`${PAGE}(?:\s?[-‐‑–—]\s?${PAGE})?`;
const normPages = (s: string): string => s.replace(/\s+/g, '').replace(/[‐‑–—]/g, '-');

/** Accounting periods, with their dates. */
const ACCOUNTS =
  /\b(?:(?:fiscal|financial)\s+(?:year|quarter)(?:\s+(?:ended|ending))?|(?:year|quarter|period|(?:three|six|nine|twelve)\s+months)\s+(?:ended|ending))\s+(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+)?(?:19|20)\d{2}\b/gi;

/** Vancouver: 2017;389(10):1234-1240 or 2017;389:1234 or 81(4):301–310, a supplement in the issue's brackets "30(Suppl 2):S114". */
const VANCOUVER = new RegExp(String.raw`(?:\b((?:19|20)\d{2})[a-z]?(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?\s?;\s?)?\b(\d{1,5})\s?(?:\((\d{1,4}(?:[-–]\d{1,4})?|[A-Za-z]?\s?\d{1,4}[A-Za-z]?|Suppl(?:ement)?\.?\s?\d{1,3})\))?\s?:\s?(${RANGE})\b`);
/** Nature style "615, 456–461 (2023)". */
const NATURE = new RegExp(String.raw`\b(\d{1,5}),\s?(${RANGE})\s?\(((?:19|20)\d{2})\)`);
/** Volume and pages after a colon, then the year in brackets: "395: 1021–1025 (2027)". */
const COLON_YEAR = new RegExp(String.raw`\b(\d{1,5})\s?:\s?(${RANGE})\s?\(((?:19|20)\d{2})\)`);
/** A year of 19xx or 20xx alone in brackets, which ELSEVIER and DOTTED both need: a cheap check before either (each is over a thousand characters to compile). */
const BRACKETED_YEAR = /\((?:19|20)\d{2}\)/;

/**
 * Elsevier style, after a journal's capitalised word: volume, the year in brackets, then pages or
 * an article number before the link or the end: "Water Research 251 (2031) 121034.".
 */
const ELSEVIER = new RegExp(String.raw`(?<=\p{Lu}[\p{L}.]{0,30}[*_]{0,2}\s[*_]{0,2})(\d{1,5})[*_]{0,2}\s\(((?:19|20)\d{2})\),?\s(${RANGE})(?=[.,;]?\s{0,3}(?:$|doi\b|DOI\b|https?:|\[|\())`, 'u');
/** APA style "14(2), 101-115"; Harvard "14(2), pp. 101–115". */
const APA = new RegExp(String.raw`\b(\d{1,5})\s?\((\d{1,4})\),\s?(?:pp?\.\s?|[Aa]rticle\s)?(${RANGE})\b`);
/**
 * APA without an issue, ending the reference: "Atmos. Chem. Phys., 27, 8811–8830." (the year is printed
 * after the names), AAS "ApJ, 962, 118,", or a Harvard reference whose journal was named before it, the
 * numbers right after the quoted title ("… (2037) 'Title', 251, 111402.").
 */
// AAS ends on a comma where its DOI was: "2031, ApJ, 962, 118, doi:…".
const APA_NO_ISSUE = new RegExp(String.raw`(?<=[\p{L}.'’”"],\s)(\d{1,5}),\s(?:[Aa]rticle\s)?(${RANGE})[.,]?\s*$`, 'u');
/**
 * Harvard without an issue: the volume after the journal's comma, then "pp." and the pages
 * ("South African Journal of Botany, 163, pp.412-421.").
 */
const HARVARD_NO_ISSUE = new RegExp(String.raw`(?<=[\p{L}.'’”"*_],\s)(\d{1,5}),\s?pp?\.\s?(${RANGE})\b`, 'u');
/**
 * AAS and MNRAS author-year style in the middle of a line: the year, a short journal name, the
 * volume and the first page, then a stop or a comma before more of the reference ("…, 2032, MNRAS,
 * 529, 2217. “Title”. DOI: …").
 */
const AAS_YEAR_FIRST = new RegExp(String.raw`(?<=,\s)((?:19|20)\d{2}),\s[*_]{0,2}\p{Lu}[\p{L}.&]{0,12}(?:\s\p{Lu}[\p{L}.&]{0,12}){0,4}[*_]{0,2},\s(\d{1,5}),\s(${RANGE})(?=[.,;]\s|[.]?\s*$)`, 'u');
/**
 * Copernicus (EGU journals) style, ending the reference: volume, pages, the link (or the comma it
 * left when cut), then the year: "Nat. Hazards Earth Syst. Sci., 31, 2207–2224, https://doi.org/…, 2031.".
 */
const COPERNICUS_END = new RegExp(String.raw`(?<=[\p{L}.],\s)(\d{1,5}),\s(${RANGE}),\s(?:(?:https?:\/\/|doi:\s?)\S{1,300}?,?\s|,\s?)?((?:19|20)\d{2})\.?\s*$`, 'u');
/**
 * Year, volume, pages: RSC ", 2027, 18, 4512–4520", ACS "Soc. 2027, 149 (12), 4567–4575" and
 * ACS's "Cite this" "Soc. 2031, 153, 12, 4567–4575", MDPI "Sci. 2027, 17, 456".
 */
const RSC = new RegExp(String.raw`(?:,\s?|\s)((?:19|20)\d{2}),\s?(\d{1,5})(?:\s?\((\d{1,4})\)|,\s?(\d{1,3})(?=,\s?${PAGE}\s?[-‐‑–—]\s?${PAGE}\b))?(?:,\s?|:\s)(${RANGE})\b`);
/**
 * Chicago style: volume, "no." and the issue, the season, month or date with the year in
 * brackets, then the pages after a colon (perhaps "pp."): "31, no. 1 (Spring 2031): 77–104", "12 (March 2031): 5–19",
 * "109, no. 4 (2056): pp. 1021–1048".
 */
const CHICAGO = new RegExp(String.raw`\b(\d{1,5})(?:,\s?no\.\s?(\d{1,4}(?:[-–]\d{1,4})?))?\s\((?:\p{L}{3,9}\.?\s(?:\d{1,2},?\s)?)?((?:19|20)\d{2})\)\s?:\s?(?:pp?\.\s?)?(${RANGE})\b`, 'u');
/**
 * Author-date Chicago (the LSA's unified style), whose year follows the names: volume, "no." and
 * the issue, the season or month alone in brackets, then the pages: "107, no. 3 (Fall): 512–549".
 */
const CHICAGO_SEASON = new RegExp(String.raw`\b(\d{1,5})(?:,\s?no\.\s?(\d{1,4}(?:[-–]\d{1,4})?))?\s\(\p{Lu}\p{Ll}{2,8}\.?\)\s?:\s?(?:pp?\.\s?)?(${RANGE})\b`, 'u');
/**
 * Volume and issue joined by a full stop, as classics and history journals print them, the year in
 * brackets, then the pages: "The Classical Quarterly 82.1 (2032), 45–58", "Antiquity 98.2 (2031): 301–318".
 */
const DOTTED = new RegExp(String.raw`(?<=\p{Lu}[\p{L}.]{0,30}[*_]{0,2}\s[*_]{0,2})(\d{1,4})\.(\d{1,2})[*_]{0,2}\s\(((?:19|20)\d{2})\)[,:]\s?(?:pp?\.\s?)?(${PAGE}\s?[-‐‑–—]\s?${PAGE})\b`, 'u');
/** eLife style "16:RP98765", "12:e84141" (volume and a lettered article number). */
const LETTERED = /\b(\d{1,4})\s?:\s?((?:e|RP|[A-Z]{1,2})\d{3,8})\b/;
/** APS style "Phys. Rev. Lett. 138, 043601": two abbreviated journal words, then volume and pages. */
const ABBREVIATED_VOLUME = new RegExp(String.raw`\p{Lu}\p{Ll}{0,8}\.\s\p{Lu}\p{Ll}{0,8}\.\s(\d{1,4}),\s(${RANGE})\b(?!\s?[(,:])`, 'u');
/**
 * Volume and pages after a colon, after a journal's capitalised word and before the link or the
 * end: "Proc. R. Soc. B 298: 20310422. https://…", "Shelf Science 298: 108712.", "Letters 16: 88–97.",
 * "Cycles 45: e2030GB008211", and after a comma: "*Nature Microbiology*, 22: 415–428.".
 */
const BARE_COLON = new RegExp(String.raw`(?<=\p{Lu}[\p{L}.]{0,30}[*_]{0,2},?\s[*_]{0,2})(\d{1,5})[*_]{0,2}\s?:\s?((?:e[a-z]{0,4}|[A-Za-z])?\d{3,11}(?:\s?[-‐‑–—]\s?${PAGE})?|e\d{4}[A-Z]{2}\d{4,7}|\d{1,5}\s?[-‐‑–—]\s?\d{1,5})(?=\.?\s{0,3}(?:$|doi\b|DOI\b|https?:|\[|\())`, 'u');
/**
 * A short article number after a colon and a space, before the link or the end, as BMC and
 * Springer journals print it: "Pastoralism 21: 14. https://…" (a clock's "10:30" has no space).
 */
const SHORT_COLON = /(?<=\p{Lu}[\p{L}.]{0,30}[*_]{0,2}\s[*_]{0,2})(\d{1,5})[*_]{0,2}:\s(\d{1,2})(?=\.?\s{0,3}(?:$|doi\b|DOI\b|https?:))/u;
/**
 * Cell Press style, after a journal's capitalised word: volume, a comma, then pages or an article
 * number before the link or the end: "Current Biology 42, 1201–1210.e4.", "Cell Reports 43, 114021.".
 */
const CELL = new RegExp(String.raw`(?<=\p{Lu}[\p{L}.]{0,30}[*_]{0,2}\s[*_]{0,2})(\d{1,5})[*_]{0,2},\s(${RANGE})(?=\.?\s{0,3}(?:$|doi\b|DOI\b|https?:))`, 'u');
/**
 * ScienceDaily style without pages: the year, a semicolon, the volume and perhaps the issue in
 * brackets, then the DOI or the end: "Nature Communications, 2031; 22 (1) DOI: 10.…".
 */
const YEAR_VOLUME = /\b((?:19|20)\d{2});\s?(\d{1,5})(?:\s?\((\d{1,4})\))?(?=\.?\s{0,3}(?:$|doi\b|DOI\b|https?:))/;
/**
 * A publication sentence's pages or article number right after its volume and perhaps its issue,
 * then a stop, a comma or the end (also a comma left at the end where a DOI was cut): "volume 318, article 108522",
 * "volume 41, issue 5, e3120", AGU's "volume 73, issue 6, e2037WR041122", a letter's "Vol. 962, No. 2, L31", the German "Band 172, 106144", Science's lettered
 * "volume 12, issue 3, article eadk4410", "volume 240, article jeb247715", and labelled rows "Volume: 23, Issue: 10, Article: eadq5521 (2037)"
 * (read as "volume 23,; issue 10, …" when the row was split at its labels).
 */
const AFTER_VOLUME = /\b(?:volume|vol\.|Band|Bd\.):?\s?\d{1,5},;?\s(?:(?:issue|no\.|Heft):?\s?\d{1,4},\s)?(?:article:?\s)?(e\d{4}[A-Z]{2}\d{4,7}|e[a-z]{0,4}\d{1,9}|\d{1,9}(?:[-–]\d{1,6})?|[LRS]\d{1,6}(?:[-–][LRS]?\d{1,6})?|(?<=article:?\s)[a-z]{3,4}\d{3,6})(?=[.;)]|,\s|\s\(|,?$)/i;

/**
 * ScienceDirect's "Volume 201, 2032, 107412" or "Vol. 318, 2036, 109544" (perhaps "Issue 3," between): the
 * article number after the year, then a comma, a semicolon, a closing bracket, a full stop or the end.
 */
const SCIENCEDIRECT_NUMBER = /\b(?:Volume|Vol\.)\s\d{1,5},\s(?:Issue\s\d{1,4},\s)?(?:19|20)\d{2},\s([A-Z]?\d{4,9})(?=\s*[,.]?\s*$|[,;]\s|\))/;
/** "pages 12-19", "pp. 45-67". */
const PAGES = new RegExp(String.raw`\b(?:pages?|pp?\.)\s?(${RANGE})`, 'i');

/**
 * A volume labelled as European citations print it, after a comma or at a field's start:
 * German "Jg. 77" (Jahrgang) and "Bd. 12" or "Band 12", French "t. 34" (tome), Spanish "tomo 12", Malay "jilid 352".
 */
const EUROPEAN_VOLUME = /(?<=^|\(|[,;.]\s|\s[*_]{1,2}\s?|[*_]\s)(?:Jg\.|Jahrgang|Bd\.|Band|t\.|[tT]omo|[tT]ome|[jJ]ilid)\s?(\d{1,5})\b/;
/**
 * An issue labelled as European citations print it: "nº 3", "n° 3", "n.º 3", "núm. 9", "número 3" after a comma, "H. 2"
 * (Heft) after a comma, "Heft 2", "fasc. 4", the Indonesian "nomor 1" after a volume ("volume 28, nomor 1"); "Nr" is read with "no.".
 */
const EUROPEAN_ISSUE = /(?:\b[nN](?:º|°|\.º|\.°)|\b[nN]úm\.?|(?<=[,;]\s)[nN][úu]mero|\b[nN]um\.|(?<=[,;]\s)H\.|\bHeft|\bfasc\.|(?<=\b(?:[vV]ol\.?|[vV]olume)\s?\d{1,5},?\s)[nN]omor)\s?(\d{1,4}(?:[-–]\d{1,4})?)\b/;
/** Pages labelled as German, Spanish, Portuguese, Italian and Malay citations print them: "S. 101–114" after a comma, "págs. 45-67", "pág. 45", "halaman 45", "páginas 45-67", "pagine 45-67" or "Seiten 45–67" after a comma. */
const EUROPEAN_PAGES = new RegExp(String.raw`(?:(?<=[,;]\s)S\.|\bp[áa]gs?\.|(?<=[,;]\s)(?:[hH]alaman|p[áa]ginas|pagine|Seiten))\s?(${RANGE})`);

/** A year on its own, not either end of a range or a year and month ("2019-20", "2010–2023", "2019/05"), nor a preprint's number ("bioRxiv 2027.08.14.607712"); the year of a full ISO date ("Published online 2031-03-14") counts. */
const BARE_YEAR = /(?<![-–\/])\b((?:19|20)\d{2})\b(?!(?!-[01]\d-[0-3]\d\b)[-–\/]\d|\.\d{2}\.\d{2}\.\d)/g;

/** A volume or issue label right before a number ("issue 2001", "no. 2001", "vol. 2031"). */
const NUMBER_LABEL = /\b(?:issue|no\.?|number|nr\.?|volume|vol\.?)\s?$/i;

/** A PubMed date ahead of print before its colon ("2031 Oct 23:"), not followed by a volume's numbers ("2031 Oct 23;"). */
const DAY_COLON = /(\b(?:19|20)\d{2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s\d{1,2}):/g;

/** Words every accounting period needs, checked before {@link ACCOUNTS}. */
const ACCOUNT_WORD = /fiscal|financial|ended|ending/i;

/** Reads volume, issue, pages and year from a citation or a sentence. */
export function readNumbers(raw: string): Numbers {
  const out: Numbers = { volume: null, issue: null, pages: null, year: null };
  // A company's accounting dates are never a paper's ("for the fiscal year ended December 31, 2017").
  const accounted = ACCOUNT_WORD.test(raw) ? raw.replace(ACCOUNTS, ' ') : raw;
  // "Neuron. 2031 Oct 23:S0896-6273(31)00712-9": ahead of print, the day before the colon is no volume.
  const text = accounted.includes(':') ? accounted.replace(DAY_COLON, '$1 ') : accounted;
  // Vancouver: 2017;389(10):1234-1240 or 2017;389:1234 or 81(4):301–310.
  // "82.1 (2032), 45–58": volume and issue joined by a full stop.
  const dotted = !text.includes('.') || !text.includes('(') || !BRACKETED_YEAR.test(text) ? null : DOTTED.exec(text);
  if (dotted) {
    out.volume = dotted[1]!;
    out.issue = dotted[2]!;
    out.year = Number(dotted[3]);
    out.pages = normPages(dotted[4]!);
  }
  // "12:3 (2054), 45–60": volume and issue joined by a colon, then the year and the pages.
  const colon = dotted || !text.includes(':') || !text.includes('(') ? null : colonIssue(text);
  if (colon) {
    out.volume = colon.volume;
    out.issue = colon.issue;
    out.year = colon.year;
    out.pages = normPages(colon.pages);
  }
  const found = !dotted && !colon && text.includes(':') ? VANCOUVER.exec(text) : null;
  // "109, no. 4 (2056): 1021–1048": a number after an issue label is Chicago's issue, not a volume.
  const v = found && !found[1] && NUMBER_LABEL.test(text.slice(0, found.index)) ? null : found;
  if (v && (v[1] || v[3])) {
    if (v[1]) out.year = Number(v[1]);
    out.volume = v[2]!;
    // "30(Suppl 2):S114": a supplement keeps its label and the space before its number.
    out.issue = v[3] ? (/^suppl/i.test(v[3]) ? v[3].replace(/\s+/g, ' ') : v[3].replace(/\s/g, '')) : null;
    // "Water Research 271 (2036): 123014": with no year before the volume, a year in the brackets is the year, not an issue.
    if (!v[1] && out.issue && /^(?:19|20)\d{2}$/.test(out.issue)) {
      out.year = Number(out.issue);
      out.issue = null;
    }
    out.pages = normPages(v[4]!);
  }
  // Chicago "31, no. 1 (Spring 2031): 77–104": the issue's season or date in brackets before the pages.
  const chicago = out.volume || !text.includes('):') ? null : CHICAGO.exec(text);
  if (chicago) {
    out.volume = chicago[1]!;
    out.issue = chicago[2] ?? null;
    out.year = Number(chicago[3]);
    out.pages = normPages(chicago[4]!);
  }
  // "107, no. 3 (Fall): 512–549": the season alone in brackets, the year printed after the names.
  const season = out.volume || !text.includes('):') ? null : CHICAGO_SEASON.exec(text);
  if (season) {
    out.volume = season[1]!;
    out.issue = season[2] ?? null;
    out.pages = normPages(season[3]!);
  }
  // Nature style "615, 456–461 (2023)"; APA style "14(2), 101-115".
  // "Science 395: 1021–1025 (2027)": volume and pages after a colon, then the year in brackets.
  const colonYear = out.volume || !text.includes(':') ? null : COLON_YEAR.exec(text);
  if (colonYear) {
    out.volume = colonYear[1]!;
    out.pages = normPages(colonYear[2]!);
    out.year = Number(colonYear[3]);
  }
  const nat = text.includes('(') ? NATURE.exec(text) : null;
  if (nat && !out.volume) {
    out.volume = nat[1]!;
    out.pages = normPages(nat[2]!);
    out.year = Number(nat[3]);
  }
  const elsevier = out.volume || !text.includes('(') || !BRACKETED_YEAR.test(text) ? null : ELSEVIER.exec(text);
  if (elsevier) {
    out.volume = elsevier[1]!;
    out.year = Number(elsevier[2]);
    out.pages = normPages(elsevier[3]!);
  }
  const apa = text.includes('(') ? APA.exec(text) : null;
  // "Past & Present, no. 271 (2031), pp. 3-41": the number after "no." is the issue, the brackets hold the year.
  const numbered = apa && /^(?:19|20)\d{2}$/.test(apa[2]!) && /\b[nN]o\.\s?$/.test(text.slice(Math.max(0, apa.index - 5), apa.index));
  if (apa && numbered && !out.volume) {
    out.issue = apa[1]!;
    out.year = Number(apa[2]);
    out.pages = normPages(apa[3]!);
  } else if (apa && !out.volume) {
    out.volume = apa[1]!;
    // "t. 34 (2031), p. 211-224" and "46 (2037), pp. 233–249": a year in the brackets, not an issue.
    if (/^(?:19|20)\d{2}$/.test(apa[2]!) && (EUROPEAN_VOLUME.test(text) || /^\d{1,5}\s\((?:19|20)\d{2}\),\s?pp?\.\s?\d/.test(apa[0]))) out.year = Number(apa[2]);
    else out.issue = apa[2]!;
    out.pages = normPages(apa[3]!);
  }
  const rsc = out.volume ? null : RSC.exec(text);
  if (rsc) {
    out.year = Number(rsc[1]);
    out.volume = rsc[2]!;
    out.issue = rsc[3] ?? rsc[4] ?? null;
    out.pages = normPages(rsc[5]!);
  }
  const apaBare = out.volume || !text.includes(', ') ? null : APA_NO_ISSUE.exec(text.slice(-120));
  if (apaBare && !/^(?:19|20)\d{2}$/.test(apaBare[2]!)) {
    out.volume = apaBare[1]!;
    out.pages = normPages(apaBare[2]!);
  }
  const harvard = out.volume || !text.includes('p.') ? null : HARVARD_NO_ISSUE.exec(text);
  if (harvard && !/^(?:19|20)\d{2}$/.test(harvard[1]!)) {
    out.volume = harvard[1]!;
    out.pages = normPages(harvard[2]!);
  }
  // "…, 2032, MNRAS, 529, 2217. “Title”": the year before the journal, the title after the numbers.
  const aas = out.volume || !text.includes(', ') ? null : AAS_YEAR_FIRST.exec(text);
  if (aas && !/^(?:19|20)\d{2}$/.test(aas[3]!)) {
    out.year = Number(aas[1]);
    out.volume = aas[2]!;
    out.pages = normPages(aas[3]!);
  }
  const copernicus = out.volume || !text.includes(', ') ? null : COPERNICUS_END.exec(text.slice(-400));
  if (copernicus && !/^(?:19|20)\d{2}$/.test(copernicus[2]!)) {
    out.volume = copernicus[1]!;
    out.pages = normPages(copernicus[2]!);
    out.year = Number(copernicus[3]);
  }
  const abbreviated = out.volume || !text.includes('. ') ? null : ABBREVIATED_VOLUME.exec(text);
  if (abbreviated && !/^(?:19|20)\d{2}$/.test(abbreviated[2]!)) {
    // "Angew. Chem. Int. Ed. 2024, e202317654": a year, then the article number, and no volume.
    if (/^(?:19|20)\d{2}$/.test(abbreviated[1]!)) out.year ??= Number(abbreviated[1]);
    else out.volume = abbreviated[1]!;
    out.pages = normPages(abbreviated[2]!);
  }
  const lettered = out.volume || !text.includes(':') ? null : LETTERED.exec(text);
  if (lettered) {
    out.volume = lettered[1]!;
    out.pages = lettered[2]!;
  }
  const bare = out.volume || !text.includes(':') ? null : (BARE_COLON.exec(text) ?? (text.includes(': ') ? SHORT_COLON.exec(text) : null));
  if (bare) {
    out.volume = bare[1]!;
    out.pages = normPages(bare[2]!);
  }
  const cell = out.volume || !text.includes(', ') ? null : CELL.exec(text);
  // "Angew. Chem. Int. Ed. 2031, e203112345": a year, not a volume; "Phase 3, 2031": a year, not pages.
  if (cell && !/^(?:19|20)\d{2}$/.test(cell[1]!) && !/^(?:19|20)\d{2}$/.test(cell[2]!)) {
    out.volume = cell[1]!;
    out.pages = normPages(cell[2]!);
  }
  const yearVolume = out.volume || out.pages || !text.includes(';') ? null : YEAR_VOLUME.exec(text);
  if (yearVolume) {
    out.year = Number(yearVolume[1]);
    out.volume = yearVolume[2]!;
    out.issue = yearVolume[3] ?? null;
  }
  const vol = /\b(?:volume|vol\.?)\s?(\d{1,5})\b/i.exec(text) ?? EUROPEAN_VOLUME.exec(text);
  if (vol) out.volume = vol[1]!;
  // "Vol. XLII, No. 2": a volume in Roman numerals, as printed.
  else out.volume ??= romanVolume(text);
  // "Article number 388" is the pages' place, no issue; "Working Paper No. 318" is the series' number.
  const iss = /\b(?<!article\s|art\.\s?|Paper\s)(?:issue|no\.?|number|nr\.?)\s?(\d{1,4}(?:[-–]\d{1,4})?)\b/i.exec(text) ?? EUROPEAN_ISSUE.exec(text);
  if (iss) out.issue = iss[1]!;
  // "Volume 62, Supplement 2, S45–S53": the supplement stands where the issue would.
  out.issue ??= supplementIssue(text);
  const pp = PAGES.exec(text) ?? EUROPEAN_PAGES.exec(text);
  if (pp) out.pages = normPages(pp[1]!);
  // ACM's "Article 412, 16 pages": the article's number, then its length; Cochrane's "Art. No.: CD015872" has two letters.
  const art = /\b(?:article\s+(?:number|no\.?)|article(?=\s\d{1,6},\s\d{1,4}\spages\b)|e-?location|art\.?\s?no\.?)\s?:?\s?((?:[A-Z]{2}|[A-Za-z])?\d{1,9})\b/i.exec(text);
  if (art && !out.pages) out.pages = art[1]!;
  // "volume 318, article 108522", "volume 41, issue 5, e3120" in prose: the pages right after the volume (and issue), no year.
  const after = out.pages || !vol ? null : AFTER_VOLUME.exec(text);
  if (after && !/^(?:19|20)\d{2}$/.test(after[1]!)) out.pages = normPages(after[1]!);
  // ScienceDirect's "Volume 201, 2032, 107412": the article's number after the year, where pages would stand.
  const sd = out.pages || !vol ? null : SCIENCEDIRECT_NUMBER.exec(text);
  if (sd) out.pages = sd[1]!;
  if (out.year === null) {
    // A year in brackets ("(2027)", "(March 2027)"), else the last year printed: a title's
    // own years ("… since 1990") come before the publication's.
    const bracketed = text.includes('(') ? /\((?:[A-Za-z]+\s)?((?:19|20)\d{2})\)/.exec(text) : null;
    let last: string | undefined;
    let n = 0;
    if (!bracketed) for (let m: RegExpExecArray | null = (BARE_YEAR.lastIndex = 0, null); n++ < 50 && (m = BARE_YEAR.exec(text)); ) {
      // "volume 289, issue 2001": a number labelled as the volume or issue is no year.
      if (!NUMBER_LABEL.test(text.slice(Math.max(0, m.index - 12), m.index))) last = m[1];
    }
    const yy = bracketed?.[1] ?? last;
    if (yy) out.year = Number(yy);
  }
  return out;
}
