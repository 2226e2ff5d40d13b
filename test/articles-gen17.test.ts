import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { findDois } from '../src/extractors/article/doi.js';
import { readJournalName } from '../src/extractors/article/journal.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { withoutTranslation } from '../src/extractors/article/translated-title.js';
import { parseNameList } from '../src/extractors/article/name-list.js';

describe('CJK brackets around a DOI or after a journal', () => {
  it('ends a DOI at 【】', () => {
    expect(findDois('论文信息 DOI【10.3724/SP.J.1258.2031.00412】').map((d) => d.doi)).toEqual(['10.3724/SP.J.1258.2031.00412']);
    expect(findDois('DOI：10.11999/JEIT310245。').map((d) => d.doi)).toEqual(['10.11999/JEIT310245']);
  });

  it('ends a journal name at 【', () => {
    expect(readJournalName('Acta Geographica Sinica【2031, 86(3): 455-470】')?.name).toBe('Acta Geographica Sinica');
  });
});

describe('journal names with connectors of other languages', () => {
  it('keeps "voor", "do" and "e" inside the name', () => {
    expect(readJournalName('Tijdschrift voor Gerontologie en Geriatrie, 2031')?.name).toBe('Tijdschrift voor Gerontologie en Geriatrie');
    expect(readJournalName('Revista do Instituto de Medicina Tropical de São Paulo. 2031;73:e41')?.name).toBe('Revista do Instituto de Medicina Tropical de São Paulo');
    expect(readJournalName('Ciência e Saúde Coletiva, vol. 36')?.name).toBe('Ciência e Saúde Coletiva');
  });
});

describe('a title in its own language with an English translation in brackets', () => {
  it('keeps the title as the paper prints it', () => {
    expect(withoutTranslation('Schlafdauer und Schulleistung bei Jugendlichen [Sleep duration and school performance in adolescents]')).toBe('Schlafdauer und Schulleistung bei Jugendlichen');
    expect(withoutTranslation('Estrés térmico en trabajadores agrícolas [Heat stress in farm workers].')).toBe('Estrés térmico en trabajadores agrícolas');
  });

  it('leaves a bracket that is the whole title or a single word', () => {
    expect(withoutTranslation('[Heat stress in farm workers]')).toBe('[Heat stress in farm workers]');
    expect(withoutTranslation('Sea ice loss in the Barents Sea [Editorial]')).toBe('Sea ice loss in the Barents Sea [Editorial]');
  });

  it('reads the original title from a Vancouver reference', () => {
    const arts = articlesOf(
      [
        'Hip fractures fell after a falls clinic opened, Norwegian registry shows',
        '',
        'Reference: Lindqvist H, Aas-Berg T. Hoftebrudd etter oppstart av fallklinikk i Bergen [Hip fractures after a falls clinic opened in Bergen]. Tidsskrift for Den norske legeforening. 2031;151(4):212-218. doi:10.4045/tidsskr.31.0077',
      ].join('\n'),
    );
    expect(arts[0]!.title).toBe('Hoftebrudd etter oppstart av fallklinikk i Bergen');
    expect(arts[0]!.doi).toBe('10.4045/tidsskr.31.0077');
  });
});

describe('volume, issue and pages with European labels', () => {
  it('reads German Jg., H. and S.', () => {
    expect(readNumbers('Zeitschrift für Gerontologie, Jg. 64, H. 5, S. 388–396 (2031)')).toMatchObject({ volume: '64', issue: '5', pages: '388-396', year: 2031 });
  });

  it('reads Portuguese and Spanish nº, núm. and págs.', () => {
    expect(readNumbers('Química Nova, vol. 54, nº 7, p. 901-912, 2031')).toMatchObject({ volume: '54', issue: '7', pages: '901-912', year: 2031 });
    expect(readNumbers('Gaceta Sanitaria, vol. 45, núm. 3, págs. 210-218 (2031)')).toMatchObject({ volume: '45', issue: '3', pages: '210-218' });
  });

  it('reads a French tome with the year in brackets, not as an issue', () => {
    expect(readNumbers('C. R. Biologies, t. 354 (2031), p. 77-89')).toMatchObject({ volume: '354', issue: null, pages: '77-89', year: 2031 });
  });

  it('does not read an initial before a year as a volume', () => {
    expect(readNumbers('Okafor, T. 2031. Soil carbon under cassava. Geoderma 402: 115-122.').volume).toBe('402');
  });
});

