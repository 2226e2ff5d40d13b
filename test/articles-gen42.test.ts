import { describe, expect, it } from 'vitest';
import { articlesOf, speakersOf } from './support/invented.js';

describe('an APA author list cut with an ellipsis before the last author (round 42)', () => {
  const head =
    'Wind farms shelter seabird nesting colonies\n\nABERDEEN, 4 May 2045 - Seabird colonies near offshore wind farms raised more chicks.\n\n' +
    '"The turbines keep the fishing boats away, and the birds seem to know it," said Dr Ailsa Mbeki-Forsyth, the senior author.\n\nReference:\n';
  it.each([
    ['"… Quan, H."', 'Rennie-Obi, C., Mbeki-Forsyth, A., Lund, T., Pardo-Greer, S., Ikeda, M., Falk, J., … Quan, H. (2045).'],
    ['". . . Quan, H."', 'Rennie-Obi, C., Mbeki-Forsyth, A., Lund, T., Pardo-Greer, S., Ikeda, M., Falk, J., . . . Quan, H. (2045).'],
  ])('reads the last author after %s and the title after the year', (_label, names) => {
    const text = `${head}${names} Offshore wind farms and the breeding success of North Sea seabirds. Marine Ecology Progress Series, 712, 45-61. https://doi.org/10.3354/meps14501\n`;
    const a = articlesOf(text)[0]!;
    expect(a.doi).toBe('10.3354/meps14501');
    expect(a.title).toBe('Offshore wind farms and the breeding success of North Sea seabirds');
    expect(a.authors.map((p) => p.family)).toEqual(['Rennie-Obi', 'Mbeki-Forsyth', 'Lund', 'Pardo-Greer', 'Ikeda', 'Falk', 'Quan']);
  });

  it('keeps a list joined by "&" as it was (unchanged)', () => {
    const text = `${head}Rennie-Obi, C., Mbeki-Forsyth, A., & Quan, H. (2045). Offshore wind farms and the breeding success of North Sea seabirds. Marine Ecology Progress Series, 712, 45-61. https://doi.org/10.3354/meps14501\n`;
    const a = articlesOf(text)[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Rennie-Obi', 'Mbeki-Forsyth', 'Quan']);
    expect(a.title).toBe('Offshore wind farms and the breeding success of North Sea seabirds');
  });
});

describe('a quoted title set off by commas after "the study" (round 42)', () => {
  const lead = (sentence: string): string =>
    `# Bats hunt by the hum of streetlights\n\n**BRISTOL, 2 June 2045** – Bats fed longer under old sodium streetlights, according to the study, ${sentence}\n\n` +
    '"The older lamps draw insects from a long way off, and the bats have learned that," said Dr Priya Oduya-Hale, the paper\'s first author.\n';
  it.each([
    ['", published today in"', '"Sodium streetlights extend the foraging time of urban pipistrelles", published today in *Ecology Letters*.'],
    ['", which was published in"', '"Sodium streetlights extend the foraging time of urban pipistrelles", which was published in *Ecology Letters* today.'],
  ])('reads it as the title, not a quote, before %s', (_label, sentence) => {
    const text = lead(sentence);
    expect(articlesOf(text, 'md')[0]!.title).toBe('Sodium streetlights extend the foraging time of urban pipistrelles');
    expect(speakersOf(text)).toEqual([['Priya Oduya-Hale', 'The older lamps draw ins']]);
  });

  it('keeps a person\'s words after "according to" a named speaker (unchanged)', () => {
    const text =
      '# Bats hunt by the hum of streetlights\n\n**BRISTOL, 2 June 2045** – Bats fed longer under old sodium streetlights, a study in *Ecology Letters* reports.\n\n' +
      'According to Dr Priya Oduya-Hale, an ecologist and the paper\'s first author, "the older lamps draw insects from a long way off."\n';
    expect(speakersOf(text)).toEqual([['Priya Oduya-Hale', 'the older lamps draw ins']]);
  });
});

describe('citation fields as a definition list of bare labels and values (round 42)', () => {
  const page = (rows: string): string =>
    '<html><body><h1>Paper battery powers a soil sensor for a year</h1>' +
    '<p><b>DELFT, the Netherlands, 12 March 2045</b> &ndash; A battery made of paper and zinc ran a soil sensor for a year, engineers report in <i>Nature Electronics</i>.</p>' +
    '<p>&ldquo;When the sensor is done, the battery can rot in the field with it,&rdquo; said Dr Joris Okafor-Smit, who built it.</p>' +
    `<h3>The paper</h3><dl>${rows}</dl></body></html>`;
  it('reads the DOI, the title and the authors of the pairs', () => {
    const rows =
      '<dt>Journal</dt><dd>Nature Electronics</dd><dt>Title</dt><dd>A biodegradable paper-zinc battery for year-long soil sensing</dd>' +
      '<dt>Authors</dt><dd>Joris Okafor-Smit, Annelies de Groot-Vance</dd><dt>DOI</dt><dd>10.1038/s41928-045-01234-7</dd>';
    const a = articlesOf(page(rows), 'html')[0]!;
    expect(a.doi).toBe('10.1038/s41928-045-01234-7');
    expect(a.title).toBe('A biodegradable paper-zinc battery for year-long soil sensing');
    expect(a.authors.map((p) => p.family)).toEqual(['Okafor-Smit', 'de Groot-Vance']);
    expect(a.journal).toBe('Nature Electronics');
  });

  it('reads no paper from a list of an event\'s "Date" and "Place" (unchanged)', () => {
    const rows = '<dt>Date</dt><dd>14 March 2045</dd><dt>Place</dt><dd>Aula, Delft University</dd>';
    const a = articlesOf(page(rows), 'html')[0];
    expect(a?.doi ?? null).toBeNull();
    expect(a?.title ?? null).toBeNull();
  });
});
