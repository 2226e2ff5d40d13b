import { describe, expect, it } from 'vitest';
import { articlesOf, recordOf, speakersOf } from './support/invented.js';

const IT = '# Le lucciole tornano nei campi\n\n**Firenze, 5 maggio 2068** – Testo.\n\n';
const IT_DOI = '\n\nL\'articolo è disponibile qui: https://doi.org/10.1016/j.biocon.2068.110412\n';

describe('an Italian author role before the name, round 68', () => {
  it.each([
    ['"La prima autrice dell\'articolo è la dottoressa"', 'La prima autrice dell\'articolo è la dottoressa Livia Carducci-Nesi, assegnista di ricerca.', 'Carducci-Nesi'],
    ['"Il primo autore dello studio è il dottor"', 'Il primo autore dello studio è il dottor Matteo Orsini-Baldi.', 'Orsini-Baldi'],
    ['"L\'autrice principale del lavoro, la ricercatrice"', 'L\'autrice principale del lavoro, la ricercatrice Sveva Lanfranchi, ha contato le lucciole.', 'Lanfranchi'],
  ])('reads %s', (_label, body, family) => {
    const a = articlesOf(IT + body + IT_DOI, 'md')[0]!;
    expect(a.doi).toBe('10.1016/j.biocon.2068.110412');
    expect(a.authors.map((p) => p.family)).toEqual([family]);
  });

  it('reads no author from a role that names no one (must not change)', () => {
    const a = articlesOf(IT + 'Il primo autore dello studio è stato premiato dalla società.' + IT_DOI, 'md')[0]!;
    expect(a.authors).toHaveLength(0);
  });
});

const HU = 'Szegedi kutatók a szentjánosbogarakról\n\nSzeged, 2068. május 5. – Szöveg.\n\n';

describe('a Hungarian citation label, round 68', () => {
  it('reads the reference under "Hivatkozás:" without the label or the names in its title', () => {
    const a = articlesOf(HU + 'Hivatkozás:\nFarkas, B., Nyári-Tóth, K. Firefly decline tracks light pollution in the Great Hungarian Plain. Biological Conservation 291, 110412 (2068). https://doi.org/10.1016/j.biocon.2068.110412\n')[0]!;
    expect(a.title).toBe('Firefly decline tracks light pollution in the Great Hungarian Plain');
    expect(a.authors.map((p) => p.family)).toEqual(['Farkas', 'Nyári-Tóth']);
    expect(a.year).toBe(2068);
  });
});

const US = 'Fireflies return to restored meadows\n\nDUARTE, Calif. — May 5, 2068 — Text.\n\n';
const PUB = '\n\nThe study was published today in Biological Conservation. DOI: 10.1016/j.biocon.2068.110412\n';

describe('an is-author sentence after another sentence, or after a body\'s possessive, round 68', () => {
  it.each([
    ['after a co-senior sentence', 'Ana Roe-Ito, Ph.D., and Ken Lim, M.D., are co-senior authors of the study. Yuki Marlow-Seth, Ph.D., is the first author.', ['Roe-Ito', 'Lim', 'Marlow-Seth']],
    ['after a body\'s possessive', 'Wistar’s Yuki Marlow-Seth, Ph.D., is the first author.', ['Marlow-Seth']],
  ])('reads the author %s', (_label, body, families) => {
    const a = articlesOf(US + body + PUB)[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(families);
    expect(a.authors.map((p) => p.given)).toContain('Yuki');
  });

  it('keeps an apposition holding an abbreviation (must not change)', () => {
    const a = articlesOf(US + 'Yuki Marlow-Seth, a fellow at St. Jude Children’s, is the first author.' + PUB)[0]!;
    expect(a.authors.map((p) => `${p.given} ${p.family}`)).toEqual(['Yuki Marlow-Seth']);
  });
});

const PHL = 'Fireflies return to restored meadows\n\nPHILADELPHIA — (May 5, 2068) — Text, published in Biological Conservation.\n\n';

describe('a "Publication information" line with no names and no DOI, round 68', () => {
  it.each([
    ['an online note', 'Publication information: Firefly decline tracks light pollution in meadows, Biological Conservation. Online publication.', null],
    ['the year in brackets', 'Publication information: Firefly decline tracks light pollution in meadows, Biological Conservation (2068).', 2068],
  ])('reads the title and journal before %s', (_label, line, year) => {
    const as = articlesOf(PHL + line + '\n');
    expect(as).toHaveLength(1);
    expect(as[0]!.doi).toBeNull();
    expect(as[0]!.title).toBe('Firefly decline tracks light pollution in meadows');
    expect(as[0]!.journal).toBe('Biological Conservation');
    expect(as[0]!.year).toBe(year);
  });

  it('reads no title from an information line of prose (must not change)', () => {
    const as = articlesOf(PHL + 'Publication information: the paper will appear online later this month.\n');
    expect(as.every((a) => a.title === null)).toBe(true);
  });
});

describe('the year after the names before a four-digit issue, round 68', () => {
  it('keeps the bracketed year after the names', () => {
    const a = articlesOf('Fireflies return\n\nLONDON, 5 May 2068 – Text.\n\nReference:\nFarkas B., Nyári K. (2068). Firefly decline tracks light pollution. Proceedings of the Royal Society B, 335(1999), 20680412. DOI: 10.1098/rspb.2068.0412\n')[0]!;
    expect(a.year).toBe(2068);
    expect(a.issue).toBe('1999');
    expect(a.volume).toBe('335');
  });

  it('leaves the speaker of an Italian quote as before (must not change)', () => {
    const sp = speakersOf(IT + '“Le lucciole sono tornate in tutti i campi restaurati”, spiega la professoressa Livia Carducci-Nesi.' + IT_DOI);
    expect(sp.map(([s]) => s)).toEqual(['Livia Carducci-Nesi']);
    expect(recordOf(IT + IT_DOI, 'md').release.dateline).toBe('Firenze');
  });
});
