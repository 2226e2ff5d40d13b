import { describe, expect, it } from 'vitest';
import { articlesOf, speakersOf } from './support/invented.js';

describe('an APA list with an elided particle ("d’Almeida, R.") (round 43)', () => {
  const head =
    'Cave fish lose their eyes in fewer generations than thought\n\nLISBON, 8 April 2046 - Cave fish lost working eyes within a few hundred generations.\n\n' +
    '"The eye goes quickly once the light is gone, quicker than any model predicted," said Dr Inês Carvalho-Brandt, the lead author.\n\nReference:\n';
  it.each([
    ['a curly apostrophe', 'd’Almeida'],
    ['a straight apostrophe', "d'Almeida"],
  ])('reads every author past a name with %s', (_label, elided) => {
    const text = `${head}Carvalho-Brandt, I., ${elided}, R., de la Fuente Serrano, J., & ter Horst, W. (2046). Rapid eye regression in a subterranean tetra. Evolution Letters, 30(2), 114-127. https://doi.org/10.1093/evlett/qrad046\n`;
    const a = articlesOf(text)[0]!;
    expect(a.doi).toBe('10.1093/evlett/qrad046');
    expect(a.title).toBe('Rapid eye regression in a subterranean tetra');
    expect(a.authors.map((p) => p.family)).toEqual(['Carvalho-Brandt', elided, 'de la Fuente Serrano', 'ter Horst']);
  });

  it('keeps a list without an elided particle as it was (unchanged)', () => {
    const text = `${head}Carvalho-Brandt, I., de la Fuente Serrano, J., & ter Horst, W. (2046). Rapid eye regression in a subterranean tetra. Evolution Letters, 30(2), 114-127. https://doi.org/10.1093/evlett/qrad046\n`;
    expect(articlesOf(text)[0]!.authors.map((p) => p.family)).toEqual(['Carvalho-Brandt', 'de la Fuente Serrano', 'ter Horst']);
  });
});

describe('initials-first names before an abbreviated journal with no "and" (round 43)', () => {
  const text = (ref: string): string =>
    '# Iron catalyst makes fertiliser at room pressure\n\n*ZURICH, 19 February 2046*\n\nChemists made ammonia with an iron complex at room pressure.\n\n' +
    '"We thought the pressure was the price of the reaction, and it turns out it is not," said Prof. Dr. Lena Achterberg-Nwosu, who led the work.\n\n' +
    `**Original publication:**\n\n${ref}\n`;
  it('reads the journal and the names of "A. Roe, B. Lim, C. Ito, Angew. Chem. Int. Ed. 2046, …"', () => {
    const a = articlesOf(text('M. Kessler-Obi, T. Hayashi-Lund, L. Achterberg-Nwosu, *Angew. Chem. Int. Ed.* **2046**, *85*, e202519904. DOI: 10.1002/anie.202519904'), 'md')[0]!;
    expect(a.doi).toBe('10.1002/anie.202519904');
    expect(a.journal?.replace(/\./g, '')).toBe('Angew Chem Int Ed');
    expect(a.authors.map((p) => p.family)).toEqual(['Kessler-Obi', 'Hayashi-Lund', 'Achterberg-Nwosu']);
    expect(a.volume).toBe('85');
    expect(a.pages).toBe('e202519904');
  });

  it('keeps an APS list with "and" before the last name as it was (unchanged)', () => {
    const a = articlesOf(text('M. Kessler-Obi, T. Hayashi-Lund, and L. Achterberg-Nwosu, Iron pincer complexes fix dinitrogen at ambient pressure, Phys. Rev. Lett. 146, 081802 (2046). DOI: 10.1103/PhysRevLett.146.081802'), 'md')[0]!;
    expect(a.doi).toBe('10.1103/PhysRevLett.146.081802');
    expect(a.authors.map((p) => p.family)).toEqual(['Kessler-Obi', 'Hayashi-Lund', 'Achterberg-Nwosu']);
    expect(a.title).toBe('Iron pincer complexes fix dinitrogen at ambient pressure');
  });
});

describe('a three-name Vancouver reference with no DOI ("In press.") (round 43)', () => {
  const text = (names: string): string =>
    '# Sea ice cracks pump heat into the Arctic winter\n\nTROMSØ, Norway, 3 March 2046 - Cracks in winter sea ice release heat, according to buoys left on the ice.\n\n' +
    'The results have been accepted for publication in *Geophysical Research Letters*.\n\n' +
    '"Every crack is a chimney for the ocean\'s heat, and there are more of them each year," said Dr. Maren Solberg-Okoye, the first author.\n\n' +
    `**Reference:** ${names} Open leads in winter sea ice as a source of atmospheric heating. Geophys Res Lett. In press.\n`;
  it('reads the title and the names of the reference', () => {
    const a = articlesOf(text('Solberg-Okoye M, Haldorsen K, Ruiz-Tanaka P.'), 'md')[0]!;
    expect(a.doi).toBeNull();
    expect(a.title).toBe('Open leads in winter sea ice as a source of atmospheric heating');
    expect(a.journal).toBe('Geophysical Research Letters');
    expect(a.authors.map((p) => p.family)).toEqual(['Solberg-Okoye', 'Haldorsen', 'Ruiz-Tanaka']);
    expect(speakersOf(text('Solberg-Okoye M, Haldorsen K, Ruiz-Tanaka P.'))).toEqual([['Maren Solberg-Okoye', 'Every crack is a chimney']]);
  });
});

describe('a set-off title before a verb of authorship (round 43)', () => {
  const page = (after: string): string =>
    '<html><body><h1>Sand batteries store summer heat for winter</h1>' +
    '<p>TAMPERE, Finland &mdash; A silo of hot sand kept a town warm through the winter, engineers report in the journal <i>Applied Energy</i>.</p>' +
    '<p>&ldquo;Sand is cheap, it does not burn and it does not care how hot it gets,&rdquo; said Dr. Aino Virtanen-Osei, the study&rsquo;s lead author.</p>' +
    `<p>The paper, <cite>Seasonal storage of district heat in a packed sand silo</cite>, ${after}</p></body></html>`;
  it.each([
    ['"was written with"', 'was written with co-author Mikko Laine. Read it at <a href="https://doi.org/10.1016/j.apenergy.2046.01.022">the journal</a>.'],
    ['"is co-authored by"', 'is co-authored by Mikko Laine. Read it at <a href="https://doi.org/10.1016/j.apenergy.2046.01.022">the journal</a>.'],
  ])('reads the title before %s', (_label, after) => {
    const a = articlesOf(page(after), 'html')[0]!;
    expect(a.doi).toBe('10.1016/j.apenergy.2046.01.022');
    expect(a.title).toBe('Seasonal storage of district heat in a packed sand silo');
  });

  it('takes no title when the italic span is followed by no such verb (unchanged)', () => {
    const a = articlesOf(page('tells of a summer in the silo. Read it at <a href="https://doi.org/10.1016/j.apenergy.2046.01.022">the journal</a>.'), 'html')[0]!;
    expect(a.doi).toBe('10.1016/j.apenergy.2046.01.022');
    expect(a.title).not.toBe('Seasonal storage of district heat in a packed sand silo');
  });
});
