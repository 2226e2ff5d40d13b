import { describe, expect, it } from 'vitest';
import { partedReference } from '../src/extractors/article/parted-line.js';
import { articlesOf, recordOf } from './support/invented.js';

describe('a reference line parted by bars or spaced dashes', () => {
  it.each([
    [
      'Tidal mixing sets the depth of kelp forests | Marine Ecology Progress Series | DOI: 10.3354/meps14502',
      { title: 'Tidal mixing sets the depth of kelp forests', journal: 'Marine Ecology Progress Series', authors: [], volume: null, pages: null, year: null },
    ],
    [
      'Tidal mixing sets the depth of kelp forests – Lorenza Abbatangelo, Ruairí Devlin, Nnamdi Okafor-Brandt – Marine Ecology Progress Series 2037, 711: 45–60 – DOI: 10.3354/meps14502',
      {
        title: 'Tidal mixing sets the depth of kelp forests',
        journal: 'Marine Ecology Progress Series',
        authors: [
          { given: 'Lorenza', family: 'Abbatangelo' },
          { given: 'Ruairí', family: 'Devlin' },
          { given: 'Nnamdi', family: 'Okafor-Brandt' },
        ],
        volume: '711',
        pages: '45-60',
        year: 2037,
      },
    ],
    [
      'Abbatangelo L, Devlin R — Tidal mixing sets the depth of kelp forests — Marine Ecology Progress Series 2037; 711: e1450 — https://doi.org/10.3354/meps14502',
      {
        title: 'Tidal mixing sets the depth of kelp forests',
        journal: 'Marine Ecology Progress Series',
        authors: [
          { given: 'L', family: 'Abbatangelo' },
          { given: 'R', family: 'Devlin' },
        ],
        volume: '711',
        pages: 'e1450',
        year: 2037,
      },
    ],
  ])('%s', (line, expected) => {
    const read = partedReference(line);
    expect(read && { title: read.title, journal: read.journal, authors: read.authors, volume: read.volume, pages: read.pages, year: read.year }).toEqual(expected);
  });

  it.each([
    // No DOI part: a headline with a dash is no reference.
    ['Kelp forests – a study of tidal mixing – Marine Ecology Progress Series'],
    // A part that is neither names, title nor journal.
    ['Tidal mixing sets the depth of kelp forests | read the full story on our website today | Marine Ecology Progress Series | DOI: 10.3354/meps14502'],
    // Only two parts besides the DOI's absence.
    ['Tidal mixing sets the depth of kelp forests | DOI: 10.3354/meps14502'],
  ])('reads nothing from %s', (line) => {
    expect(partedReference(line)).toBeNull();
  });
});

/** A plain-text release ending with the given stacked blocks. */
const release = (tail: string[]): string =>
  ['Kelp forests follow the tides', '', 'GALWAY, Ireland, 3 May 2037 - Kelp grows deepest where tides mix the water most, a survey found.', '', 'Media contact: Aoife Brennan, aoife.brennan@example.ie', '', ...tail.flatMap((t) => [t, ''])].join('\n');

describe('a title, an author list and a DOI stacked in three blocks', () => {
  it('reads the title and authors under an ABSTRACT label', () => {
    const [a] = articlesOf(release(['ABSTRACT', 'Tidal mixing sets the depth of kelp forests', 'Lorenza Abbatangelo, Ruairí Devlin, Nnamdi Okafor-Brandt', 'DOI: 10.3354/meps14502', 'Kelp forests are found along cold coasts. We surveyed forty sites.']));
    expect(a!.doi).toBe('10.3354/meps14502');
    expect(a!.title).toBe('Tidal mixing sets the depth of kelp forests');
    expect(a!.authors.map((p) => p.family)).toEqual(['Abbatangelo', 'Devlin', 'Okafor-Brandt']);
  });

  it('reads the authors with their affiliation marks dropped', () => {
    const [a] = articlesOf(release(['Tidal mixing sets the depth of kelp forests', 'Lorenza Abbatangelo1, Ruairí Devlin2 and Nnamdi Okafor-Brandt1*', 'https://doi.org/10.3354/meps14502']));
    expect(a!.authors.map((p) => p.family)).toEqual(['Abbatangelo', 'Devlin', 'Okafor-Brandt']);
  });

  it('reads no title from a sentence above a names line', () => {
    const [a] = articlesOf(release(['The survey ran for two years. It covered forty sites.', 'Lorenza Abbatangelo, Ruairí Devlin', 'DOI: 10.3354/meps14502']));
    expect(a!.title).toBeNull();
  });
});

