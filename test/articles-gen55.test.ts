import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const head = 'Seagrass meadows recover faster where sea otters return\n\nNAGASAKI, Japan, 14 May 2058 - Seagrass beds in three bays grew back twice as fast after sea otters were reintroduced, a ten-year survey of the seabed off western Kyushu finds, and the sea urchins and crabs that graze the young shoots have grown scarcer in every bay the otters reached.\n\n' +
  '"The otters keep the crabs in check, and the crabs were the ones eating the seedlings," said Dr. Saori Imamura-Bell, a marine ecologist at Kyushu Coast University.\n\n' +
  'Divers counted shoots in fixed plots every spring and autumn, and traps set beside the plots showed that crab numbers fell by two thirds within three years of the otters’ return.\n\n' +
  'The bays without otters saw almost no change over the same decade.\n\n';
const tail = '\n\nMedia contact: Ren Takeuchi, r.takeuchi@kcu.example.ac.jp, +81 95 555 0187';

describe('a "by" list of names with flattened affiliation numbers (round 55)', () => {
  it.each([
    ['numbers after each name', 'by Saori Imamura-Bell1, Kenji Aoyagi2 and Lena Hartmann1,3.'],
    ['numbers and a corresponding mark', 'by Saori Imamura-Bell1*, Kenji Aoyagi2 and Lena Hartmann1,3.'],
    ['superscript digits', 'by Saori Imamura-Bell¹, Kenji Aoyagi² and Lena Hartmann¹,³.'],
    ['no numbers at all', 'by Saori Imamura-Bell, Kenji Aoyagi and Lena Hartmann.'],
  ])('reads the authors with %s', (_case, by) => {
    const text = head + 'Notes to Editor\n\nThe research findings described in this media release can be found in the journal Marine Ecology Progress Series, under the title, “Sea otter return speeds seagrass recovery in sheltered bays” ' + by +
      '\n\nDOI: 10.3354/meps58123' + tail;
    const a = articlesOf(text)[0]!;
    expect(a.doi).toBe('10.3354/meps58123');
    expect(a.title).toBe('Sea otter return speeds seagrass recovery in sheltered bays');
    expect(a.authors.map((p) => `${p.given} ${p.family}`)).toEqual(['Saori Imamura-Bell', 'Kenji Aoyagi', 'Lena Hartmann']);
  });

  it('keeps the speaker and the contact of the release', () => {
    const text = head + 'Notes to Editor\n\nThe research findings described in this media release can be found in the journal Marine Ecology Progress Series, under the title, “Sea otter return speeds seagrass recovery in sheltered bays” by Saori Imamura-Bell1, Kenji Aoyagi2.\n\nDOI: 10.3354/meps58123' + tail;
    expect(speakersOf(text).map(([speaker]) => speaker)).toEqual(['Saori Imamura-Bell']);
    expect(contactsOf(text)).toEqual([['Ren Takeuchi', 'r.takeuchi@kcu.example.ac.jp', '+81 95 555 0187']]);
  });
});

describe('"published a research article titled “…” in Journal" (round 55)', () => {
  it.each([
    ['a research article titled', 'The team published a research article titled “Sea otter return speeds seagrass recovery in sheltered bays” in Ecology.', 'Ecology'],
    ['a paper entitled, with a comma', 'The team published a paper entitled, “Sea otter return speeds seagrass recovery in sheltered bays,” in Marine Ecology Progress Series on Monday.', 'Marine Ecology Progress Series'],
    ['their study called', 'They published their study called "Sea otter return speeds seagrass recovery in sheltered bays" in Conservation Letters.', 'Conservation Letters'],
  ])('reads the journal after %s', (_case, sentence, journal) => {
    const a = articlesOf(head + sentence + '\n\nLink to the article: https://doi.org/10.3354/meps58123' + tail)[0]!;
    expect(a.doi).toBe('10.3354/meps58123');
    expect(a.title).toBe('Sea otter return speeds seagrass recovery in sheltered bays');
    expect(a.journal).toBe(journal);
  });

  it.each([
    ['a month after the title', 'The team published a research article titled “Sea otter return speeds seagrass recovery in sheltered bays” in March.'],
    ['a place after the title', 'The team presented a study titled “Sea otter return speeds seagrass recovery in sheltered bays” in Nagasaki.'],
  ])('reads no journal from %s', (_case, sentence) => {
    const a = articlesOf(head + sentence + '\n\nLink to the article: https://doi.org/10.3354/meps58123' + tail)[0]!;
    expect(a.journal).toBeNull();
  });
});

describe('house styles already read (round 55, must not change)', () => {
  it('reads a "Paper information" block with numbered affiliations', () => {
    const text = head + 'Paper information\nJournal: Marine Ecology Progress Series\nTitle: Sea otter return speeds seagrass recovery in sheltered bays\nAuthors: Saori Imamura-Bell1*, Kenji Aoyagi2\n1Faculty of Fisheries, Kyushu Coast University\n2Nagasaki Marine Station\n*Corresponding author\nDOI: 10.3354/meps58123' + tail;
    const a = articlesOf(text)[0]!;
    expect(a.journal).toBe('Marine Ecology Progress Series');
    expect(a.authors.map((p) => p.family)).toEqual(['Imamura-Bell', 'Aoyagi']);
  });

  it('reads "The article, “…,” was published in X at DOI: …"', () => {
    const text = head + 'The article, “Sea otter return speeds seagrass recovery in sheltered bays,” was published in Ecology at DOI: https://doi.org/10.1002/ecy.58123' + tail;
    const a = articlesOf(text)[0]!;
    expect(a.doi).toBe('10.1002/ecy.58123');
    expect(a.title).toBe('Sea otter return speeds seagrass recovery in sheltered bays');
    expect(a.journal).toBe('Ecology');
  });

  it('leaves the DOI empty for a nature.com article link, and keeps the headline', () => {
    const text = head + 'The paper, titled "Sea otter return speeds seagrass recovery in sheltered bays", was published in Nature Ecology & Evolution on May 13, 2058.\n\nLink to the paper: https://www.nature.com/articles/s41559-058-01234-5' + tail;
    const a = articlesOf(text)[0]!;
    expect(a.doi).toBeNull();
    expect(a.journal).toBe('Nature Ecology & Evolution');
    expect(recordOf(text).release.headline).toBe('Seagrass meadows recover faster where sea otters return');
  });
});
