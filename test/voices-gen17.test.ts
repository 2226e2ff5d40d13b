import { describe, expect, it } from 'vitest';
import { speakersOf, contactsOf } from './support/invented.js';

describe('Arabic names with "bint", "bin" and a lower-case "al-"', () => {
  it('keeps "bint" and the family name after an honorific', () => {
    const text = '# Reef heat\n\n"Corals in the Gulf already live at temperatures that would kill most reefs elsewhere," said Dr. Mariam bint Saeed Al-Ketbi, a marine biologist at the university.\n';
    expect(speakersOf(text)).toEqual([['Mariam bint Saeed Al-Ketbi', 'Corals in the Gulf alrea']]);
  });

  it('reads "al-Zahrani" with its article in lower case as the family name', () => {
    const text = '# Date palms\n\n"Every farm we visited had lost at least a tenth of its palms to the weevil," noted Professor Khalid bin Ahmed al-Zahrani of the agriculture faculty.\n';
    expect(speakersOf(text)).toEqual([['Khalid bin Ahmed al-Zahrani', 'Every farm we visited ha']]);
  });
});

describe('Korean names printed family name first', () => {
  it('reads "Park" before a hyphenated given name as a family name, not a park', () => {
    const text = '# Seaweed cells\n\nDr. Park Soo-jin, who was not involved in the work, highlighted the low cost: "A kilogram of this gel costs less than a cup of coffee in Seoul."\n';
    expect(speakersOf(text)).toEqual([['Park Soo-jin', 'A kilogram of this gel c']]);
  });
});

describe('an appositive with an indefinite article after a named speaker', () => {
  it('gives the quote to the person named before "a doctoral student"', () => {
    const text = '# Rice fields\n\nThe fields were drained twice. Hoang Thi Mai, a doctoral student, said: "We slept next to the gas chambers for most of the summer."\n';
    expect(speakersOf(text)).toEqual([['Hoang Thi Mai', 'We slept next to the gas']]);
  });
});

describe('a country named like a person in the dateline', () => {
  it('does not make "southern Africa" a second person before "he"', () => {
    const text = [
      '# Stork routes',
      '',
      '**Rehovot, Israel; Durban, South Africa — 4 May 2032**',
      '',
      'Dr. Sizwe Dlamini, a co-author in Durban, said that wintering sites in southern Africa were moving. "The birds now arrive almost a month later than they did," he said.',
      '',
    ].join('\n');
    expect(speakersOf(text)).toEqual([['Sizwe Dlamini', 'The birds now arrive alm']]);
  });
});

describe('mobile labels in Spanish, Portuguese and Japanese', () => {
  it('keeps a "Móvil:" line with the press officer above it', () => {
    const text = [
      '# Cactus genomes',
      '',
      '"These cacti store water in ways we did not expect from their genes," said Rosa Elena Vargas Durán.',
      '',
      '**Media contact**',
      '',
      'Inés Carolina Robles Mena',
      'Jefa de Prensa, Instituto de Ecología',
      'ines.robles@ecologia.unam.mx',
      'Tel. +52 55 5622 9876',
      'Móvil: 55 8765 4321',
      '',
    ].join('\n');
    expect(contactsOf(text)).toEqual([['Inés Carolina Robles Mena', 'ines.robles@ecologia.unam.mx', '+52 55 5622 9876']]);
  });

  it('keeps a "携帯:" line with the researcher above it', () => {
    const text = [
      '# Urchin larvae',
      '',
      '"The larvae read the colour of the light before they settle on a reef," said Aoi Fujimoto.',
      '',
      'Contact',
      'Aoi Fujimoto (researcher)',
      'Email: a.fujimoto@bs.example.ac.jp',
      'Tel: 03-5841-9876',
      '携帯: 090-8765-4321',
      '',
    ].join('\n');
    expect(contactsOf(text, 'txt')).toEqual([['Aoi Fujimoto', 'a.fujimoto@bs.example.ac.jp', '03-5841-9876']]);
  });
});
