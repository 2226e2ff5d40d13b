/**
 * Round 20b: districts that are no journals, short BMC article numbers, disclaimers before a
 * reference, reports and chapters that are no papers, inverted double family names.
 * @packageDocumentation
 */
import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { parseReference } from '../src/extractors/article/reference-line.js';
import { cleanJournal } from '../src/extractors/article/journal.js';
import { isPlaceName } from '../src/extractors/article/place-name.js';
import { rejoinInvertedFirst } from '../src/extractors/article/inverted-pair.js';

describe('places named by their kind of district', () => {
  it('reads "Kilifi County" and "the Eastern Province" as places', () => {
    expect(isPlaceName('Kilifi County')).toBe(true);
    expect(isPlaceName('the Eastern Province')).toBe(true);
    expect(isPlaceName('Journal of Hydrology')).toBe(false);
  });

  it('takes no district for the journal of a paper published "this week", and dates it by the post', () => {
    const text = [
      '---',
      'title: "Goats on the ridge keep the grass shorter than expected"',
      'date: 2031-08-04T10:00:00+03:00',
      '---',
      '',
      'Our team has published the results of a two-year count of grazing plots in Kilifi County. We found that browsing goats kept the grass shorter than cattle did.',
      '',
      'The paper appeared this week in *Rangeland Ecology and Management* (doi: [10.1016/j.rama.2031.05.007](https://doi.org/10.1016/j.rama.2031.05.007)).',
    ].join('\n');
    const arts = articlesOf(text, 'md');
    expect(arts).toHaveLength(1);
    expect(arts[0]).toMatchObject({ doi: '10.1016/j.rama.2031.05.007', journal: 'Rangeland Ecology and Management', year: 2031 });
  });
});

describe('short article numbers after a colon', () => {
  it('reads "Pastoralism 21: 14." before the link as volume and pages', () => {
    expect(readNumbers('Wanjiru, K. (2031) Goats and drought. Pastoralism 21: 14. https://doi.org/10.1186/s13570-031-00301-2')).toMatchObject({ volume: '21', pages: '14' });
  });

  it('reads no clock time as volume and pages', () => {
    expect(readNumbers('The briefing opens on Monday 10:30.')).toMatchObject({ volume: null, pages: null });
  });
});

describe('a disclaimer before a reference', () => {
  it('reads the working paper after "The views expressed are the author\'s own."', () => {
    const text = [
      'Why Durban households went back to paraffin',
      '',
      'The short answer is that the price of gas doubled in a year.',
      '',
      '*The views expressed are the author\'s own. Zulu, N., Govender, P. and Mokoena, L. (2031). "Stove choice under price shocks in eThekwini." ERSA Working Paper No. 912, Economic Research Southern Africa.*',
    ].join('\n');
    const arts = articlesOf(text, 'md');
    expect(arts).toHaveLength(1);
    expect(arts[0]).toMatchObject({ title: 'Stove choice under price shocks in eThekwini', journal: 'ERSA Working Paper', issue: null, year: 2031 });
    expect(arts[0]!.authors.map((a) => a.family)).toEqual(['Zulu', 'Govender', 'Mokoena']);
  });

  it('keeps no "No" of a series number in the journal, nor the number as an issue', () => {
    expect(cleanJournal('ERSA Working Paper No.')).toBe('ERSA Working Paper');
    expect(readNumbers('ERSA Working Paper No. 912, Economic Research Southern Africa.').issue).toBeNull();
  });
});

describe('reports and chapters are no papers', () => {
  it('reports no paper for a report "available at" a repository DOI', () => {
    const text = 'APIA, Samoa – Village fish wardens cut reef poaching by a third, according to a new report.\n\nThe report, *Guarding the Lagoon: Village Wardens in Samoa 2029–2031*, is available at https://doi.org/10.5281/zenodo.13000412.\n';
    expect(articlesOf(text)).toEqual([]);
  });

  it('reports no paper for a chapter in an edited book', () => {
    const text = 'LAGOS, 2 February 2032 — A chapter by Dr Bola Adeyemi on dock strikes appears in a new edited collection.\n\nAdeyemi, B. (2032). Cranes and strikes: the Apapa dock dispute of 1959. In: T. Okafor and M. Sow (eds.), Ports and Labour in Africa, pp. 55–80. Ibadan: Example University Press.\n';
    expect(articlesOf(text)).toEqual([]);
    expect(parseReference('Adeyemi, B. (2032). Cranes and strikes: the Apapa dock dispute of 1959. In: T. Okafor and M. Sow (eds.), Ports and Labour in Africa, pp. 55–80.').chapter).toBe(true);
  });
});

