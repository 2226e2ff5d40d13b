/**
 * Whether a short text reads as a place name as datelines print them ("Pittsburgh, PA",
 * "DULUTH, Minn.", "The Hague").
 * @packageDocumentation
 */

/** Words that open sentences or labels, never a place. */
const NOT_PLACE = /^(?:the|a|an|this|that|these|today|yesterday|tonight|now|update[ds]?|note|notes|editor'?s?|contact|contacts|media|embargo(?:ed)?|photo|image|video|caption|credit|source|abstract|background|summary|overview|headline|title|what|when|where|who|why|how|press|news|release|for|by|from|in|on|at|and|but|if|dr|prof|professor|mr|mrs|ms|researchers?|scientists?|study|more|about|related|link|links|email|phone|tel|web|website|click|read|see|watch|listen|share|download|q|a|correction|corrected|clarification|reminder|advisory|alert|attention|breaking|exclusive|feature|opinion|commentary|editorial|analysis|interview|podcast|webinar|event|events|invitation|announcement|statement|reaction|factsheet|explainer|revised|revision|published|posted|released|issued|dated?|time|timestamp|deadline|location|venue|modified|last|urgent|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i;
const PLACE_WORD = /^(?:\p{Lu}[\p{L}'’.&\u2010\u2011-]*|\p{Lu}\.|of|and|de|la|las|los|le|les|du|del|della|da|do|dos|das|am|an|der|im|upon|on|sur|en|es|y|the|au|aux|di|van|von|bei|ob)$/u;

/**
 * True when `text` reads as a place name ("Pittsburgh, PA", "DULUTH, Minn.", "Stony Creek, NY",
 * "The Hague"); `strong` when a date or brackets vouch for it, else capitals or "City, State" are needed.
 */
export function isPlace(text: string, strong: boolean): boolean {
  if (text.length > 80) return false;
  const p = text.replace(/[\s,]+$/, '').trim();
  if (p.length < 2 || p.length > 60 || /[\d"“”«»@\\()[\]]/.test(p)) return false;
  if ((p.match(/,/g) ?? []).length > 2) return false;
  // "BERLIN/MUNICH", "Bonn/Berlin", "Kampala / Nairobi": two places joined by a slash, each a name of three letters or more.
  if (p.includes('/') && !/^[^/]*\p{Lu}[\p{L}.'’ -]{2,30}\/\s?\p{Lu}[\p{L}.'’ -]{2,30}(?:,[^/]*)?$/u.test(p)) return false;
  const words = p.split(/[\s,/]+/).filter(Boolean);
  // A long name with its island, state or country after commas ("SANTA CRUZ DE TENERIFE, Canary Islands, Spain") may run to eight words.
  if (words.length === 0 || words.length > (p.includes(',') && p.indexOf(',') <= 40 ? 8 : 6)) return false;
  if (!words.every((w) => PLACE_WORD.test(w))) return false;
  // "The Hague", "THE HAGUE": a leading article before a capitalised name is part of the place.
  const name = words.length > 1 && /^the$/i.test(words[0]!) && /^\p{Lu}/u.test(words[1]!) ? words.slice(1) : words;
  // "Tel Aviv", "TEL AVIV": "Tel" before a capitalised name is a city's, not a phone's label.
  const telCity = name.length > 1 && /^tel$/i.test(name[0]!) && /^\p{Lu}/u.test(name[1]!);
  if ((NOT_PLACE.test(name[0]!) && !telCity) || !/^\p{Lu}/u.test(words[0]!)) return false;
  if (strong) return true;
  // Without a date or brackets, a place is in capitals ("MINNEAPOLIS") or "City, State".
  return /^\p{Lu}[\p{Lu}.'’&-]+$/u.test(words[0]!) || /,\s{0,3}\p{Lu}/u.test(p);
}
