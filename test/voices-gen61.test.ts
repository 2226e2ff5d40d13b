import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, speakersOf } from './support/invented.js';
import { parseNameList } from '../src/extractors/article/name-list.js';

/** A short release with one quote and a paper, the speaker named as `name`. */
const release = (name: string): string =>
  [
    'Seagrass meadows recover after dredging',
    '',
    'CEBU CITY, May 4, 2039 — Seagrass meadows off Bohol regrew within six years of a dredging project, according to a survey of 60 plots by marine scientists.',
    '',
    `"The meadows came back sooner than anyone expected, and they came back with the same species," said ${name}, a marine biologist and the study's lead author.`,
    '',
    'The study is published in Aquatic Botany, https://doi.org/10.1016/j.aquabot.2039.103811.',
    '',
  ].join('\n');

describe('an abbreviated given name the name goes on after', () => {
  it.each([
    ['Dr. Ma. Teresa Villanueva-Cruz', 'Ma. Teresa Villanueva-Cruz', 'Ma. Teresa', 'Villanueva-Cruz'],
    ['Md. Shafiqul Karim', 'Md. Shafiqul Karim', 'Md. Shafiqul', 'Karim'],
    ['Mohd. Hafiz Ismail', 'Mohd. Hafiz Ismail', 'Mohd. Hafiz', 'Ismail'],
  ])('%s', (printed, speaker, given, family) => {
    const text = release(printed);
    expect(speakersOf(text, 'txt').map(([s]) => s)).toEqual([speaker]);
    expect(articlesOf(text, 'txt')[0]!.authors).toEqual([{ given, family }]);
  });

  it('keeps a family name "Ma" that ends its sentence apart from the next one', () => {
    const text = release('Professor Lin Ma').replace('lead author.', 'lead author. The team will return next year.');
    expect(speakersOf(text, 'txt').map(([s]) => s)).toEqual(['Lin Ma']);
  });
});

describe('contact labels of Finnish, Turkish and Philippine releases', () => {
  const withContact = (block: string): string => `${release('Dr. Ana Lim')}\n${block}\n`;
  it.each([
    ['Lisätietoja:\nHanna Virtanen\nhanna.virtanen@example.fi\n+358 29 415 0000', 'hanna.virtanen@example.fi', '+358 29 415 0000'],
    ['Basın İletişim:\nElif Yıldız\nelif.yildiz@example.edu.tr\n+90 212 359 00 00', 'elif.yildiz@example.edu.tr', '+90 212 359 00 00'],
    ['For inquiries:\nInformation Office\n(02) 8981-8500 loc. 4576\ninfo@example.edu.ph', 'info@example.edu.ph', '(02) 8981-8500 ext. 4576'],
  ])('%s', (block, email, phone) => {
    const [c] = contactsOf(withContact(block), 'txt');
    expect(c!.slice(1)).toEqual([email, phone]);
  });
});

describe('a Finnish release: a reference after its lead sentence and quotes closed by more verbs', () => {
  const finnish = (verb: string): string =>
    [
      '# Katupuut viilentävät katuja',
      '',
      'Helsinki, 3.5.2039. Katupuiden juuristo pitää maaperän kosteana ja laskee kadun pintalämpötilaa helteellä, osoittaa yliopiston tutkimus, jossa mitattiin 240 puun ympäristöä kolmen kesän ajan.',
      '',
      `”Puille pitäisi varata selvästi enemmän kasvutilaa maan alla kaupungeissa”, ${verb} väitöskirjatutkija Aapo Nurmela-Kivi.`,
      '',
      'Tutkimus julkaistiin Urban Tree Science -lehdessä:',
      'Nurmela-Kivi A., Okafor-Laine S., Berg P. Street tree roots and summer surface heat. Urban Tree Science 2039; 12: 100482. DOI: 10.5555/uts.2039.100482',
      '',
    ].join('\n');
  it.each(['toteaa', 'sanoi', 'korostaa', 'kertoi'])('”…”, %s role Name', (verb) => {
    const text = finnish(verb);
    expect(speakersOf(text, 'md').map(([s]) => s)).toEqual(['Aapo Nurmela-Kivi']);
    const [a] = articlesOf(text, 'md');
    expect(a!.doi).toBe('10.5555/uts.2039.100482');
    expect(a!.journal).toBe('Urban Tree Science');
    expect(a!.title).toBe('Street tree roots and summer surface heat');
    expect(a!.authors.map((p) => p.family)).toEqual(['Nurmela-Kivi', 'Okafor-Laine', 'Berg']);
  });

  it('reads the same Vancouver names with stops after the initials behind an English lead sentence', () => {
    const text = finnish('toteaa').replace('Tutkimus julkaistiin Urban Tree Science -lehdessä:', 'The study was published in Urban Tree Science:');
    expect(articlesOf(text, 'md')[0]!.authors.map((p) => p.family)).toEqual(['Nurmela-Kivi', 'Okafor-Laine', 'Berg']);
  });
});

describe('Hong Kong names: a given name, then an East Asian family name in capitals', () => {
  const hk = (speaker: string, author: string): string =>
    [
      'Rooftop gardens cool old flats',
      '',
      'HONG KONG, 3 May 2039 – Rooftop gardens cut the indoor heat of top-floor flats in old walk-up buildings by up to three degrees, engineers found after two summers of measurements in 40 buildings.',
      '',
      `"The top floor is the hottest flat in any old building, and a garden overhead is the cheapest cooler," said ${speaker}, Associate Head of the Department.`,
      '',
      `The study is published in Building and Environment. The first author is ${author}, Research Assistant Professor. https://doi.org/10.1016/j.buildenv.2039.110204`,
      '',
    ].join('\n');
  it.each([
    ['Prof. Ivy WONG', 'Dr Marcus CHEUNG', 'Ivy WONG', 'Cheung'],
    ['Dr Kelvin CHAN', 'Dr Ada LEUNG', 'Kelvin CHAN', 'Leung'],
  ])('%s and %s', (speaker, author, name, family) => {
    const text = hk(speaker, author);
    expect(speakersOf(text, 'txt').map(([s]) => s)).toEqual([name]);
    expect(articlesOf(text, 'txt')[0]!.authors.map((p) => p.family)).toEqual([family]);
  });

  it('keeps a Vancouver name’s initials apart from a family name in capitals', () => {
    expect(parseNameList('Achebe SO, Lim HE, Ana WONG').map((n) => [n.person.given, n.person.family])).toEqual([
      ['SO', 'Achebe'],
      ['HE', 'Lim'],
      ['Ana', 'Wong'],
    ]);
  });
});
