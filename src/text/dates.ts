/**
 * A parser for dates as press releases print them: US and European orders, full, abbreviated
 * and dotted month names ("Sept.", "Jan."), ordinals, weekday names, ISO, `9-Oct-2019` and `2019年10月9日`.
 * @packageDocumentation
 */

/** A date found in text, with where it was printed. */
export interface DateMatch {
  /** `YYYY-MM-DD`, or null when the year was not printed. */
  iso: string | null;
  year: number | null;
  month: number;
  day: number;
  /** The printed weekday (0 = Sunday), or null when none was printed. */
  weekday: number | null;
  /** Offset of the match (weekday included) in the searched text. */
  index: number;
  /** Offset just past the match. */
  end: number;
  /** The date as printed. */
  text: string;
}

/** Options for {@link findDates}. */
export interface FindDatesOptions {
  /** Also accept dates printed without a year ("March 17"); default false. */
  allowNoYear?: boolean;
  /** Also read numeric dates (`28/04/2017`, `12.05.2017`, `28-04-2017`, `2017/04/28`): day first unless only month first is possible; default false. */
  numeric?: boolean;
}

/** Month names and their abbreviations (English, with German and French spellings, and Italian full names). */
const MONTH =
  '(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|f[ée]vr(?:ier)?|mar(?:ch|s)?|m[äa]e?rz|apr(?:il)?|avr(?:il)?|may|mai|june?|juin|juni|july?|juil(?:let)?|juli|aug(?:ust)?|ao[uû]t|sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|d[ée]c(?:embre)?|dez(?:ember)?)';
/** Weekday names and their abbreviations. */
const WEEKDAY = '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';
const WD_PREFIX = `(?:(${WEEKDAY})\\.?,?\\s{1,3})?`;
const ORD = '(?:st|nd|rd|th|\\.)?';

/** `Monday, February 2nd, 2017`, `Feb. 2 2017`, `Sept. 14`, `March 4 (Wed), 2037` (US order; a weekday in brackets after the day, as East Asian offices print it). */
const US = new RegExp(`\\b${WD_PREFIX}(${MONTH})\\.?\\s{1,3}(\\d{1,2})${ORD}(?![\\d:])(?:\\s{0,2}\\(${WEEKDAY}\\.?\\))?(?:,?\\s{1,3}(\\d{4})\\b)?`, 'gi');
/** `Monday 2 February 2017`, `12th of May, 2017`, `Monday the 2nd of February 2017`, `12. Mai 2017` (European order). */
const EU = new RegExp(`\\b${WD_PREFIX}(?:the\\s{1,3})?(\\d{1,2})${ORD}(?:\\s{1,3}of)?\\s{1,3}(${MONTH})\\b\\.?(?:,?\\s{1,3}(\\d{4})\\b)?`, 'gi');
/** `9-Oct-2019`, `06 Aug 2020` is EU. */
const DMY_DASH = new RegExp(`\\b${WD_PREFIX}(\\d{1,2})-(${MONTH})\\.?-(\\d{4})\\b`, 'gi');
/** `2017-02-02`, also the date of `2017-02-02T10:00:00Z`. */
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
/** `28/04/2017`, `12.05.17`, `4/28/2017`. */
const NUMERIC = new RegExp(`\\b${WD_PREFIX}(\\d{1,2})([./])(\\d{1,2})\\3(\\d{4}|\\d{2})(?![\\d/]|\\.\\d)`, 'gi');
/** `11-03-2027` (day first, as `28/04/2017`; `03-14-2027` month first), only with a four-digit year. */
const NUMERIC_DASH = new RegExp(`\\b${WD_PREFIX}(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![\\d-])`, 'gi');
/** `2027/03/11` or `2027.03.11` (as East Asian offices print it): year, month, day. */
const YMD_SLASH = new RegExp(`\\b${WD_PREFIX}(?<![/.])(\\d{4})([/.])(\\d{1,2})\\3(\\d{1,2})(?![\\d/]|\\.\\d)`, 'gi');

