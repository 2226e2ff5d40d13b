import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf } from './support/invented.js';

const head = 'Quantum sensor spots single enzymes\n\nGraz, 2 March 2031\n\nA diamond sensor detected one enzyme molecule at a time, physicists report.\n\n"We can finally watch one molecule do its job," says Professor Lotte Brandauer-Kiss.\n\n';

describe('contacts: a hyphenated organisation name is no person', () => {
  it('takes the person above a German university name with hyphens ("Karl-Franzens-Universität Graz")', () => {
    const text = `${head}Contact:\nProf. Dr. Lotte Brandauer-Kiss\nInstitute of Physics\nKarl-Franzens-Universität Graz\nTel.: +43 316 380-5123\nlotte.brandauer@uni-graz.example\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Lotte Brandauer-Kiss', 'lotte.brandauer@uni-graz.example', '+43 316 380-5123']]);
  });

  it('takes the person above a hyphenated institute name ("Max-Planck-Institut Stuttgart")', () => {
    const text = `${head}Media contact:\nJoachim Weyrauch-Lenz\nMax-Planck-Institut Stuttgart\n+49 711 689-1555\nj.weyrauch@mpi-fkf.example\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Joachim Weyrauch-Lenz', 'j.weyrauch@mpi-fkf.example', '+49 711 689-1555']]);
  });

  it('keeps a hyphenated family name that only looks like a place ("Anna Saint-Clair")', () => {
    const text = `${head}Media contact:\nAnna Saint-Clair\nPress Office\n+43 316 380-1000\nanna.saintclair@uni-graz.example\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Anna Saint-Clair', 'anna.saintclair@uni-graz.example', '+43 316 380-1000']]);
  });
});

const quotesOf = (text: string): Array<[string | null, string]> => recordOf(text, 'txt').quotes.map((q) => [q.speaker, q.text.slice(0, 24)]);

describe('quotes: a paragraph left open after another speaker goes on into the next one', () => {
  it('gives an unclosed paragraph after a patient quote to the funder named where the quote closes', () => {
    const text = `${head}“My son finally sleeps through the night again,” said Roisin Daly, whose son took part in the trial.\n\n“Rare epilepsies get a fraction of the research money that common diseases attract, and families notice.\n\n“That is why we backed this work from the very first pilot,” said Declan Furlong, chief executive of the Epilepsy Research Trust.\n`;
    expect(quotesOf(text)).toEqual([
      ['Lotte Brandauer-Kiss', 'We can finally watch one'],
      ['Roisin Daly', 'My son finally sleeps th'],
      ['Declan Furlong', 'Rare epilepsies get a fr'],
      ['Declan Furlong', 'That is why we backed th'],
    ]);
  });

  it('keeps a closed unattributed paragraph with the speaker before it', () => {
    const text = `${head}“My son finally sleeps through the night again,” said Roisin Daly, whose son took part in the trial.\n\n“We had tried four different medicines before this one.”\n\n“That is why we backed this work from the very first pilot,” said Declan Furlong, chief executive of the Epilepsy Research Trust.\n`;
    expect(quotesOf(text)).toEqual([
      ['Lotte Brandauer-Kiss', 'We can finally watch one'],
      ['Roisin Daly', 'My son finally sleeps th'],
      ['Roisin Daly', 'We had tried four differ'],
      ['Declan Furlong', 'That is why we backed th'],
    ]);
  });

  it('keeps an unclosed paragraph with its speaker when the next paragraph goes on unattributed', () => {
    const text = `${head}“My son finally sleeps through the night again,” said Roisin Daly, whose son took part in the trial.\n\n“We had tried four different medicines before this one.\n\n“None of them gave him more than a few good weeks.”\n\nThe trial will now expand to three more countries.\n`;
    expect(quotesOf(text)).toEqual([
      ['Lotte Brandauer-Kiss', 'We can finally watch one'],
      ['Roisin Daly', 'My son finally sleeps th'],
      ['Roisin Daly', 'We had tried four differ'],
      ['Roisin Daly', 'None of them gave him mo'],
    ]);
  });
});

describe('contacts: a second contact under a release label that runs on into "Media Contacts:"', () => {
  const text =
    'FOR IMMEDIATE RELEASE\nMedia Contacts:\nOrla Svensson\nDirector of Media Relations\n(o) 312-555-0141\norla.svensson@lakeshore-health.example\n\nBen Okoro\nSenior Communications Specialist\n312-555-0172\nben.okoro@lakeshore-health.example\n\nNew scan finds heart inflammation missed by standard tests\n\nCHICAGO (June 2, 2031) — A new imaging method found inflammation in one in five patients whose standard tests were normal.\n\n"We have been missing these patients for years," said Dr. Hana Malik, a cardiologist at Lakeshore Health.\n';

  it('keeps both contacts and takes the headline after them', () => {
    expect(contactsOf(text, 'txt')).toEqual([
      ['Orla Svensson', 'orla.svensson@lakeshore-health.example', '312-555-0141'],
      ['Ben Okoro', 'ben.okoro@lakeshore-health.example', '312-555-0172'],
    ]);
    expect(recordOf(text, 'txt').release.headline).toBe('New scan finds heart inflammation missed by standard tests');
  });
});

describe('quotes: a Catalan double family name joined by "i"', () => {
  it('keeps "i" between the two family names of the speaker ("Montserrat Puig i Ferrer")', () => {
    const text = `${head}Montserrat Puig i Ferrer, a chemist at the Institute of Photonic Sciences, adds: “Nothing of the sensor stays in the sample once the measurement is done.”\n`;
    expect(quotesOf(text)).toEqual([
      ['Lotte Brandauer-Kiss', 'We can finally watch one'],
      ['Montserrat Puig i Ferrer', 'Nothing of the sensor st'],
    ]);
  });

  it('keeps "said Jordi Vila i Soler" whole after the quote', () => {
    const text = `${head}“The signal was far cleaner than we had hoped for,” said Jordi Vila i Soler of the University of Barcelona.\n`;
    expect(quotesOf(text)[1]).toEqual(['Jordi Vila i Soler', 'The signal was far clean']);
  });
});
