import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf } from './support/invented.js';

const HEAD = 'Le lucciole tornano in città\n\nPadova, 3 aprile 2064 – Testo.\n\n';

describe('Italian labelled fields of round 64', () => {
  it.each([
    ['fields one a paragraph', 'Titolo: Urban recolonisation by fireflies after light curfews – «Ecology Letters» – 2064\n\nAutori: Giulia Ferro-Lanza, Marco Dalla Vecchia\n\nLink: https://doi.org/10.1111/ele.64011\n'],
    ['fields in one block', 'Titolo: Urban recolonisation by fireflies after light curfews – «Ecology Letters» – 2064\nAutori: Giulia Ferro-Lanza, Marco Dalla Vecchia\nLink: https://doi.org/10.1111/ele.64011\n'],
  ])('reads %s', (_label, body) => {
    const a = articlesOf(HEAD + body)[0]!;
    expect(a.doi).toBe('10.1111/ele.64011');
    expect(a.title).toBe('Urban recolonisation by fireflies after light curfews');
    expect(a.journal).toBe('Ecology Letters');
    expect(a.year).toBe(2064);
    expect(a.authors.map((p) => p.family)).toEqual(['Ferro-Lanza', 'Dalla Vecchia']);
  });

  it('reads an "Ufficio Stampa" heading with its university after it', () => {
    const c = contactsOf(HEAD + 'DOI: 10.1111/ele.64012\n\nUfficio Stampa Università di Padova\nLivia Cortese-Marin, stampa@example.unipd.it, tel. 049 827 1199\n');
    expect(c).toEqual([['Livia Cortese-Marin', 'stampa@example.unipd.it', '049 827 1199']]);
  });

  it('leaves a lone "Titolo:" paragraph with no other field unread as a title (must not change)', () => {
    const a = articlesOf(HEAD + 'Titolo: dottore di ricerca in ecologia urbana\n\nLa ricerca è stata pubblicata su Ecology Letters. DOI: 10.1111/ele.64013\n')[0]!;
    expect(a.title).toBeNull();
  });
});

describe('Czech publication sentences of round 64', () => {
  it.each([
    ['"s názvem" and "vyšla v časopise"', 'Studie s názvem „Fireflies recolonise cities after light curfews“ vyšla v časopise Ecology Letters.\n\nDOI: 10.1111/ele.64014\n', 'Fireflies recolonise cities after light curfews', 'Ecology Letters'],
    ['"pod názvem" and "publikována v odborném časopise"', 'Práce pod názvem „Fireflies recolonise cities after light curfews“ byla publikována v odborném časopise Current Biology.\n\nDOI: 10.1016/j.cub.2064.01.011\n', 'Fireflies recolonise cities after light curfews', 'Current Biology'],
  ])('reads %s', (_label, body, title, journal) => {
    const a = articlesOf('Světlušky\n\nBrno, 3. dubna 2064 – Text.\n\n' + body)[0]!;
    expect(a.title).toBe(title);
    expect(a.journal).toBe(journal);
  });
});
