/**
 * Institutions' names as release heads print them: a name shaped line, a head noun of an
 * institution ("University", "Institute", "Hospital"), and the name's own acronym in brackets.
 * Shared by the section parser (a joint release's label names its partners) and the headline
 * strategies (site names, letterheads).
 * @packageDocumentation
 */

/** A name's own acronym in brackets at its end ("Institute for Basic Science (IBS)"). */
const NAME_ACRONYM = /\s\(\p{Lu}[\p{Lu}\p{Ll}\d&-]{1,11}\)$/u;

/** A name without its bracketed acronym ("Institute for Basic Science (IBS)" gives "Institute for Basic Science"). */
export const dropAcronym = (t: string): string => (t.endsWith(')') ? t.replace(NAME_ACRONYM, '') : t);

/** The head nouns of an institution's name. */
const ORG_HEAD = /^(?:University|Universit(?:y|ät|at|é|à|eit|et|ad|ade)|College|Institutes?|Institut|Istituto|School|Hospital|Clinic|Centre|Center|Laboratory|Laboratories|Academy|Faculty|Department|Foundation|Observatory|Museum|Zoo|Aquarium|Gardens?|Society|Association|Council|Agency|Ministry|Union|Unit|Corporation|Organi[sz]ation)$/;

/**
 * True for the name of an institution of up to eight words ("Seoul National University College of
 * Medicine", "University of Cape Town"): capitalised words with a head noun of an institution, where
 * every word after the first head noun is another head noun, a joining word, or part of an "of" or
 * "for" phrase of at most three capitalised words ("Rice University Opens New Lab" is no name).
 */
export function isOrgName(t: string): boolean {
  t = dropAcronym(t);
  if (!nameShaped(t, 8, 80)) return false;
  const words = t.split(' ');
  const first = words.findIndex((w) => ORG_HEAD.test(w));
  if (first < 0) return false;
  let phrase = -1;
  // After "and" or "&" that follows a head noun, up to three capitalised words and another head noun ("Zoo & Botanic Garden", "Museum and Art Gallery").
  let joined = -1;
  for (const w of words.slice(first + 1)) {
    if (ORG_HEAD.test(w)) phrase = joined = -1;
    else if (joined >= 0 && joined < 3 && /^\p{Lu}/u.test(w)) joined++;
    else if (joined >= 0) return false;
    else if (/^(?:of|for|de|di|du|del|della|delle|degli)$/.test(w)) phrase = 0;
    else if (/^(?:the|and|&)$/.test(w) && phrase >= 0) continue;
    else if (/^(?:and|&)$/.test(w) && phrase === -1) joined = 0;
    else if (phrase >= 0 && phrase < 3 && /^\p{Lu}/u.test(w)) phrase++;
    else return false;
  }
  return phrase !== 0 && joined < 0;
}

/** A short line shaped like a name: at most `maxWords` capitalised words (and `maxLength` characters), no sentence punctuation or quotation marks. */
export function nameShaped(t: string, maxWords = 5, maxLength = 60): boolean {
  if (t.length > maxLength || /[.!?:;,"“”]$/.test(t) || /["“”]/.test(t)) return false;
  const words = t.split(' ');
  return words.length <= maxWords && words.every((w) => /^(?:[\p{Lu}\d&]|of|the|and|for|at|in|de|du|des|la|le|di|(?:do|da|o|y|von|van|der|del|della|delle|degli)$)/u.test(w));
}