describe('reference lines in other languages', () => {
  it.each([
    ['Référence : Gagnon-Ruel, M., Aubin, P. et Kowalczyk, T. (2037). Sea ice thins faster along fjords. Nature Geoscience, 30, 215–221. DOI : 10.1038/s41561-037-01122-4'],
    ['Referencia: Gagnon-Ruel, M., Aubin, P. y Kowalczyk, T. (2037). Sea ice thins faster along fjords. Nature Geoscience, 30, 215–221. DOI: 10.1038/s41561-037-01122-4'],
    ['Quelle: Gagnon-Ruel, M., Aubin, P. und Kowalczyk, T. (2037). Sea ice thins faster along fjords. Nature Geoscience, 30, 215–221. DOI: 10.1038/s41561-037-01122-4'],
  ])('reads the last APA author after another language\'s "and": %s', (line) => {
    const [a] = articlesOf(release([line]));
    expect(a!.title).toBe('Sea ice thins faster along fjords');
    expect(a!.authors.map((p) => p.family)).toEqual(['Gagnon-Ruel', 'Aubin', 'Kowalczyk']);
  });

  it.each([['Publikacja'], ['Artykuł'], ['Julkaisu'], ['Publicação'], ['Artículo']])('reads a reference after the label "%s:"', (label) => {
    const [a] = articlesOf(release([`${label}: Gagnon-Ruel M., Aubin P., Kowalczyk T. (2037). Sea ice thins faster along fjords. Marine Ecology Progress Series 812: 145–158. DOI: 10.3354/meps14601`]));
    expect(a!.title).toBe('Sea ice thins faster along fjords');
    expect(a!.authors.map((p) => p.family)).toEqual(['Gagnon-Ruel', 'Aubin', 'Kowalczyk']);
  });
});

describe('a reference line parted only by commas', () => {
  it('reads names, title, journal and year in that order', () => {
    const [a] = articlesOf(release(['Publikacja: Zofia Kraśnicka-Obi, Tomasz Weller, Sea ice thins faster along fjords, Nature Geoscience, 2037, DOI: 10.1038/s41561-037-01122-4']));
    expect(a!.title).toBe('Sea ice thins faster along fjords');
    expect(a!.authors.map((p) => p.family)).toEqual(['Kraśnicka-Obi', 'Weller']);
    expect([a!.journal, a!.year]).toEqual(['Nature Geoscience', 2037]);
  });

  it('reads a title, then the names', () => {
    const [a] = articlesOf(release(['Artikel: Sea ice thins faster along fjords, Zofia Kraśnicka-Obi, Tomasz Weller, Håkon Berntsen. DOI: 10.1038/s41561-037-01122-4']));
    expect(a!.title).toBe('Sea ice thins faster along fjords');
    expect(a!.authors.map((p) => p.family)).toEqual(['Kraśnicka-Obi', 'Weller', 'Berntsen']);
  });

  it('leaves a line whose last name runs into its title with a full stop to the other readers', () => {
    const [a] = articlesOf(release(['Zofia Kraśnicka-Obi, Tomasz Weller, Håkon Berntsen. Sea ice thins faster along fjords. Nature Geoscience. DOI: 10.1038/s41561-037-01122-4']));
    expect(a!.title).toBe('Sea ice thins faster along fjords');
    expect(a!.journal).toBe('Nature Geoscience');
  });
});

