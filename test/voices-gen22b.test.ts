import { describe, expect, it } from 'vitest';
import { isTranslation } from '../src/extractors/quote/translation.js';
import { recordOf } from './support/invented.js';

const head = 'Geologists map a hidden fault under Lake Morvan\n\nBRESSEY, Switzerland — March 3, 2031 — Seismologists have found an active fault beneath the lake floor.\n\n';
const quotesOf = (text: string): Array<[string | null, string]> => recordOf(text, 'txt').quotes.map((q) => [q.speaker, q.text]);

describe('quotes: a translation in brackets after the quote', () => {
  it('joins a bracketed translation with a cue after it to the quote ("(“…” Translation: X.)")', () => {
    const text = `${head}“La faille était là depuis toujours, nous ne savions pas où regarder,” says Dr. Claire Morand, a seismologist at the institute. (“The fault was always there, we did not know where to look.” Translation: Institute press office.)\n\nThe team used a new sensor array.\n`;
    expect(quotesOf(text)).toEqual([
      ['Claire Morand', 'La faille était là depuis toujours, nous ne savions pas où regarder, The fault was always there, we did not know where to look.'],
    ]);
  });

  it('joins a translation opened by its cue ("(English translation: “…”)")', () => {
    const text = `${head}“Die Verwerfung war schon immer da, wir wussten nur nicht wo,” said Jonas Albrecht, a geophysicist. (English translation: “The fault was always there, we just did not know where.”)\n`;
    expect(quotesOf(text)).toEqual([
      ['Jonas Albrecht', 'Die Verwerfung war schon immer da, wir wussten nur nicht wo, The fault was always there, we just did not know where.'],
    ]);
  });

  it('joins the original-language sentence printed alone in brackets after the attribution', () => {
    const text = `${head}"It is the first fault of this age known under an Alpine lake," said co-director Pierre-Louis Vaudan. ("C'est la première faille de cet âge connue sous un lac alpin.")\n`;
    expect(quotesOf(text)).toEqual([
      ['Pierre-Louis Vaudan', "It is the first fault of this age known under an Alpine lake, C'est la première faille de cet âge connue sous un lac alpin."],
    ]);
  });

  it('keeps a bracketed title in title case out of the quotes, even ending on a full stop', () => {
    const text = `${head}"We finally have a map of the whole fault system under the lake," said Jonas Albrecht. ("Mapping Active Faults Beneath Alpine Lakes With Sensors.")\n`;
    expect(quotesOf(text)).toEqual([['Jonas Albrecht', 'We finally have a map of the whole fault system under the lake,']]);
  });

  it('keeps a parenthetical title after a quote out of the quotes', () => {
    const text = `${head}“We finally have a map of the whole fault system under the lake,” said Jonas Albrecht. (“Mapping Active Faults Beneath Alpine Lakes With Ocean Sensors” appears in Geology.)\n`;
    expect(quotesOf(text)).toEqual([['Jonas Albrecht', 'We finally have a map of the whole fault system under the lake,']]);
  });

  it('reads a translation cue only inside the bracket and only after an earlier quote', () => {
    expect(isTranslation(true, ' says X. (', ' Translation: press office.)')).toBe(true);
    expect(isTranslation(false, ' says X. (', ' Translation: press office.)')).toBe(false);
    expect(isTranslation(true, ' says X. (', ') The translation was checked.')).toBe(false);
    expect(isTranslation(true, ' in the study (', ' in Geology.)')).toBe(false);
    expect(isTranslation(true, ' said X. (', ')', 'We were wrong about the lake.')).toBe(true);
    expect(isTranslation(true, ' the study (', ')', 'We were wrong about the lake.')).toBe(false);
    expect(isTranslation(true, ' said X. (', ')', 'Faults under the lake')).toBe(false);
  });
});

describe('quotes: the original-language quote right before its attributed translation', () => {
  it('gives an opening quote with no attribution the speaker of the translation in brackets after it', () => {
    const text = `${head}“Nous avons trouvé la faille presque intacte, avec des traces de glissement.” (“We found the fault almost intact, with traces of slip still on it,” says Dr Hélène Castagnou, a geologist at the institute.)\n`;
    expect(quotesOf(text)).toEqual([
      ['Hélène Castagnou', 'Nous avons trouvé la faille presque intacte, avec des traces de glissement. We found the fault almost intact, with traces of slip still on it,'],
    ]);
  });

  it('prefers the paragraph\'s own speaker over the speaker of the paragraph before', () => {
    const text = `${head}"We finally have a map of the whole fault system under the lake," said Jonas Albrecht.\n\n“Es war eine Überraschung für das ganze Team im Labor.” “It was a surprise for the whole team in the lab,” said Mareike Thalmann.\n`;
    expect(quotesOf(text)).toEqual([
      ['Jonas Albrecht', 'We finally have a map of the whole fault system under the lake,'],
      ['Mareike Thalmann', 'Es war eine Überraschung für das ganze Team im Labor. It was a surprise for the whole team in the lab,'],
    ]);
  });
});
