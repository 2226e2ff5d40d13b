import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

describe('a title in quotes closed by a full stop inside the marks, with a sentence after it (round 68)', () => {
  it.each([
    ['The results appear in Marine Biology under the title "Seasonal shifts in kelp forest grazing by purple urchins." The divers counted urchins for six winters.', 'Seasonal shifts in kelp forest grazing by purple urchins'],
    ['The paper is titled “Wind-driven upwelling and larval supply along a rocky coast.” Two graduate students led the fieldwork.', 'Wind-driven upwelling and larval supply along a rocky coast'],
  ])('reads %j', (sentence, title) => {
    const a = articlesOf(`Kelp forests are thinning\n\nMarch 3, 2041\n\n${sentence}\n\nDOI: 10.1007/s00227-041-04411-2\n`);
    expect(a[0]?.doi).toBe('10.1007/s00227-041-04411-2');
    expect(a[0]?.title).toBe(title);
  });

  it('keeps a quotation with no title word out of the title, as before', () => {
    const a = articlesOf('Kelp forests are thinning\n\nMarch 3, 2041\n\n"We counted every urchin on the transects for six winters," said Ida Morrow-Kent.\n\nDOI: 10.1007/s00227-041-04411-2\n');
    expect(a[0]?.title).toBeNull();
  });
});

describe('an Estonian "Viide:" reference line (round 68)', () => {
  it('reads the APA reference after the label', () => {
    const a = articlesOf('Uus uuring\n\n05.10.2041\n\nViide: Tamm, K., Saar, M. (2041). Frost heave in peat roads under thaw cycles. Cold Regions Science and Technology, 221, 104188. https://doi.org/10.1016/j.coldregions.2041.104188\n');
    expect(a[0]?.doi).toBe('10.1016/j.coldregions.2041.104188');
    expect(a[0]?.title).toBe('Frost heave in peat roads under thaw cycles');
    expect(a[0]?.authors.map((p) => p.family)).toEqual(['Tamm', 'Saar']);
  });
});

describe('Estonian verbs of saying after a quote (round 68)', () => {
  it.each([
    ['„Meie mõõtmised näitavad, et sood seovad rohkem süsinikku kui arvati,“ ütles TalTechi professor Maret Lõhmus-Kivi.', 'Maret Lõhmus-Kivi'],
    ['„Meie mõõtmised näitavad, et sood seovad rohkem süsinikku kui arvati,“ sõnas teadur Priit Oja-Sepp.', 'Priit Oja-Sepp'],
  ])('reads the speaker of %j', (para, speaker) => {
    expect(speakersOf(`# Sood ja süsinik\n\n${para}\n`)).toEqual([[speaker, expect.stringContaining('Meie mõõtmised näitavad')]]);
  });
});

describe('an Estonian "Lisainfo:" contact block (round 68)', () => {
  it('reads the person under the label', () => {
    const c = contactsOf('# Sood ja süsinik\n\nTeadlased mõõtsid soid.\n\nLisainfo:\nMaret Lõhmus-Kivi\nprofessor\nmaret.lohmus@taltech.example.ee\n+372 620 2290\n');
    expect(c).toEqual([['Maret Lõhmus-Kivi', 'maret.lohmus@taltech.example.ee', '+372 620 2290']]);
  });
});

describe('a capitalised Danish rank before a name (round 68)', () => {
  it('drops "Lektor" from the speaker and the contact', () => {
    const text = '# Broer af vinger\n\n"Vingerne har masser af styrke tilbage efter tyve år," siger lektor Jens Fabricius-Holt.\n\n**Kontakt**\nLektor Jens Fabricius-Holt, Aalborg Universitet\njfh@aau.example.dk\nTlf.: 9940 1234\n';
    expect(speakersOf(text)[0]?.[0]).toBe('Jens Fabricius-Holt');
    expect(contactsOf(text)[0]?.[0]).toBe('Jens Fabricius-Holt');
  });

  it('keeps a two-word name without a rank whole, as before', () => {
    const text = '# Broer af vinger\n\n**Kontakt**\nJens Fabricius-Holt, Aalborg Universitet\njfh@aau.example.dk\nTlf.: 9940 1234\n';
    expect(contactsOf(text)[0]?.[0]).toBe('Jens Fabricius-Holt');
    expect(recordOf(text, 'md').release.headline).toBe('Broer af vinger');
  });
});