describe('more labels, numbers and datelines from rounds 58 and 59', () => {
  it.each([['Artikkelen'], ['Izvor'], ['Kilde'], ['Källa'], ['Fonte']])('reads an APA reference after the label "%s:"', (label) => {
    const [a] = articlesOf(release([`${label}: Gagnon-Ruel, M., Aubin, P. & Kowalczyk, T. (2037). Sea ice thins faster along fjords. Nature Geoscience, 30, 215–221. https://doi.org/10.1038/s41561-037-01122-4`]));
    expect(a!.title).toBe('Sea ice thins faster along fjords');
    expect(a!.authors.map((p) => p.family)).toEqual(['Gagnon-Ruel', 'Aubin', 'Kowalczyk']);
  });

  it('reads an Oxford-style article number after "volume 240, article"', () => {
    const [a] = articlesOf(release(['The study appears in the Journal of Experimental Biology, volume 240, article jeb251180. DOI: 10.1242/jeb.251180']));
    expect([a!.volume, a!.pages]).toEqual(['240', 'jeb251180']);
  });

  it.each([
    ['**PROVIDENCE, R.I. [Brown University] —** Marsh grasses hold sediment.', 'PROVIDENCE, R.I.'],
    ['PROVIDENCE, R.I. (Brown University) — Marsh grasses hold sediment.', 'PROVIDENCE, R.I.'],
  ])('reads the dateline of %s', (line, place) => {
    const text = ['# Marsh grass holds the shore', '', 'April 7, 2037', '', line, ''].join('\n');
    expect(recordOf(text, 'md').release.dateline).toBe(place);
  });
});

describe('a place name with a lower-case "es" in a dateline', () => {
  it('reads "Dar es Salaam, Tanzania"', () => {
    const text = ['# Seagrass meadows shrink along the coast', '', 'Dar es Salaam, Tanzania, 18 March 2038 – Seagrass meadows have shrunk by a third, a survey found.', ''].join('\n');
    expect(recordOf(text, 'md').release.dateline).toBe('Dar es Salaam, Tanzania');
  });
});

describe('an article number after "Vol. N, Article" in a publication sentence', () => {
  it('reads the pages and the bracketed year', () => {
    const text = ['# A gene therapy slows retinal loss', '', 'TEHRAN, 3 May 2037 - A gene therapy slowed retinal loss in mice.', '', 'The study was published in Experimental Eye Research, Vol. 241, Article 110234 (2037). DOI: 10.1016/j.exer.2037.110234', ''].join('\n');
    const [a] = articlesOf(text, 'md');
    expect([a!.journal, a!.volume, a!.pages, a!.year]).toEqual(['Experimental Eye Research', '241', '110234', 2037]);
  });
});

describe('a reference after a publication sentence in another language and its colon', () => {
  it.each([
    ['Studien har publicerats i tidskriften Nature Geoscience: Gagnon-Ruel, M., Aubin, P. & Kowalczyk, T. (2037). Sea ice thins faster along fjords. Nature Geoscience, 30, 215–221. DOI: 10.1038/s41561-037-01122-4'],
    ['El artículo se publicó en *Nature Geoscience*: Gagnon-Ruel, M., Aubin, P. y Kowalczyk, T. (2037). Sea ice thins faster along fjords. Nature Geoscience, 30, 215–221. DOI: 10.1038/s41561-037-01122-4'],
    ['Greinin birtist í tímaritinu Nature Geoscience: Gagnon-Ruel, M., Aubin, P. og Kowalczyk, T. (2037). Sea ice thins faster along fjords. Nature Geoscience, 30, 215–221. DOI: 10.1038/s41561-037-01122-4'],
    ['Artikeln: Gagnon-Ruel, M., Aubin, P. & Kowalczyk, T. (2037). Sea ice thins faster along fjords. Nature Geoscience, 30, 215–221. DOI: 10.1038/s41561-037-01122-4'],
  ])('%s', (line) => {
    const [a] = articlesOf(release([line]));
    expect(a!.title).toBe('Sea ice thins faster along fjords');
    expect(a!.authors.map((p) => p.family)).toEqual(['Gagnon-Ruel', 'Aubin', 'Kowalczyk']);
    expect(a!.journal).toBe('Nature Geoscience');
  });
});

describe('an eight-digit article number after "Journal (2038), 305:"', () => {
  it('reads the volume and the article number', () => {
    const text = ['# Salmon hear their way home', '', 'BURNABY, B.C., 3 May 2038 - Young salmon find their home stream by its sound.', '', 'The study is published in Proceedings of the Royal Society B (2038), 305: 20380562. DOI: 10.1098/rspb.2038.0562', ''].join('\n');
    const [a] = articlesOf(text, 'md');
    expect([a!.volume, a!.pages, a!.year]).toEqual(['305', '20380562', 2038]);
  });
});

