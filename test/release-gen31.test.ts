import { describe, expect, it } from 'vitest';
import { findDates } from '../src/text/dates.js';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEADLINE = 'Otters return to the rivers of the plain';
const BODY =
  'Otters have settled along four rivers where none had been seen for forty years, ecologists of the Lowland River Institute report in the journal Freshwater Biology (DOI: 10.1111/fwb.14702).';
const QUOTE = '"Where the banks were left wild, the otters found their way back within a few seasons," said Dr. Ilaria Montefusco-Adeyemi, the study\'s lead author.';
const CONTACT = 'Media contact:\nPiet Roselaar\npiet.roselaar@lri.example.org\n+31 20 555 4120';

describe('Italian month names (round 31)', () => {
  it.each([
    ['3 dicembre 2031', '2031-12-03'],
    ['14 gennaio 2032', '2032-01-14'],
    ['1 maggio 2031', '2031-05-01'],
    ['22 giugno 2031', '2031-06-22'],
    ['9 luglio 2031', '2031-07-09'],
    ['30 agosto 2031', '2031-08-30'],
    ['11 settembre 2031', '2031-09-11'],
    ['5 ottobre 2031', '2031-10-05'],
    ['28 febbraio 2031', '2031-02-28'],
    ['17 marzo 2031', '2031-03-17'],
    ['2 aprile 2031', '2031-04-02'],
  ])('reads "%s" as %s', (printed, iso) => {
    expect(findDates(`Roma, ${printed} – Il gruppo`)[0]?.iso).toBe(iso);
  });

  it('reads an Italian dateline, and keeps the paper, speaker and contact', () => {
    const text = `# ${HEADLINE}\n\nTorino, 4 giugno 2031 – ${BODY}\n\n${QUOTE}\n\n${CONTACT}`;
    const r = recordOf(text).release;
    expect(r.datePublished).toBe('2031-06-04');
    expect(r.dateline).toBe('Torino');
    expect(articlesOf(text)[0]?.doi).toBe('10.1111/fwb.14702');
    expect(speakersOf(text)).toEqual([['Ilaria Montefusco-Adeyemi', 'Where the banks were lef']]);
    expect(contactsOf(text)).toEqual([['Piet Roselaar', 'piet.roselaar@lri.example.org', '+31 20 555 4120']]);
  });

  it('does not read a word that only opens like a month ("settembrini", "Dicembrio") as one', () => {
    expect(findDates('Roma, 3 settembrini 2031')).toEqual([]);
    expect(findDates('the 3 Dicembrio 2031 lot')).toEqual([]);
  });
});

describe('a European release label and the article before the date of a date line (round 31)', () => {
  it.each([
    ['*Communiqué de presse – Lyon, le 4 juin 2031*', '2031-06-04', 'Lyon'],
    ['Communiqué de presse – Bordeaux, le 4 juin 2031', '2031-06-04', 'Bordeaux'],
    ['Pressemitteilung Nr. 48/2031 vom 04.06.2031', '2031-06-04', null],
    ['Pressemitteilung – Mainz, den 4. Juni 2031', '2031-06-04', 'Mainz'],
    ['Comunicato stampa – Torino, 4 giugno 2031', '2031-06-04', 'Torino'],
    ['Nota de prensa – Sevilla, 4 de junio de 2031', '2031-06-04', 'Sevilla'],
  ])('reads the date line "%s"', (line, iso, place) => {
    const r = recordOf(`# ${HEADLINE}\n\n${line}\n\n${BODY}\n\n${QUOTE}`).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe(iso);
    expect(r.dateline).toBe(place);
  });

  it.each([
    ['Le Havre, 4 June 2031 –', 'Le Havre'],
    ['Le Mans, le 4 juin 2031 –', 'Le Mans'],
    ['AMSTERDAM, 4 June 2031 –', 'AMSTERDAM'],
  ])('does not change a dateline whose place opens with an article: "%s"', (dateline, place) => {
    const r = recordOf(`# ${HEADLINE}\n\n${dateline} ${BODY}\n\n${QUOTE}`).release;
    expect(r.datePublished).toBe('2031-06-04');
    expect(r.dateline).toBe(place);
  });
});

