import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const TITLE = 'Moss carpets cool city rooftops more than white paint';
const BODY = 'Engineers compared 30 flat roofs in three cities over two summers.';
const QUOTE = '"A wet moss roof stayed four degrees cooler than the painted one at noon," said Dr. Linnea Achterberg-Owusu, who led the study.';
const PAPER = 'The study appears in Building and Environment (doi: 10.1016/j.buildenv.2038.111902).';
const CONTACT = 'Media contact: Tobias Renwick-Amadi, +44 20 5555 0177, t.renwick@roofs.example.ac.uk';

describe('a release set as a letter, whose salutation comes before the headline (round 44)', () => {
  const letter = (salutation: string): string =>
    `Office of Communications\nHarbourside University\n\n4 March 2038\n\n${salutation}\n\n${TITLE}\n\nI am writing to let you know about a new study from our engineers.\n\n${BODY}\n\n${QUOTE}\n\n${PAPER}\n\nSincerely,\n\nTobias Renwick-Amadi\nPress Officer\nt.renwick@roofs.example.ac.uk\n+44 20 5555 0177\n`;

  it.each(['Dear editor,', 'Dear Sir or Madam,', 'Dear colleagues:', 'To the news desk,'])('takes the line under "%s" as the headline', (salutation) => {
    const text = letter(salutation);
    const r = recordOf(text, 'txt');
    expect(r.release.headline).toBe(TITLE);
    expect(r.release.datePublished).toBe('2038-03-04');
    expect(articlesOf(text, 'txt')[0]!.doi).toBe('10.1016/j.buildenv.2038.111902');
    expect(speakersOf(text, 'txt')).toEqual([['Linnea Achterberg-Owusu', 'A wet moss roof stayed f']]);
    expect(contactsOf(text, 'txt')[0]![0]).toBe('Tobias Renwick-Amadi');
  });

  it.each([
    // A headline that happens to open with "To" and ends in a colon is no salutation.
    ['To the Moon and back:', 'To the Moon and back:'],
    // A headline that opens with "Dear" but goes on after its comma stays the headline.
    ['Dear diary, the bees are back in the city parks this spring', 'Dear diary, the bees are back in the city parks this spring'],
  ])('keeps "%s" as the headline', (line, headline) => {
    const text = `${line}\n\n4 March 2038\n\n${BODY}\n\n${QUOTE}\n\n${PAPER}\n\n${CONTACT}\n`;
    expect(recordOf(text, 'txt').release.headline).toBe(headline);
  });
});

describe('a page whose sidebar of other stories, each date over its headline, comes before the article (round 44)', () => {
  const item = (date: string, headline: string): string => `<div class="teaser"><p>${date}</p><h3><a href="#">${headline}</a></h3></div>`;
  const page = (label: string, items: string): string =>
    `<html><body><div class="side"><h2>${label}</h2>${items}</div><div class="main"><h1>${TITLE}</h1><p class="date">9 April 2038</p><p>${BODY}</p><p>${QUOTE.replace(/"/g, '&quot;')}</p><p>${PAPER}</p><p>${CONTACT}</p></div></body></html>`;

  it.each([
    ['More news', item('2 April 2038', 'Library opens on Sundays from May') + item('28 March 2038', 'Robotics team wins national title')],
    ['Latest news', item('April 2, 2038', 'Library opens on Sundays from May')],
    ['Related stories', item('2 April 2038', 'Library opens on Sundays from May') + item('28 March 2038', 'Robotics team wins national title') + item('20 March 2038', 'New chair of physics named')],
  ])('reads the article\'s own date and headline under "%s"', (label, items) => {
    const r = recordOf(page(label, items), 'html');
    expect(r.release.datePublished).toBe('2038-04-09');
    expect(r.release.headline).toBe(TITLE);
    expect(articlesOf(page(label, items), 'html')[0]!.doi).toBe('10.1016/j.buildenv.2038.111902');
  });

  it('leaves a release whose own date stands over its headline under an empty label', () => {
    const text = `Related news\n\n9 April 2038\n\n${TITLE}\n\n${BODY} They also measured the roofs' water run-off after every storm.\n\n${QUOTE}\n\n${PAPER}\n\n${CONTACT}\n`;
    const r = recordOf(text, 'txt');
    expect(r.release.datePublished).toBe('2038-04-09');
    expect(r.release.headline).toBe(TITLE);
  });
});

describe('a quoted title between the verb\'s "in" and the journal\'s (round 44)', () => {
  it.each([
    ['The work is described in "Moss cover and surface temperature on flat urban roofs" in *Building and Environment* (doi: 10.1016/j.buildenv.2038.111902).'],
    ['The results are published in “Moss cover and surface temperature on flat urban roofs,” in Building and Environment. DOI: 10.1016/j.buildenv.2038.111902'],
  ])('reads the title and the journal: %s', (line) => {
    const a = articlesOf(`# ${TITLE}\n\n${BODY}\n\n${line}\n`, 'md')[0]!;
    expect(a.doi).toBe('10.1016/j.buildenv.2038.111902');
    expect(a.title).toBe('Moss cover and surface temperature on flat urban roofs');
    expect(a.journal).toBe('Building and Environment');
  });

  it('reads no journal from a year after the quoted title', () => {
    const line = 'The work is described in "Moss cover and surface temperature on flat urban roofs" in 2038 (doi: 10.1016/j.buildenv.2038.111902).';
    const a = articlesOf(`# ${TITLE}\n\n${BODY}\n\n${line}\n`, 'md')[0]!;
    expect(a.doi).toBe('10.1016/j.buildenv.2038.111902');
    expect(a.journal).toBeNull();
  });
});

describe('a Harvard reference after "published in Journal:", the journal holding a colon of its own (round 44)', () => {
  const page = (journal: string, reference: string): string =>
    `<html><body><h1>${TITLE}</h1><p>9 April 2038</p><p>${BODY}</p><p>The findings are published in <em>${journal}</em>: ${reference} <a href="https://doi.org/10.1016/j.buildenv.2038.111902">doi.org/10.1016/j.buildenv.2038.111902</a></p></body></html>`;
  const harvard = 'Achterberg-Owusu, L., Renwick, T. and Baptiste, C. (2038) &lsquo;Moss cover and surface temperature on flat urban roofs&rsquo;, 212(4), 111902.';

  it.each([
    ['Proceedings of the Royal Society A: Mathematical and Physical Sciences'],
    ['Philosophical Transactions of the Royal Society B: Biological Sciences'],
  ])('reads the authors and the whole journal: %s', (journal) => {
    const a = articlesOf(page(journal, harvard), 'html')[0]!;
    expect(a.doi).toBe('10.1016/j.buildenv.2038.111902');
    expect(a.authors.map((p) => p.family)).toEqual(['Achterberg-Owusu', 'Renwick', 'Baptiste']);
    expect(a.journal).toBe(journal);
    expect(a.title).toBe('Moss cover and surface temperature on flat urban roofs');
  });

  it('keeps the journal of a Vancouver list after the lead as before', () => {
    const vancouver = 'Achterberg-Owusu L, Renwick T, Baptiste C. Moss cover and surface temperature on flat urban roofs. Build Environ. 2038;212:111902.';
    const a = articlesOf(page('Building and Environment', vancouver), 'html')[0]!;
    expect(a.doi).toBe('10.1016/j.buildenv.2038.111902');
    expect(a.journal).toBe('Building and Environment');
  });
});