describe('a plain title set off by commas before "appears in"', () => {
  it.each([
    ['The study, Self-sealing binders for durable sodium anodes, appears in Advanced Energy Materials.', 'Self-sealing binders for durable sodium anodes'],
    ['The paper, Self-sealing binders for durable sodium anodes, appeared in Advanced Energy Materials last week.', 'Self-sealing binders for durable sodium anodes'],
  ])('%s', (sentence, title) => {
    const text = ['# Batteries that heal', '', 'WATERLOO, Ont., 3 May 2038 - A binder lets anodes heal their own cracks.', '', sentence, ''].join('\n');
    expect(articlesOf(text, 'md')[0]!.title).toBe(title);
  });

  it('reads no title from a clause that reports a finding', () => {
    const text = ['# Batteries that heal', '', 'WATERLOO, Ont., 3 May 2038 - A binder lets anodes heal their own cracks.', '', 'The study, which found the binder lasts a decade, appears in Advanced Energy Materials.', ''].join('\n');
    expect(articlesOf(text, 'md')[0]!.title).toBeNull();
  });
});

describe('a Nature-style entry whose pages end in a Cell Press supplement suffix (".e4")', () => {
  const page = (entries: string[]): string =>
    `<html><body><h1>Sea stars sense light with their arms</h1><p>Apr 3, 2039</p><p>Sea stars steer toward shade with photoreceptors spread along their arms, a field and laboratory study finds.</p><h2>References</h2><ol>${entries.map((e) => `<li>${e}</li>`).join('')}</ol></body></html>`;
  it('reads the recent entry with its ".e4" pages and leaves the older one out', () => {
    const [a, ...rest] = articlesOf(
      page([
        'Roe-Haddad, L., Lim, K. &amp; Duarte, C. M. Arm photoreception in a reef sea star. <em>Current Biology</em> <strong>49</strong>, 2201–2210.e4 (2039).| <a href="https://doi.org/10.1016/j.cub.2039.03.011">article</a>',
        'Ito, S. et al. Eyes at the tips of sea star arms. <em>Proceedings of the National Academy of Sciences</em> <strong>111</strong>, 1111–1119 (2014).| <a href="https://doi.org/10.1073/pnas.1311111111">article</a>',
      ]),
      'html',
    );
    expect(rest).toEqual([]);
    expect(a!.doi).toBe('10.1016/j.cub.2039.03.011');
    expect(a!.title).toBe('Arm photoreception in a reef sea star');
    expect([a!.journal, a!.volume, a!.pages, a!.year]).toEqual(['Current Biology', '49', '2201-2210.e4', 2039]);
  });
});

describe('UK notes to editors: "A, B and C, \'Title\' will be published in Journal on …"', () => {
  const notes = (note: string): string =>
    [
      'Whale bones feed the deep for decades',
      '',
      'Bone-eating worms break down whale skeletons on the abyssal plain faster than expected, a study of twelve whale falls off the Azores has found over six years of repeated surveys.',
      '',
      'Notes to Editors',
      '',
      '1. For more information please contact the Media Relations team on +44 (0)20 7946 0000.',
      '',
      `2. ${note}`,
      '',
      '3. The DOI for this paper will be 10.1098/rspb.2039.0418',
      '',
    ].join('\n');
  it.each([
    "Ana Roe-Lindqvist, Kenji Aoki-Doyle and Rafael Brink, 'Bone-eating worms shorten the life of whale falls' will be published in Proceedings of the Royal Society B on Wednesday 4 March 2039 and is strictly embargoed until 00:01 UK time.",
    'Ana Roe-Lindqvist, Kenji Aoki-Doyle and Rafael Brink, ‘Bone-eating worms shorten the life of whale falls’, is published in Proceedings of the Royal Society B today.',
  ])('%s', (note) => {
    const [a] = articlesOf(notes(note), 'txt');
    expect(a!.doi).toBe('10.1098/rspb.2039.0418');
    expect(a!.title).toBe('Bone-eating worms shorten the life of whale falls');
    expect(a!.journal).toBe('Proceedings of the Royal Society B');
    expect(a!.authors.map((p) => p.family)).toEqual(['Roe-Lindqvist', 'Aoki-Doyle', 'Brink']);
  });
});