describe('an inverted first author with a two-word family name', () => {
  it('joins "Rojas Pérez, Camila Andrea," when the release names "Camila Andrea Rojas Pérez"', () => {
    const line = 'Gómez Arango, Luisa Fernanda, and Pablo Ruiz. 2032. "Title."';
    const people = [{ given: 'Gómez', family: 'Arango' }, { given: 'Luisa', family: 'Fernanda' }, { given: 'Pablo', family: 'Ruiz' }];
    expect(rejoinInvertedFirst(people, line, 'Authors Luisa Fernanda Gómez Arango and Pablo Ruiz ran it.')).toEqual([
      { given: 'Luisa Fernanda', family: 'Gómez Arango' },
      { given: 'Pablo', family: 'Ruiz' },
    ]);
    // Without the natural order elsewhere, three people stay three.
    expect(rejoinInvertedFirst(people, line, 'Nothing else.')).toHaveLength(3);
  });

  it('reads the AER line of a release that names the authors in prose', () => {
    const text = [
      'Bogotá, 4 May 2032 — Savings groups helped coffee growers replant after leaf rust, economists report.',
      '',
      'Authors Luisa Fernanda Gómez Arango and Pablo Ruiz followed 1,800 farms in Huila.',
      '',
      'Gómez Arango, Luisa Fernanda, and Pablo Ruiz. 2032. "Replanting After Rust: Savings Groups and Coffee in Colombia." *American Economic Review* 122 (5): 1401–33.',
    ].join('\n');
    const arts = articlesOf(text, 'md');
    expect(arts[0]!.authors).toEqual([
      { given: 'Luisa Fernanda', family: 'Gómez Arango' },
      { given: 'Pablo', family: 'Ruiz' },
    ]);
  });
});

describe('Nature abbreviations, Spanish "y" lists and Oxford Academic lines', () => {
  it('reads "Nat. Clim. Change" as one abbreviated journal', () => {
    const ref = parseReference('Tane, R., Whiu, K. & Lee, T. Seagrass returns to a drained harbour. Nat. Clim. Change 23, 101–108 (2033).');
    expect(ref).toMatchObject({ title: 'Seagrass returns to a drained harbour', volume: '23', pages: '101-108', year: 2033 });
    expect(ref.journal).toMatch(/^Nat\.? Clim\.? Change$/);
  });

  it('reads the last author of an APA list joined by "y"', () => {
    const ref = parseReference('Solano, A. M., Vargas, J. P. y Quesada Mora, L. (2031). Hongos del bosque nuboso. Revista de Biología Tropical, vol. 79, núm. 3, pp. 410-422.');
    expect(ref.authors.map((a) => a.family)).toEqual(['Solano', 'Vargas', 'Quesada Mora']);
    expect(ref).toMatchObject({ title: 'Hongos del bosque nuboso', journal: 'Revista de Biología Tropical', volume: '79', issue: '3', pages: '410-422' });
  });

  it('reads names, title and journal of an Oxford Academic "Cite" line', () => {
    const ref = parseReference('Amina Okello, Daniel Mugisha, Rainfall Insurance and Planting Decisions in Northern Uganda, Journal of African Economies, Volume 42, Issue 1, January 2033, Pages 12–39, https://doi.org/10.1093/jae/ejac077');
    expect(ref).toMatchObject({
      doi: '10.1093/jae/ejac077',
      title: 'Rainfall Insurance and Planting Decisions in Northern Uganda',
      journal: 'Journal of African Economies',
      volume: '42',
      issue: '1',
      pages: '12-39',
      year: 2033,
    });
    expect(ref.authors).toEqual([
      { given: 'Amina', family: 'Okello' },
      { given: 'Daniel', family: 'Mugisha' },
    ]);
  });
});

describe('Cell Press numbers and a sole inverted author', () => {
  it('reads "Current Biology 42, 1201–1210.e4." before the link as volume and pages', () => {
    expect(readNumbers('Current Biology 42, 1201–1210.e4. https://doi.org/10.1016/j.cub.2032.03.011')).toMatchObject({ volume: '42', pages: '1201-1210.e4' });
    expect(readNumbers('Cell Reports 43, 114021.')).toMatchObject({ volume: '43', pages: '114021' });
  });

  it('reads no year after a comma as pages', () => {
    expect(readNumbers('The trial moves to Phase 3, 2031.')).toMatchObject({ volume: null, pages: null });
  });

  it('keeps the given name of "Huaman Quispe, Elena." when the prose names "Elena Huaman Quispe"', () => {
    const line = 'Huaman Quispe, Elena. 2032. "Title."';
    expect(rejoinInvertedFirst([{ given: 'Huaman', family: 'Quispe' }], line, 'Dr. Elena Huaman Quispe said.')).toEqual([{ given: 'Elena', family: 'Huaman Quispe' }]);
  });
});