/** `2031. 3. 14.` (as Korean offices print it): year, month and day, each closed by a dot, spaced (numeric only). */
const YMD_SPACED = /(?<![\d.])(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.(?!\d)/g;
/** `2031-3-14`: year, month and day with a one-digit month or day (numeric only; `2031-03-14` is ISO). */
const ISO_LOOSE = /(?<![\d+\-./])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d\-./])/g;
/** Spanish, Portuguese and Catalan month names, as Latin American and Iberian offices print them inside English releases. */
const ROMANCE_MONTH =
  '(enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|gener|febrer|març|maig|juny|juliol|agost|setembre|novembre|desembre)';
/** `14 de marzo de 2031`, `1º de março de 2031`, `14 de marzo del 2031`, `14 de marzo`, `11 de març de 2031`, `3 d'abril de 2031` (Spanish, Portuguese and Catalan). */
const DE_DATE = new RegExp(`\\b(\\d{1,2})[º°]?\\s{1,3}(?:de\\s{1,3}|d['’])${ROMANCE_MONTH}(?![\\p{L}])(?:,?\\s{1,3}(?:de|del)\\s{1,3}(\\d{4})\\b)?`, 'giu');
/**
 * Dutch, Scandinavian, Indonesian and Polish month names that the English list lacks ("januari", "maart", "mei",
 * "augustus", "maj", "marts", "desember", the Indonesian "maret" and "agustus", and the Polish genitives
 * "stycznia" … "grudnia"), read only
 * after a day ("3 december", "3. desember", "3 grudnia 2031"), never as a month first.
 */
const NORTH_MONTH =
  '(januari|februari|maart|maret|mei|augustus|augusti|agustus|marts|maj|desember|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze\u015bnia|pa\u017adziernika|listopada|grudnia)';
/** `3 maart 2031`, `3. desember 2031`, `3 grudnia 2031` (day first). */
const NORTH_DATE = new RegExp(`\\b(\\d{1,2})\\.?\\s{1,3}${NORTH_MONTH}(?![\\p{L}])(?:,?\\s{1,3}(\\d{4})\\b)?`, 'giu');
/** Month numbers of the names in {@link NORTH_MONTH}. */
const NORTH_KEYS: Readonly<Record<string, number>> = {
  januari: 1, februari: 2, maart: 3, maret: 3, mei: 5, augustus: 8, augusti: 8, agustus: 8, marts: 3, maj: 5, desember: 12,
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8,
  'wrze\u015bnia': 9, 'pa\u017adziernika': 10, listopada: 11, grudnia: 12,
};

/**
 * Czech, Croatian, Slovenian, Serbian, Slovak, Russian, Ukrainian and Greek genitive, Romanian, Estonian, Finnish (partitive), Bulgarian, Turkish, Malay ("Mac", "Julai", "Ogos", "Disember") and accented Icelandic month names (Croatian "listopada", October, is left out: Polish reads it as November) ("3. prosince 2031", "3 Δεκεμβρίου 2031", "3 Aralık 2031", "3. apríl 2031"),
 * read only after a day and before a four-digit year, so a bare "Mart" or "Ekim" is never a date.
 */
const DAY_FIRST_MONTH =
  '(ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|studenog|prosinca|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|mac|julai|ogos|disember|janúar|febrúar|apríl|maí|júní|júlí|ágúst|október|nóvember|ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|jaanuar|veebruar|märts|aprill|juuni|juuli|oktoober|detsember|januarja|februarja|aprila|junija|julija|avgusta|septembra|oktobra|novembra|decembra|januara|februara|marta|juna|jula|januára|februára|apríla|mája|júna|júla|augusta|októbra|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември)';