describe('Italian and Portuguese reporting verbs and press-office labels (round 31)', () => {
  const LEAD = 'Genova, 4 giugno 2031 – Le lontre sono tornate su quattro fiumi della pianura.';
  it.each([
    ['"Le sponde lasciate selvagge hanno richiamato le lontre in pochi anni", ha dichiarato Chiara Baldassini-Owusu.', 'Chiara Baldassini-Owusu'],
    ['"Le sponde lasciate selvagge hanno richiamato le lontre in pochi anni", spiega Chiara Baldassini-Owusu.', 'Chiara Baldassini-Owusu'],
    ['"As margens deixadas selvagens trouxeram as lontras de volta", afirmou Tiago Mendonça-Ribeiro.', 'Tiago Mendonça-Ribeiro'],
    ['"As margens deixadas selvagens trouxeram as lontras de volta", explicou Tiago Mendonça-Ribeiro.', 'Tiago Mendonça-Ribeiro'],
  ])('gives the speaker of %s', (quote, speaker) => {
    expect(speakersOf(`# ${HEADLINE}\n\n${LEAD}\n\n${quote}`).map(([s]) => s)).toEqual([speaker]);
  });

  it('does not read a quote without a reporting verb or a speaker as one', () => {
    expect(speakersOf(`# ${HEADLINE}\n\n${LEAD}\n\n"Le sponde lasciate selvagge hanno richiamato le lontre in pochi anni", secondo lo studio.`)).toEqual([]);
  });

  it.each([
    ['Ufficio stampa: Marco Benedetti-Nwosu, marco.benedetti@lri.example.it, +39 010 555 4120', ['Marco Benedetti-Nwosu', 'marco.benedetti@lri.example.it', '+39 010 555 4120']],
    ['Assessoria de imprensa\nJoana Pires-Adebayo\njoana.pires@lri.example.br\n+55 11 5555-4120', ['Joana Pires-Adebayo', 'joana.pires@lri.example.br', '+55 11 5555-4120']],
  ])('reads the contact under "%s"', (block, contact) => {
    expect(contactsOf(`# ${HEADLINE}\n\n${LEAD}\n\n${block}`, 'txt')).toEqual([contact]);
  });
});

describe('the journal of a European publication phrase (round 31)', () => {
  const DOI = '10.1111/fwb.14702';
  it.each([
    ['Paris, le 4 juin 2031 – Les loutres sont revenues, selon une étude parue dans la revue *Freshwater Biology* (DOI : 10.1111/fwb.14702).', 'Freshwater Biology'],
    ['Kiel, 4. Juni 2031 – Fischotter sind zurück. Das berichtet ein Team in der Fachzeitschrift Freshwater Biology (DOI: 10.1111/fwb.14702).', 'Freshwater Biology'],
    ['Sevilla, 4 de junio de 2031 – Las nutrias han vuelto, según un estudio publicado en la revista Freshwater Biology (DOI: 10.1111/fwb.14702).', 'Freshwater Biology'],
    ['Genova, 4 giugno 2031 – Le lontre sono tornate, secondo uno studio pubblicato sulla rivista Freshwater Biology (DOI: 10.1111/fwb.14702).', 'Freshwater Biology'],
    ['Porto, 4 de junho de 2031 – As lontras voltaram, mostra um estudo publicado na revista Freshwater Biology (DOI: 10.1111/fwb.14702).', 'Freshwater Biology'],
  ])('reads the journal of "%s"', (lead, journal) => {
    const [a] = articlesOf(`# ${HEADLINE}\n\n${lead}`);
    expect(a?.doi).toBe(DOI);
    expect(a?.journal).toBe(journal);
  });

  it('does not read a journal after the phrase when a lower-case word follows it', () => {
    const [a] = articlesOf(`# ${HEADLINE}\n\nGenova, 4 giugno 2031 – Uno studio pubblicato sulla rivista scientifica del gruppo (DOI: ${DOI}) lo conferma.`);
    expect(a?.doi).toBe(DOI);
    expect(a?.journal).toBeNull();
  });
});
