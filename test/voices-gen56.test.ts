import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const names = (text: string, fmt: 'md' | 'txt' | 'html' = 'md'): (string | null)[] => speakersOf(text, fmt).map(([s]) => s);

describe('Malaysian titles before a speaker\'s name (round 56)', () => {
  const head = '# Seagrass meadows recover after dredging stops\n\nKOTA KINABALU, 4 March 2054 – Text on seagrass recovering in Sabah.\n\n';
  it.each([
    ['"The meadows came back within two seasons once the water cleared," said Associate Professor Ts. Dr. Siti Hajar Mohd Noor from the marine centre.', 'Siti Hajar Mohd Noor'],
    ['"The meadows came back within two seasons once the water cleared," said Ts. Dr. Siti Hajar Mohd Noor of the marine centre.', 'Siti Hajar Mohd Noor'],
    ['"The meadows came back within two seasons once the water cleared," said Datuk Professor Dr. Razak Hamid of the marine centre.', 'Razak Hamid'],
  ] as const)('drops "Ts." and "Datuk" and keeps the name (%#)', (line, who) => {
    expect(names(`${head}${line}\n`)).toEqual([who]);
  });

  it('leaves a plain "said Dr. X" unchanged', () => {
    expect(names(`${head}"The meadows came back within two seasons once the water cleared," said Dr. Siti Hajar of the marine centre.\n`)).toEqual(['Siti Hajar']);
  });
});

describe('Spanish reporting verbs and a second family name (round 56)', () => {
  const head = '# Cóndores vuelven a anidar en la cordillera\n\n**Santiago, 4 de marzo de 2054.-** Texto sobre cóndores que vuelven a anidar en los Andes.\n\n';
  const first = '“Los cóndores regresaron a los riscos donde anidaban hace cincuenta años”, señala el académico Tomás Riquelme Soto, del Departamento de Biología.\n\n';
  it.each([
    ['sostuvo'], ['agregó'], ['comentó'], ['indicó'], ['destacó'],
  ] as const)('gives the quote after "%s" to its speaker, in the fullest form', (verb) => {
    const text = `${head}${first}“Ahora hay que proteger los sitios de nidificación de los turistas”, ${verb} el Dr. Riquelme.\n\nLos autores del estudio son Tomás Riquelme y Ana Lagos.\n`;
    expect(names(text)).toEqual(['Tomás Riquelme Soto', 'Tomás Riquelme Soto']);
  });

  it('keeps a two-word name when no longer one starts with it', () => {
    const text = `${head}“Los cóndores regresaron a los riscos donde anidaban hace cincuenta años”, señala Tomás Riquelme.\n\n“Ahora hay que proteger los sitios de nidificación”, sostuvo el Dr. Riquelme.\n`;
    expect(names(text)).toEqual(['Tomás Riquelme', 'Tomás Riquelme']);
  });
});

describe('a German role after an institution\'s acronym (round 56)', () => {
  const head = 'Wie Ameisen Pilze züchten\n\nMünchen, 04.03.2054\n\nDas Team um Professorin Ulrike Sternfeld untersuchte Blattschneiderameisen.\n\n';
  it.each([
    ['„Die Ameisen erkennen einen kranken Pilz schon nach wenigen Stunden“, erklärt die LMU-Biologin Sternfeld.'],
    ['„Die Ameisen erkennen einen kranken Pilz schon nach wenigen Stunden“, sagt TUM-Forscherin Sternfeld.'],
  ] as const)('resolves the name after the role to the full name (%#)', (line) => {
    expect(names(`${head}${line}\n`, 'txt')).toEqual(['Ulrike Sternfeld']);
  });

  it('keeps a hyphenated family name as a name', () => {
    expect(names(`${head}„Die Ameisen erkennen einen kranken Pilz schon nach wenigen Stunden“, sagt Ulrike Sternfeld-Haas.\n`, 'txt')).toEqual(['Ulrike Sternfeld-Haas']);
  });
});

describe('a year in brackets before "pp." is no issue (round 56)', () => {
  const DOI = '10.1007/s00334-054-01101-2';
  it.each([
    ['appeared in *Vegetation History and Archaeobotany* 63 (2054), pp. 101–117.', ['63', null, '101-117', 2054]],
    ['appeared in *Vegetation History and Archaeobotany* 63(2), pp. 101–117 (2054).', ['63', '2', '101-117', 2054]],
  ] as const)('reads volume, issue, pages and year (%#)', (cite, want) => {
    const text = `# Grain from a medieval well\n\n*Leiden, 4 March 2054*\n\nText of the lead on grain from a well.\n\nThe article 'Cereal remains from a medieval well in Delft' by Anouk Smit and Pieter Bos ${cite} DOI: ${DOI}\n`;
    const [a] = articlesOf(text, 'md');
    expect(a?.doi).toBe(DOI);
    expect([a?.volume, a?.issue, a?.pages, a?.year]).toEqual(want);
  });

  it('still reads a desk contact without a person', () => {
    const text = '# Grain from a medieval well\n\n*Leiden, 4 March 2054*\n\nText of the lead.\n\n**Press contact**\nLeiden University Communications\n+31 71 527 0000 / press@leiden.example.nl\n';
    expect(contactsOf(text, 'md')).toEqual([[null, 'press@leiden.example.nl', '+31 71 527 0000']]);
    expect(recordOf(text, 'md').release.dateline).toBe('Leiden');
  });
});