describe('names of authors cited from other languages', () => {
  it('keeps Spanish particles inside a family name in a "Family, I." list', () => {
    const arts = articlesOf(
      [
        'Olive harvest and heat',
        '',
        'Reference: Ruiz de la Torre, M. P.; Sánchez del Río, A.; Ortega y Gasset, L. Cosecha de aceituna y olas de calor en Jaén. Revista de Ciencias Agrarias, vol. 12, núm. 2, pp. 33-41 (2031). https://doi.org/10.1000/rca.2031.0033',
      ].join('\n'),
    );
    expect(arts[0]!.authors.map((p) => p.family)).toEqual(['Ruiz de la Torre', 'Sánchez del Río', 'Ortega y Gasset']);
    expect(arts[0]!.title).toBe('Cosecha de aceituna y olas de calor en Jaén');
    expect(arts[0]!.issue).toBe('2');
  });

  it('reads Arabic family names with al- and Abu after initials, and a title in guillemets', () => {
    const arts = articlesOf(
      [
        'Date palm pollen and allergy',
        '',
        'Reference: H. al-Qasimi, N. Abu Hamdan, « Pollen de palmier dattier et rhinite allergique à Oman », Revue Française d’Allergologie, t. 71 (2031), p. 140-151, doi:10.1000/rfa.2031.140.',
      ].join('\n'),
    );
    expect(arts[0]!.authors).toEqual([
      { given: 'H.', family: 'al-Qasimi' },
      { given: 'N.', family: 'Abu Hamdan' },
    ]);
    expect(arts[0]!.title).toBe('Pollen de palmier dattier et rhinite allergique à Oman');
    expect(arts[0]!.volume).toBe('71');
    expect(arts[0]!.issue).toBeNull();
  });

  it('keeps a one-name author among Vancouver names', () => {
    expect(parseNameList('Haryanto, Pham QT, Suryani E').map((n) => n.person)).toEqual([
      { given: null, family: 'Haryanto' },
      { given: 'QT', family: 'Pham' },
      { given: 'E', family: 'Suryani' },
    ]);
  });

  it('does not add a one-name item to a list of full names', () => {
    expect(parseNameList('Maria Lopes, Nairobi, Jonas Weber').map((n) => n.person.family)).toEqual(['Lopes', 'Weber']);
  });

  it('does not list a Vietnamese co-author twice when prose names them in full', () => {
    const arts = articlesOf(
      [
        'Mangrove crabs move uphill',
        '',
        'Co-authors include Đỗ Minh Tuấn and Lê Thị Hoa of Hue University.',
        '',
        'Reference: Okello P, Do MT, Le TH. Mangrove crabs shift upslope as seas rise. Estuaries and Coasts. 2031;54(2):300-311. doi:10.1000/eac.2031.300',
      ].join('\n'),
    );
    expect(arts[0]!.authors.map((p) => `${p.given} ${p.family}`)).toEqual(['P Okello', 'MT Do', 'TH Le']);
  });
});

describe('journals named after a language, and numbers in CJK brackets', () => {
  it('reads "Korean Journal of …" as a journal, and still not a language', () => {
    const arts = articlesOf('Rice and reflux\n\nThe study, published in Korean and English, appeared in the Korean Journal of Gastroenterology. DOI: 10.4166/kjg.2031.044');
    expect(arts[0]!.journal).toBe('Korean Journal of Gastroenterology');
  });

  it('reads journal and numbers printed in 【】 after the journal', () => {
    const arts = articlesOf(
      'Karst springs dry earlier\n\nPaper: Huang Q, Deng X-L. Earlier drying of karst springs in Guizhou. Chinese Journal of Ecology【2031, 50(6): 1402-1411】. DOI【10.13292/j.1000-4890.2031.06.017】',
    );
    expect(arts[0]).toMatchObject({ journal: 'Chinese Journal of Ecology', volume: '50', issue: '6', pages: '1402-1411', year: 2031, doi: '10.13292/j.1000-4890.2031.06.017' });
  });
});

describe('Portuguese family names with "e" and "dos" in a Vancouver list', () => {
  it('keeps each whole name and the title after the list', () => {
    const arts = articlesOf(
      'Night work and nurses\n\nReference: Moura e Castro AL, Pinto dos Anjos R, Lima T. Night work and sleep among nurses in Belém. Rev Bras Enferm. 2031;84(5):e20310233. doi:10.1590/0034-7167-2031-0233',
    );
    expect(arts[0]!.authors).toEqual([
      { given: 'AL', family: 'Moura e Castro' },
      { given: 'R', family: 'Pinto dos Anjos' },
      { given: 'T', family: 'Lima' },
    ]);
    expect(arts[0]!.title).toBe('Night work and sleep among nurses in Belém');
  });

  it('reads a German volume in brackets', () => {
    expect(readNumbers('Deutsches Ärzteblatt (Jg. 128, Heft 12, S. 201-208)')).toMatchObject({ volume: '128', issue: '12', pages: '201-208' });
  });
});
