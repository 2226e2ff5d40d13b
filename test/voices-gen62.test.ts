import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

/** A short release whose closing paragraphs are `tail`. */
const release = (tail: string): string =>
  [
    'Kelp forests hold their ground after a marine heatwave',
    '',
    'HOBART, 9 March 2039 - Giant kelp along the east coast held on through the 2038 heatwave where urchins were kept in check, a survey of 40 reefs shows.',
    '',
    tail,
    '',
  ].join('\n');

describe('a Slavic or Spanish "and" between two names of two words joins two people', () => {
  it.each([
    ['„Ovo je bio najtopliji februar koji smo ikada izmerili na ovim grebenima“, dodao je doc. dr Vuk Jovanović.', 'Vuk Jovanović'],
    ['«Nunca habíamos visto el bosque de algas tan denso en invierno», explicó la investigadora Lucía Ramos Peña.', 'Lucía Ramos Peña'],
  ])('%s', (quote, speaker) => {
    const authors = quote.includes('Vuk') ? 'Autori su Vuk Jovanović i Mila Kostić.' : 'Los autores son Lucía Ramos Peña y Tomás Gil Reyes.';
    const text = release(`${authors}\n\n${quote}\n\nDOI: 10.1111/gcb.18004`);
    expect(speakersOf(text, 'txt').map(([s]) => s)).toEqual([speaker]);
  });

  it('keeps a joining particle before one family name ("Ramón y Cajal") in the name', () => {
    const text = release('"The reefs with fewer urchins kept nearly all of their kelp canopy," said Dr. Santiago Ramón y Cajal, who led the survey.');
    expect(speakersOf(text, 'txt').map(([s]) => s)).toEqual(['Santiago Ramón y Cajal']);
  });
});

describe('Serbian "navodi X" after a quote names its speaker', () => {
  it('reads the second speaker, not the first', () => {
    const text = release(
      '„Gotovo svaki greben koji smo posetili imao je manje ježeva nego ranije“, kaže prof. dr Jelena Marković.\n\n„Prvi put imamo podatke za celu deceniju unazad na istim lokacijama“, navodi dr Marko Ilić.',
    );
    expect(speakersOf(text, 'txt').map(([s]) => s)).toEqual(['Jelena Marković', 'Marko Ilić']);
  });
});

describe('publication sentences of Serbian and Spanish releases name the journal', () => {
  it.each([
    ['Rezultati su objavljeni u časopisu Marine Ecology Progress Series. DOI: 10.3354/meps14521', 'Marine Ecology Progress Series'],
    ['Rad je objavljen u časopisu Global Change Biology. DOI: 10.3354/meps14521', 'Global Change Biology'],
    ['Los resultados se publicaron en la revista Marine Ecology Progress Series. DOI: 10.3354/meps14521', 'Marine Ecology Progress Series'],
  ])('%s', (sentence, journal) => {
    const [a] = articlesOf(release(sentence), 'txt');
    expect(a!.doi).toBe('10.3354/meps14521');
    expect(a!.journal).toBe(journal);
  });
});

describe('a journal named "… Materials" after a quoted title is no author', () => {
  it.each([
    ['Paper: "Seaweed cellulose binders for thick silicon anodes", Advanced Energy Materials, DOI: 10.1002/aenm.203901122', 'Advanced Energy Materials'],
    ['Paper: "Seaweed cellulose binders for thick silicon anodes", Advanced Materials, DOI: 10.1002/aenm.203901122', 'Advanced Materials'],
  ])('%s', (line, journal) => {
    const [a] = articlesOf(release(line), 'txt');
    expect(a!.authors).toEqual([]);
    expect(a!.journal).toBe(journal);
  });
});

describe('contact blocks of Spanish and Singapore offices', () => {
  it.each([
    ['Más información:\nValentina Ríos Álvarez\nPeriodista\nvalentina.rios@example.edu.co\n+57 604 219 1100', 'Valentina Ríos Álvarez', 'valentina.rios@example.edu.co'],
    ['Media contact:\nMs Rachel LIM\nAssistant Manager, Media Relations\nTel: +65 6516 0000\nEmail: rachel.lim@example.edu.sg', 'Rachel Lim', 'rachel.lim@example.edu.sg'],
  ])('%s', (block, name, email) => {
    const [c] = contactsOf(release(block), 'txt');
    expect(c!.slice(0, 2)).toEqual([name, email]);
  });

  it('does not read an office acronym in capitals as a family name without a title', () => {
    const text = release('Media contact:\nHumas UGM\nTel: (0274) 649 0000\nEmail: humas@example.ac.id');
    expect(recordOf(text).contacts.map((c) => c.name)).not.toContain('Humas Ugm');
  });
});