/** `3. prosince 2031`, `3 Aralık 2031`, `3 Δεκεμβρίου 2031`: day, month, year (the year required). */
const DAY_FIRST_DATE = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s{1,3}${DAY_FIRST_MONTH}(?![\\p{L}])\\s{1,3}(\\d{4})\\b`, 'giu');
/** Month numbers of the names in {@link DAY_FIRST_MONTH}, lower-cased. */
const DAY_FIRST_KEYS: Readonly<Record<string, number>> = {
  ledna: 1, 'února': 2, 'března': 3, dubna: 4, 'května': 5, 'června': 6, 'července': 7, srpna: 8, 'září': 9, 'října': 10, listopadu: 11, prosince: 12,
  'siječnja': 1, 'veljače': 2, 'ožujka': 3, travnja: 4, svibnja: 5, lipnja: 6, srpnja: 7, kolovoza: 8, rujna: 9, studenoga: 11, studenog: 11, prosinca: 12,
  ocak: 1, 'şubat': 2, mart: 3, nisan: 4, 'mayıs': 5, haziran: 6, temmuz: 7, 'ağustos': 8, 'eylül': 9, ekim: 10, 'kasım': 11, 'aralık': 12,
  mac: 3, julai: 7, ogos: 8, disember: 12,
  'janúar': 1, 'febrúar': 2, 'apríl': 4, 'maí': 5, 'júní': 6, 'júlí': 7, 'ágúst': 8, 'október': 10, 'nóvember': 11,
  'ιανουαρίου': 1, 'φεβρουαρίου': 2, 'μαρτίου': 3, 'απριλίου': 4, 'μαΐου': 5, 'ιουνίου': 6, 'ιουλίου': 7, 'αυγούστου': 8,
  'σεπτεμβρίου': 9, 'οκτωβρίου': 10, 'νοεμβρίου': 11, 'δεκεμβρίου': 12,
  // Romanian.
  ianuarie: 1, februarie: 2, martie: 3, aprilie: 4, iunie: 6, iulie: 7, septembrie: 9, octombrie: 10, noiembrie: 11, decembrie: 12,
  // Estonian.
  jaanuar: 1, veebruar: 2, 'märts': 3, aprill: 4, juuni: 6, juuli: 7, oktoober: 10, detsember: 12,
  // Slovenian, Serbian and Slovak.
  januarja: 1, februarja: 2, aprila: 4, junija: 6, julija: 7, avgusta: 8, septembra: 9, oktobra: 10, novembra: 11, decembra: 12, januara: 1, februara: 2, marta: 3, juna: 6, jula: 7, 'januára': 1, 'februára': 2, 'apríla': 4, 'mája': 5, 'júna': 6, 'júla': 7, augusta: 8, 'októbra': 10,
  // Finnish.
  tammikuuta: 1, helmikuuta: 2, maaliskuuta: 3, huhtikuuta: 4, toukokuuta: 5, 'kesäkuuta': 6, 'heinäkuuta': 7, elokuuta: 8, syyskuuta: 9, lokakuuta: 10, marraskuuta: 11, joulukuuta: 12,
  // Russian.
  'января': 1, 'февраля': 2, 'марта': 3, 'апреля': 4, 'мая': 5, 'июня': 6, 'июля': 7, 'августа': 8, 'сентября': 9, 'октября': 10, 'ноября': 11, 'декабря': 12,
  // Ukrainian.
  'січня': 1, 'лютого': 2, 'березня': 3, 'квітня': 4, 'травня': 5, 'червня': 6, 'липня': 7, 'серпня': 8, 'вересня': 9, 'жовтня': 10, 'листопада': 11, 'грудня': 12,
  // Bulgarian.
  'януари': 1, 'февруари': 2, 'март': 3, 'април': 4, 'май': 5, 'юни': 6, 'юли': 7, 'август': 8, 'септември': 9, 'октомври': 10, 'ноември': 11, 'декември': 12,
};
/** Hungarian month names, printed after the year ("2031. december 3."). */
const HUNGARIAN_MONTH = '(január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)';
/** `2031. december 3.` (Hungarian): a year with its dot, the month, then the day with its dot. */
const YEAR_FIRST_DATE = new RegExp(`(?<![\\p{L}\\d.])(\\d{4})\\.\\s{1,3}${HUNGARIAN_MONTH}\\s{1,3}(\\d{1,2})\\.(?!\\d)`, 'giu');
/** Month numbers of the names in {@link HUNGARIAN_MONTH}. */
const HUNGARIAN_KEYS: Readonly<Record<string, number>> = {
  'január': 1, 'február': 2, 'március': 3, 'április': 4, 'május': 5, 'június': 6, 'július': 7, augusztus: 8,
  szeptember: 9, 'október': 10, november: 11, december: 12,
};

/** Latvian month names, locative ("martā") or nominative ("marts"), printed after "gada" and the day. */
const LATVIAN_MONTH = '(janvārī|janvāris|februārī|februāris|martā|marts|aprīlī|aprīlis|maijā|maijs|jūnijā|jūnijs|jūlijā|jūlijs|augustā|augusts|septembrī|septembris|oktobrī|oktobris|novembrī|novembris|decembrī|decembris)';
/** `2031. gada 3. decembrī` (Latvian): the year with its dot, "gada", the day with its dot, then the month. */
const LATVIAN_DATE = new RegExp(`(?<![\\p{L}\\d.])(\\d{4})\\.\\s{1,3}gada\\s{1,3}(\\d{1,2})\\.\\s{1,3}${LATVIAN_MONTH}(?![\\p{L}])`, 'giu');
/** The month number of a Latvian month name, by its first three letters. */
const LATVIAN_KEYS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, mai: 5, 'jūn': 6, 'jūl': 7, aug: 8, sep: 9, okt: 10, nov: 11, dec: 12,
};

/** Lithuanian month names in the genitive, printed after the year ("2031 m. gruodžio 3 d."). */
const LITHUANIAN_MONTH = '(sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio)';
/** `2031 m. gruodžio 3 d.` (Lithuanian): the year, "m." (metų), the month, then the day and "d." (diena). */
const LITHUANIAN_DATE = new RegExp(`(?<![\\p{L}\\d.])(\\d{4})\\s{0,2}m\\.\\s{1,3}${LITHUANIAN_MONTH}\\s{1,3}(\\d{1,2})\\s{0,2}d\\.`, 'giu');
/** Month numbers of the names in {@link LITHUANIAN_MONTH}. */
const LITHUANIAN_KEYS: Readonly<Record<string, number>> = {
  sausio: 1, vasario: 2, kovo: 3, 'balandžio': 4, 'gegužės': 5, 'birželio': 6, liepos: 7, 'rugpjūčio': 8, 'rugsėjo': 9, spalio: 10, 'lapkričio': 11, 'gruodžio': 12,
};

/** `2031年12月3日` (Chinese and Japanese): year, month and day each closed by its character, the year required. */
const CJK_DATE = /(?<!\d)(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/g;

/** Month numbers of Spanish, Portuguese and Catalan month names, by their first three letters. */
const ROMANCE_KEYS: Readonly<Record<string, number>> = {
  ene: 1, jan: 1, gen: 1, des: 12, feb: 2, fev: 2, mar: 3, abr: 4, may: 5, mai: 5, jun: 6, jul: 7, ago: 8,
  sep: 9, set: 9, oct: 10, out: 10, nov: 11, dic: 12, dez: 12,
};

/** A digit, as `\d` matches in the patterns above. */
const ANY_DIGIT = /\d/;

const MONTH_WORD = new RegExp(`^${MONTH}\\.?$`, 'i');

const MONTH_KEYS: ReadonlyArray<[RegExp, number]> = [
  [/^jan/, 1], [/^f[ée]v|^feb/, 2], [/^m[äa]e?r/, 3], [/^a[pv]r/, 4], [/^ma[iy]/, 5], [/^jui?n/, 6],
  [/^jul|^juil/, 7], [/^au|^ao/, 8], [/^sep/, 9], [/^o[ck]t/, 10], [/^nov/, 11], [/^d[ée][cz]/, 12],
  // Italian full names ("gennaio", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "dicembre").
  [/^gen/, 1], [/^mag/, 5], [/^giu/, 6], [/^lug/, 7], [/^ago/, 8], [/^set/, 9], [/^ott/, 10], [/^dic/, 12],
];

/** The month number (1-12) of a printed month name or abbreviation, or null. */
export function monthNumber(word: string): number | null {
  if (!MONTH_WORD.test(word.trim())) return null;
  const w = word.trim().toLowerCase().replace(/\./g, '');
  // "juin"/"juni" are June, "juil"/"juli" July: test July before the June prefix.
  if (/^jul|^juil/.test(w)) return 7;
  for (const [re, n] of MONTH_KEYS) if (re.test(w)) return n;
  return null;
}

/** The weekday number (0 = Sunday) of a printed weekday name, or null. */
export function weekdayNumber(word: string): number | null {
  const w = word.toLowerCase().slice(0, 2);
  const i = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'].indexOf(w);
  return i < 0 ? null : i;
}

/** The weekday (0 = Sunday) a calendar date falls on. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The English name of a weekday number. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** True when year-month-day is a real calendar date (1900-2100). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  // Whole numbers (all that dates are read as) by arithmetic; anything else through Date, as always.
  if (!Number.isInteger(year) || !Number.isInteger(month)) return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth(year, month);
}

/** Days in a month of the Gregorian calendar (month 1-12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` of a calendar date. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A weekday mismatch: the printed weekday and the one the date falls on. */
export interface WeekdayMismatch {
  printed: string;
  actual: string;
}

