/**
 * Tells an East Asian family name printed in capitals ("LIU", "NAKAMURA", "CHOI") from an
 * acronym ("ETH", "UCL", "NASA") by its shape.
 * @packageDocumentation
 */

/** One Hanyu Pinyin syllable in capitals ("LIU", "ZHOU", "ZHANG", "XU"). */
const PINYIN =
  /^(?:ZH|CH|SH|[BPMFDTNLGKHJQXRZCSYW])?(?:IANG|IONG|UANG|ANG|ENG|ING|ONG|IAN|IAO|UAI|UAN|AI|AN|AO|EI|EN|ER|IA|IE|IN|IU|OU|UA|UE|UI|UN|UO|A|E|I|O|U|V)$/;

/** Common Korean family names as romanised ("KIM", "PARK", "CHOI"). */
const KOREAN = new Set(
  'KIM LEE PARK CHOI JUNG JEONG KANG CHO YOON YUN JANG LIM HAN SHIN SEO KWON HWANG AHN SONG YOO HONG JEON MOON YANG SON BAE BAEK NAM NOH RYU KOO GOO'.split(
    ' ',
  ),
);

/** Common Cantonese family names as Hong Kong romanises them ("CHEUNG", "LEUNG", "NG"), which Pinyin does not spell. */
const CANTONESE = new Set(
  'CHEUNG LEUNG YEUNG CHAN LAU TSANG NG KWOK CHOW CHIU TSE YIP TSUI SZE SIU MAK POON FUNG LAM CHEUK TAM LUI TSOI YUEN AU KO TO LO LAI HO LEE CHU CHOI KAN KONG KWAN LING MOK PANG SHEK SIN TONG WAI WAN YAU YIU'.split(' '),
);

/** True when `w`, in any case, is a common Cantonese family name as Hong Kong romanises it ("Leung", "Kwok"). */
export function cantoneseFamily(w: string): boolean {
  return CANTONESE.has(w.toUpperCase());
}

/** Japanese family names romanised: two or more kana syllables ("NAKAMURA", "SATO", "ITO"). */
const ROMAJI = /^(?:(?:SH|CH|TS|[KGSZTDNHBPMYRWJF])?[AIUEO]{1,2}N?){2,6}$/;

/** Acronyms that happen to read as romanised Japanese. */
const ROMAJI_ACRONYM = new Set(['NASA', 'JAXA', 'RIKEN', 'NOAA', 'ESA', 'USDA', 'FIFA', 'NATO', 'ASEAN', 'UNESCO', 'SEMA', 'DANA', 'MOMA', 'NAMI', 'SOHO']);

/** True when `w`, in capitals, reads as a Chinese (Pinyin or Cantonese), Korean or Japanese family name rather than an acronym. */
export function eastAsianFamily(w: string): boolean {
  if (w.length < 2 || w.length > 12) return false;
  if ((PINYIN.test(w) && (w.length > 2 || !/^[AEIOU]/.test(w))) || KOREAN.has(w) || CANTONESE.has(w)) return true;
  return w.length >= 3 && ROMAJI.test(w) && !ROMAJI_ACRONYM.has(w);
}

/** A Chinese given name of one or two Pinyin syllables ("Fang", "Youyou", "Xiaoyan"), in any case. */
const PINYIN_GIVEN =
  /^(?:(?:ZH|CH|SH|[BPMFDTNLGKHJQXRZCSYW])?(?:IANG|IONG|UANG|ANG|ENG|ING|ONG|IAN|IAO|UAI|UAN|AI|AN|AO|EI|EN|ER|IA|IE|IN|IU|OU|UA|UE|UI|UN|UO|A|E|I|O|U|V)){1,2}$/;

/**
 * True when `given` may follow the two-letter family name `family` ("LI Na", "TU Youyou"): a
 * two-letter family is Chinese, so its given name reads as Pinyin; "TU Delft" names a university.
 */
export function givenFitsFamily(family: string, given: string): boolean {
  return family.length !== 2 || (given.length <= 12 && PINYIN_GIVEN.test(given.toUpperCase()));
}
