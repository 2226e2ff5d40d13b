import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

describe('an APA reference split over two paragraphs, names and title over the journal line (round 45)', () => {
  const page = (first: string, second: string): string =>
    '<html><body><h1>Lichens on old roofs trap city soot</h1>' +
    '<p><b>GHENT, Belgium, 4 October 2049</b> &ndash; Lichens growing on slate roofs hold back a measurable share of the soot that falls on the old town, botanists report.</p>' +
    '<p>&ldquo;Every roof that keeps its lichens is quietly cleaning the air above the street,&rdquo; said Dr. Wouter Abara-Claes, who led the survey.</p>' +
    `<h2>Reference</h2><p>${first}</p><p>${second}</p>` +
    '<h2>Contact</h2><p>Griet Vandamme, press officer, +32 9 555 4012, griet.vandamme@ugl.example.be</p></body></html>';
  it.each([
    ['an issue in brackets', 'Abara-Claes, W., Osei, K. N., &amp; Lindqvist, R. (2049). Roof lichens as sinks for urban black carbon.', '<em>Urban Ecosystems</em>, 52(4), 701&ndash;716. https://doi.org/10.1007/s11252-049-01555-2', '4'],
    ['no issue', 'Abara-Claes, W., Osei, K. N., &amp; Lindqvist, R. (2049). Roof lichens as sinks for urban black carbon.', 'Urban Ecosystems, 52, 701&ndash;716. https://doi.org/10.1007/s11252-049-01555-2', null],
  ])('joins the two paragraphs with %s', (_label, first, second, issue) => {
    const a = articlesOf(page(first, second), 'html')[0]!;
    expect(a.doi).toBe('10.1007/s11252-049-01555-2');
    expect(a.title).toBe('Roof lichens as sinks for urban black carbon');
    expect(a.journal).toBe('Urban Ecosystems');
    expect(a.volume).toBe('52');
    expect(a.issue).toBe(issue);
    expect(a.pages?.replace(/–/g, '-')).toBe('701-716');
    expect(a.year).toBe(2049);
    expect(a.authors.map((p) => p.family)).toEqual(['Abara-Claes', 'Osei', 'Lindqvist']);
  });

  it('keeps a reference on one paragraph as it was, and a prose paragraph before a journal line is no reference (unchanged)', () => {
    const one = articlesOf(page('Abara-Claes, W., Osei, K. N., &amp; Lindqvist, R. (2049). Roof lichens as sinks for urban black carbon. <em>Urban Ecosystems</em>, 52(4), 701&ndash;716. https://doi.org/10.1007/s11252-049-01555-2', 'The survey covered 310 roofs.'), 'html')[0]!;
    expect(one.journal).toBe('Urban Ecosystems');
    expect(one.title).toBe('Roof lichens as sinks for urban black carbon');
    const prose = articlesOf(page('The team counted lichens on every roof of the old town.', 'Urban Ecosystems, 52(4), 701&ndash;716. https://doi.org/10.1007/s11252-049-01555-2'), 'html')[0]!;
    expect(prose.doi).toBe('10.1007/s11252-049-01555-2');
    expect(prose.title).not.toBe('The team counted lichens on every roof of the old town');
    expect(speakersOf(page('x', 'y'), 'html').map(([who]) => who)).toEqual(['Wouter Abara-Claes']);
  });
});

describe('"For more information please contact the press office:" over a contact block (round 45)', () => {
  const text = (label: string): string =>
    'Barn owls return to restored wet meadows\n\nLINCOLN, UK, 3 March 2049 - Barn owls have bred again on meadows reflooded five years ago, surveyors report.\n\n' +
    "'We had not seen a chick on these fields for twenty years, and now there are nine,' said Dr Imogen Castell-Rowe, who ran the survey.\n\nENDS\n\n" +
    `${label}\nHarriet Okwu-Lane\nTel: +44 (0)1522 555 318\nEmail: h.okwu-lane@lincs.example.ac.uk\n`;
  it.each([
    ['the press office', 'For more information please contact the press office:'],
    ['our communications team', 'For further information, contact our communications team:'],
    ['a bare contact', 'For more information please contact:'],
  ])('reads the person under "… contact %s:"', (_label, label) => {
    expect(contactsOf(text(label), 'txt')).toEqual([['Harriet Okwu-Lane', 'h.okwu-lane@lincs.example.ac.uk', '+44 (0)1522 555 318']]);
  });

  it('keeps the record around it and a contact sentence in prose as they were (unchanged)', () => {
    const r = recordOf(text('For more information please contact the press office:'), 'txt');
    expect(r.release.headline).toBe('Barn owls return to restored wet meadows');
    expect(r.release.dateline).toBe('LINCOLN, UK');
    expect(speakersOf(text('Press office:'), 'txt').map(([who]) => who)).toEqual(['Imogen Castell-Rowe']);
    expect(contactsOf(text('Press office:'), 'txt').map(([name]) => name)).toEqual(['Harriet Okwu-Lane']);
  });
});