/** The mismatch between a match's printed weekday and its date, or null when they agree or cannot be told. */
export function weekdayMismatch(d: DateMatch): WeekdayMismatch | null {
  if (d.weekday === null || d.year === null) return null;
  const actual = weekdayOf(d.year, d.month, d.day);
  return actual === d.weekday ? null : { printed: WEEKDAY_NAMES[d.weekday]!, actual: WEEKDAY_NAMES[actual]! };
}

function make(text: string, m: RegExpExecArray, weekday: string | undefined, year: number | null, month: number | null, day: number): DateMatch | null {
  if (month === null) return null;
  if (year !== null ? !isValidDate(year, month, day) : !isValidDate(2000, month, day)) return null;
  return {
    iso: year === null ? null : isoDate(year, month, day),
    year,
    month,
    day,
    weekday: weekday ? weekdayNumber(weekday) : null,
    index: m.index,
    end: m.index + m[0].length,
    text: text.slice(m.index, m.index + m[0].length).trim(),
  };
}

/**
 * Every date printed in `text`, in order, overlaps resolved in favour of the longer match.
 * Dates without a year are kept only with `allowNoYear`.
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMatch[] {
  const found: DateMatch[] = [];
  // Every form holds a digit: text without one holds no date.
  if (!ANY_DIGIT.test(text)) return found;
  const scan = (re: RegExp, build: (m: RegExpExecArray) => DateMatch | null): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const d = build(m);
      if (d && (d.year !== null || options.allowNoYear)) found.push(d);
    }
  };
  scan(US, (m) => make(text, m, m[1], m[4] ? Number(m[4]) : null, monthNumber(m[2]!), Number(m[3])));
  scan(EU, (m) => make(text, m, m[1], m[4] ? Number(m[4]) : null, monthNumber(m[3]!), Number(m[2])));
  scan(DMY_DASH, (m) => make(text, m, m[1], Number(m[4]), monthNumber(m[3]!), Number(m[2])));
  scan(ISO, (m) => make(text, m, undefined, Number(m[1]), Number(m[2]), Number(m[3])));
  // Spanish and Portuguese dates ("14 de marzo de 2031"): only where " de " is printed.
  if (text.includes(' de ') || text.includes(' d\'') || text.includes(' d’')) scan(DE_DATE, (m) => make(text, m, undefined, m[3] ? Number(m[3]) : null, ROMANCE_KEYS[m[2]!.slice(0, 3).toLowerCase()] ?? null, Number(m[1])));
  scan(NORTH_DATE, (m) => make(text, m, undefined, m[3] ? Number(m[3]) : null, NORTH_KEYS[m[2]!.toLowerCase()] ?? null, Number(m[1])));
  scan(DAY_FIRST_DATE, (m) => make(text, m, undefined, Number(m[3]), DAY_FIRST_KEYS[m[2]!.toLowerCase()] ?? null, Number(m[1])));
  if (text.includes('年')) scan(CJK_DATE, (m) => make(text, m, undefined, Number(m[1]), Number(m[2]), Number(m[3])));
  scan(YEAR_FIRST_DATE, (m) => make(text, m, undefined, Number(m[1]), HUNGARIAN_KEYS[m[2]!.toLowerCase()] ?? null, Number(m[3])));
  if (text.includes('m. ')) scan(LITHUANIAN_DATE, (m) => make(text, m, undefined, Number(m[1]), LITHUANIAN_KEYS[m[2]!.toLowerCase()] ?? null, Number(m[3])));
  if (text.includes(' gada ')) scan(LATVIAN_DATE, (m) => make(text, m, undefined, Number(m[1]), LATVIAN_KEYS[m[3]!.toLowerCase().slice(0, 3)] ?? null, Number(m[2])));
  if (options.numeric) {
    scan(NUMERIC, (m) => {
      const a = Number(m[2]);
      const b = Number(m[4]);
      const y = m[5]!.length === 2 ? 2000 + Number(m[5]) : Number(m[5]);
      // Day first (European), unless only month-first makes a date (4/28/2017), or the weekday
      // printed with it fits month first only ("Thu, 03/11/2027" is Thursday 11 March).
      if (m[3] === '/' && a <= 12 && b <= 12 && a !== b && m[1]) {
        const n = weekdayNumber(m[1]);
        if (n !== null && isValidDate(y, a, b) && weekdayOf(y, a, b) === n && (!isValidDate(y, b, a) || weekdayOf(y, b, a) !== n)) return make(text, m, m[1], y, a, b);
      }
      if (a <= 31 && b <= 12) return make(text, m, m[1], y, b, a);
      // "03.14.2031": dots in US order only when the second number cannot be a month and the year has four digits.
      return m[3] === '/' || (m[5]!.length === 4 && a <= 12) ? make(text, m, m[1], y, a, b) : null;
    });
    // "03-14-2031": month first only when the second number cannot be a month.
    scan(NUMERIC_DASH, (m) => (Number(m[3]) <= 12 ? make(text, m, m[1], Number(m[4]), Number(m[3]), Number(m[2])) : Number(m[2]) <= 12 ? make(text, m, m[1], Number(m[4]), Number(m[2]), Number(m[3])) : null));
    scan(YMD_SLASH, (m) => make(text, m, m[1], Number(m[2]), Number(m[4]), Number(m[5])));
    if (text.includes('. ')) scan(YMD_SPACED, (m) => make(text, m, undefined, Number(m[1]), Number(m[2]), Number(m[3])));
    // "2031-3-14": a year first with an unpadded month or day.
    scan(ISO_LOOSE, (m) => (m[2]!.length === 1 || m[3]!.length === 1 ? make(text, m, undefined, Number(m[1]), Number(m[2]), Number(m[3])) : null));
  }
  found.sort((x, y) => x.index - y.index || y.end - x.end);
  const out: DateMatch[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.index < last.end) {
      // Prefer the match that carries a year, then the longer one.
      if ((last.year === null && d.year !== null) || (last.year === d.year && d.end - d.index > last.end - last.index)) out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}

/** The first date with a year printed in `text`, or null. */
export function parseDate(text: string, options: FindDatesOptions = {}): DateMatch | null {
  return findDates(text, options).find((d) => d.year !== null) ?? null;
}
