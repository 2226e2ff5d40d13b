import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, speakersOf } from './support/invented.js';

const head = 'Salt marsh grasses store more carbon when crabs dig\n\nDurban, 9 June 2058 - Burrowing crabs push carbon deeper into salt marsh soils, a five-year field study on the KwaZulu-Natal coast finds.\n\n' +
  '"Every burrow is a small chimney that carries leaf litter down where it can stay for centuries," says Professor Lindiwe Mthembu of the School of Life Sciences.\n\n';
const tail = '\n\nMedia contact: Sipho Ndlovu, sipho.ndlovu@example-uni.ac.za, 031 555 0142\n';

describe('Harvard reference without an issue: volume, "pp." and the pages (round 57)', () => {
  it.each([
    ['"163, pp.412-421"', 'Marine Ecology Progress Series, 163, pp.412-421.', '163', '412-421'],
    ['"88, pp. 17–29"', 'Estuarine, Coastal and Shelf Science, 88, pp. 17–29.', '88', '17-29'],
    ['"214, p.77"', 'Marine Ecology Progress Series, 214, p.77.', '214', '77'],
  ])('reads the volume and pages of %s', (_case, tailPart, volume, pages) => {
    const ref = 'Reference: Mthembu, L., Naidoo, K. and Botha, R., 2058. Crab burrows bury carbon in subtropical salt marshes. ' + tailPart + ' https://doi.org/10.3354/meps20581';
    const a = articlesOf(head + ref + tail)[0]!;
    expect(a.doi).toBe('10.3354/meps20581');
    expect(a.volume).toBe(volume);
    expect(a.pages).toBe(pages);
    expect(a.year).toBe(2058);
  });

  it('does not take a year before "pp." for the volume (must not change)', () => {
    const a = articlesOf(head + 'Reference: Mthembu, L., 2058. Crab burrows bury carbon. Working Papers in Ecology, 2058, pp. 1-30. https://doi.org/10.3354/meps20581' + tail)[0]!;
    expect(a.volume).toBeNull();
  });
});

describe('"with the title" before a quoted title (round 57)', () => {
  it('reads the quoted title', () => {
    const a = articlesOf(head + 'The study appeared in the journal Oecologia with the title "Bioturbation by fiddler crabs deepens carbon storage in salt marsh soils". DOI: 10.1007/s00442-058-0412-3' + tail)[0]!;
    expect(a.title).toBe('Bioturbation by fiddler crabs deepens carbon storage in salt marsh soils');
    expect(a.journal).toBe('Oecologia');
  });

  it('reads no title from "with the title of" a rank (must not change)', () => {
    const a = articlesOf(head + 'Mthembu, honoured in 2057 with the title of Distinguished Professor, published the work in Oecologia. DOI: 10.1007/s00442-058-0412-3' + tail)[0]!;
    expect(a.title).toBeNull();
  });
});

describe('a prose author list in two parts joined by ", together with" (round 57)', () => {
  it.each([
    ['"together with" after a two-"of" affiliation', 'The authors are Lindiwe Mthembu, Kavitha Naidoo and Ruan Botha of the School of Life Sciences of the University of KwaZulu-Natal, together with Ana Ferreira of the University of Porto.'],
    ['"along with" after an affiliation', 'The authors are Lindiwe Mthembu, Kavitha Naidoo and Ruan Botha of the School of Life Sciences, along with Ana Ferreira of the University of Porto.'],
  ])('reads every author of %s', (_case, sentence) => {
    const a = articlesOf(head + 'The study was published in Oecologia. ' + sentence + ' DOI: 10.1007/s00442-058-0412-3' + tail)[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Mthembu', 'Naidoo', 'Botha', 'Ferreira']);
  });

  it('keeps a plain list whole (must not change)', () => {
    const a = articlesOf(head + 'The study was published in Oecologia. The authors are Lindiwe Mthembu, Kavitha Naidoo and Ruan Botha. DOI: 10.1007/s00442-058-0412-3' + tail)[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Mthembu', 'Naidoo', 'Botha']);
  });
});

describe('a role in brackets after a name that opens a sentence (round 57)', () => {
  it.each([
    ['"Professor"', 'The work appeared in Oecologia on 9 June. Professor Lindiwe Mthembu (corresponding author) and Ph.D. candidate Ruan Botha (first author) led it.'],
    ['no title', 'The work appeared in Oecologia in June. Lindiwe Mthembu (corresponding author) and Ruan Botha (first author) led it.'],
  ])('reads both authors after a sentence ending on a word, with %s', (_case, sentence) => {
    const a = articlesOf(head + sentence + ' DOI: 10.1007/s00442-058-0412-3' + tail)[0]!;
    expect(a.authors.map((p) => [p.given, p.family])).toEqual([['Lindiwe', 'Mthembu'], ['Ruan', 'Botha']]);
  });

  it('keeps the speaker and the contact of the release', () => {
    const text = head + 'The work appeared in Oecologia on 9 June. Professor Lindiwe Mthembu (corresponding author) led it. DOI: 10.1007/s00442-058-0412-3' + tail;
    expect(speakersOf(text).map(([speaker]) => speaker)).toEqual(['Lindiwe Mthembu']);
    expect(contactsOf(text)).toEqual([['Sipho Ndlovu', 'sipho.ndlovu@example-uni.ac.za', '031 555 0142']]);
  });
});
