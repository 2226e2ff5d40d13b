import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Kelp forests return where sea urchins are fished\n\n';
const LEAD = 'Text of the lead, 4 March 2036.\n\n';
const QUOTE = 'The urchin barrens turned green again within two seasons';

describe('a body by the short name bracketed after its name (round 37)', () => {
  it.each([
    ['the Kelp Restoration Network (KR)', 'KR explained.'],
    ['the Marine Trust (MT)', 'said MT.'],
  ] as const)('gives no speaker for %j … %j, and keeps the quote', (body, tail) => {
    const q = speakersOf(`${HEAD}${LEAD}The dives were run by ${body} with 60 volunteers.\n\n"${QUOTE}," ${tail}\n`, 'txt');
    expect(q).toEqual([[null, QUOTE.slice(0, 24)]]);
  });

  it('still resolves a person\'s bracketed initials', () => {
    const q = speakersOf(`${HEAD}${LEAD}The dives were led by Dr. Marguerite Tallis (MT) of the Marine Trust.\n\n"${QUOTE}," MT noted.\n`, 'txt');
    expect(q).toEqual([['Marguerite Tallis', QUOTE.slice(0, 24)]]);
  });

  it('still reads a lone surname with no brackets', () => {
    const q = speakersOf(`${HEAD}${LEAD}The dives were led by Dr. Marguerite Tallis.\n\n"${QUOTE}," Tallis said.\n`, 'txt');
    expect(q).toEqual([['Marguerite Tallis', QUOTE.slice(0, 24)]]);
  });
});

describe('a quote inside a photo caption among the head lines (round 37)', () => {
  it.each([
    ['md', `# Kelp forests return where sea urchins are fished\n\n**4 March 2036**\n\nText of the lead.\n\n![Kelp](kelp.jpg)\n\n*Photo: Dr. Esperanza Villalobos-Grant on a survey dive. “${QUOTE},” she said. Credit: Coastal Lab*\n\nMore text of the body.\n`],
    ['html', `<h1>Kelp forests return where sea urchins are fished</h1><p>4 March 2036</p><p>Text of the lead.</p><figure><img src="k.jpg" alt="Kelp"><figcaption>Image: Dr. Esperanza Villalobos-Grant on a survey dive. “${QUOTE},” she said.</figcaption></figure><p>More text of the body.</p>`],
  ] as const)('reads it with its speaker (%s)', (ext, text) => {
    expect(speakersOf(text, ext)).toEqual([['Esperanza Villalobos-Grant', QUOTE.slice(0, 24)]]);
  });

  it('reads no quote from a caption with a scare-quoted term', () => {
    const text = `# Kelp forests return where sea urchins are fished\n\n**4 March 2036**\n\nText of the lead.\n\n*Photo: a diver over an “urchin barren”. Credit: Coastal Lab*\n\nMore text of the body.\n`;
    expect(speakersOf(text, 'md')).toEqual([]);
  });
});

describe('a contact printed family name first with a comma (round 37)', () => {
  it.each([
    ['Villanueva, Rosalind – Media Relations', 'r.villanueva@kelp-example.org'],
    ['Villanueva, Rosalind', 'rvillanueva@kelp-example.org'],
    ['Villanueva, Rosalind, Press Officer', 'villanueva.r@kelp-example.org'],
  ] as const)('reads %j when the address holds the family name', (line, email) => {
    const c = contactsOf(`${HEAD}${LEAD}Media contact:\n${line}\n${email}\n+44 1752 555 014\n`, 'txt');
    expect(c).toEqual([['Rosalind Villanueva', email, '+44 1752 555 014']]);
  });

  it('leaves a place line unchanged when the address holds neither word', () => {
    const c = contactsOf(`${HEAD}${LEAD}Media contact:\nPress Office\nPlymouth, Devon\npress@kelp-example.org\n+44 1752 555 014\n`, 'txt');
    expect(c.map(([n]) => n)).toEqual([null]);
  });
});

describe('a quote after "According to X, a role at the … Research," (round 37)', () => {
  it('is speech, not the paper\'s title', () => {
    const a = articlesOf(`${HEAD}${LEAD}According to Dr. Esperanza Villalobos-Grant, a diver at the Institute for Coastal Research, "the urchins had eaten every holdfast on the reef before the fishery opened."\n\nThe study appears in Marine Biology. DOI: 10.1007/s00227-036-04411-2\n`);
    expect(a.map((x) => [x.doi, x.title])).toEqual([['10.1007/s00227-036-04411-2', null]]);
  });

  it('still reads a title after "the research," with no reporting verb', () => {
    const a = articlesOf(`${HEAD}${LEAD}The team published the research, "Urchin removal restores kelp canopies on temperate reefs", in Marine Biology. DOI: 10.1007/s00227-036-04411-2\n`);
    expect(a.map((x) => x.title)).toEqual(['Urchin removal restores kelp canopies on temperate reefs']);
  });
});

describe('article numbers of round 37', () => {
  it('reads a bracketed year after the volume as the year, not the issue', () => {
    const a = articlesOf(`${HEAD}${LEAD}Paper: Villalobos-Grant E. "Urchin removal restores kelp canopies." Marine Biology 183 (2036): 112. https://doi.org/10.1007/s00227-036-04411-2\n`);
    expect(a.map((x) => [x.volume, x.issue, x.pages, x.year])).toEqual([['183', null, '112', 2036]]);
  });

  it('keeps a bracketed issue as the issue', () => {
    const a = articlesOf(`${HEAD}${LEAD}Paper: Villalobos-Grant E. "Urchin removal restores kelp canopies." Marine Biology 2036;183(4):112-120. https://doi.org/10.1007/s00227-036-04411-2\n`);
    expect(a.map((x) => [x.volume, x.issue, x.pages, x.year])).toEqual([['183', '4', '112-120', 2036]]);
  });

  it('reads a title set in an HTML <cite>', () => {
    const r = recordOf(`<h1>Kelp forests return where sea urchins are fished</h1><p>4 March 2036</p><p>Text of the lead.</p><p>The study, <cite>Urchin removal restores kelp canopies on temperate reefs</cite>, is published in <em>Marine Biology</em>. DOI: 10.1007/s00227-036-04411-2</p>`, 'html');
    expect(r.articles.map((x) => x.title)).toEqual(['Urchin removal restores kelp canopies on temperate reefs']);
  });
});
