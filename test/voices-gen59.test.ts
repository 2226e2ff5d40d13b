import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf, speakersOf } from './support/invented.js';

const names = (text: string, fmt: 'md' | 'txt' | 'html' = 'md'): (string | null)[] => speakersOf(text, fmt).map(([s]) => s);

describe('Croatian lower-case titles and reporting verbs after a quote (round 59)', () => {
  const head = '# Sove se vraćaju u gradske parkove\n\nSplit, 3. svibnja 2056. – Tekst o sovama u gradskim parkovima.\n\n';
  const quote = '„Sove gnijezde u starim platanama koje nitko nije posjećivao desetljećima”';
  it.each([
    [`${quote}, izjavila je izv. prof. dr. sc. Lovorka Šimunić-Bralo.`, 'Lovorka Šimunić-Bralo'],
    [`${quote}, dodao je doc. dr. sc. Krešimir Vuković.`, 'Krešimir Vuković'],
    [`${quote}, kaže prof. dr. sc. Nives Grgić.`, 'Nives Grgić'],
    [`${quote}, rekla je Nives Grgić.`, 'Nives Grgić'],
    [`${quote}, ističe dr. sc. Krešimir Vuković.`, 'Krešimir Vuković'],
  ] as const)('gives the quote to its speaker (%#)', (line, who) => {
    expect(names(`${head}${line}\n`)).toEqual([who]);
  });

  it('still reads a Dutch "zegt dr. X" as before', () => {
    const text = '# Uilen keren terug\n\nLeiden, 3 mei 2056 – Tekst over uilen in de stad.\n\n“Uilen broeden in oude platanen die niemand decennia lang bezocht”, zegt dr. Femke van Rijn.\n';
    expect(names(text)).toEqual(['Femke van Rijn']);
  });
});

describe('a Croatian dateline with the year\'s ordinal dot before a spaced dash (round 59)', () => {
  it.each([
    ['Split, 3. svibnja 2056. – Istraživači su prebrojili sove u parkovima.', '2056-05-03', 'Split'],
    ['Osijek, 14. prosinca 2056. – Istraživači su prebrojili sove u parkovima.', '2056-12-14', 'Osijek'],
    ['Rijeka, 2. veljače 2056. - Istraživači su prebrojili sove u parkovima.', '2056-02-02', 'Rijeka'],
  ] as const)('reads the date and place (%#)', (line, date, place) => {
    const r = recordOf(`# Sove se vraćaju u gradske parkove\n\n${line}\n`, 'md');
    expect([r.release.datePublished, r.release.dateline]).toEqual([date, place]);
  });

  it('still reads a Polish "listopada" as November', () => {
    const r = recordOf('# Sowy wracają do parków\n\nGdańsk, 3 listopada 2056 r. – Badacze policzyli sowy w parkach.\n', 'md');
    expect(r.release.datePublished).toBe('2056-11-03');
  });
});

describe('Norwegian and Croatian contact blocks (round 59)', () => {
  it('reads each person under "Kontaktpersoner:", a Norwegian rank before the name dropped', () => {
    const text = 'En tittel om ugler\n\nBergen, 3. mai 2056. Tekst om ugler.\n\nKontaktpersoner:\nFørsteamanuensis Ingrid Lunde Aasen\nE-post: i.l.aasen@uib.example.no\nTelefon: 55 58 20 10\n';
    expect(contactsOf(text, 'txt')).toEqual([['Ingrid Lunde Aasen', 'i.l.aasen@uib.example.no', '55 58 20 10']]);
  });

  it('reads a press-office desk under "Kontakt za medije:"', () => {
    const text = '# Sove se vraćaju\n\nSplit, 3. svibnja 2056. – Tekst.\n\n**Kontakt za medije:**\nUred za odnose s javnošću\ntel. 021 558 200\ne-mail: pr@unist.example.hr\n';
    expect(contactsOf(text, 'md')).toEqual([[null, 'pr@unist.example.hr', '021 558 200']]);
  });

  it('reads "E-post:" and "Telefon:" as field labels under a bare "Kontakt:"', () => {
    const text = 'En tittel om ugler\n\nBergen, 3. mai 2056. Tekst om ugler.\n\nKontakt:\nIngrid Lunde Aasen\nE-post: i.l.aasen@uib.example.no\nTelefon: 55 58 20 10\n';
    expect(contactsOf(text, 'txt')).toEqual([['Ingrid Lunde Aasen', 'i.l.aasen@uib.example.no', '55 58 20 10']]);
  });

  it('still reads a person under a bare "Kontakt:"', () => {
    const text = 'En tittel om ugler\n\nBergen, 3. mai 2056. Tekst om ugler.\n\nKontakt:\nIngrid Lunde Aasen\nE-post: i.l.aasen@uib.example.no\n';
    expect(contactsOf(text, 'txt')).toEqual([['Ingrid Lunde Aasen', 'i.l.aasen@uib.example.no', null]]);
  });
});
