import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEADLINE = 'Lichens on city walls track air pollution over decades';
const LEAD = 'Lichens growing on old brick walls keep a record of the nitrogen in the air around them, researchers report.';

describe('an office held within a body before a name (round 40)', () => {
  const QUOTE = '"Every wall in the old town turned out to be a small archive of the air above it,"';
  it.each([
    ['Janelia Group Leader Marisol Vandenbroucke-Aziz', 'Marisol Vandenbroucke-Aziz'],
    ['Crick Senior Group Leader Oluwaseun Hartigan-Roux', 'Oluwaseun Hartigan-Roux'],
    ['Institute Team Leader Ilse Brannigan-Moto', 'Ilse Brannigan-Moto'],
  ])('names the holder after "%s"', (who, name) => {
    const text = `# ${HEADLINE}\n\n${LEAD}\n\n${QUOTE} says ${who}, who led the study.`;
    expect(speakersOf(text)).toEqual([[name, 'Every wall in the old to']]);
  });

  it('leaves a name with no office before it as it was', () => {
    const text = `# ${HEADLINE}\n\n${LEAD}\n\n${QUOTE} says Marisol Vandenbroucke-Aziz, who led the study.`;
    expect(speakersOf(text)).toEqual([['Marisol Vandenbroucke-Aziz', 'Every wall in the old to']]);
  });
});

describe('a colon preamble before a block quote, then a speaker with a quote of their own (round 40)', () => {
  const BLOCK = '> "The lichens answered within two summers of the new bus lanes, far faster than we had thought they could."';
  it.each([
    ['Professor Elspeth Ravenscroft-Ito, of the School of GeoSciences, who led the study, said:', 'Elspeth Ravenscroft-Ito'],
    ['Dr Hamish Okonjo-Baird said:', 'Hamish Okonjo-Baird'],
  ])('gives the block quote to the preamble\'s speaker: %s', (pre, name) => {
    const text = `# ${HEADLINE}\n\n${LEAD}\n\n${pre}\n\n${BLOCK}\n\nDr Petra Lindahl-Mbeki, first author of the study, said: "We now want to read walls in twenty more cities across Europe."`;
    expect(speakersOf(text)).toEqual([
      [name, 'The lichens answered wit'],
      ['Petra Lindahl-Mbeki', 'We now want to read wall'],
    ]);
  });

  it('still reads a credit line under a pull quote', () => {
    const text = `<html><body><main><h1>${HEADLINE}</h1><p>${LEAD}</p><p>&ldquo;The lichens answered within two summers of the new bus lanes, far faster than we had thought.&rdquo;</p><p>Professor Elspeth Ravenscroft-Ito, head of the lichen group</p><p>The team sampled 400 walls.</p></main></body></html>`;
    expect(speakersOf(text, 'html')).toEqual([['Elspeth Ravenscroft-Ito', 'The lichens answered wit']]);
  });
});

describe('a "Journal article" heading line above a reference (round 40)', () => {
  it.each([
    [
      'Journal article\nAyaka Morishita, Tomasz Kowalczyk-Hara, "Nitrogen records in urban lichen thalli over five decades", Environmental Pollution: March 3, 2036, doi:10.1016/j.envpol.2036.124455.',
      '10.1016/j.envpol.2036.124455',
      [['Ayaka', 'Morishita'], ['Tomasz', 'Kowalczyk-Hara']],
      'Environmental Pollution',
    ],
    [
      'Paper details\nKeisuke Onodera, Rhian Pritchard-Sato, Yuki Abernethy, "Bus lanes and the recovery of epiphytic lichens", Nature Cities, March 3, 2036, doi:10.1038/s44284-036-00412-5.',
      '10.1038/s44284-036-00412-5',
      [['Keisuke', 'Onodera'], ['Rhian', 'Pritchard-Sato'], ['Yuki', 'Abernethy']],
      'Nature Cities',
    ],
  ])('reads the names and the journal: %j', (block, doi, names, journal) => {
    const text = `${HEADLINE}\n\nMarch 3, 2036\n\n${LEAD}\n\n${block}`;
    const a = articlesOf(text, 'txt')[0]!;
    expect(a.doi).toBe(doi);
    expect(a.journal).toBe(journal);
    expect(a.authors.map((p) => [p.given, p.family])).toEqual(names);
  });
});

describe('a page category after the date (round 40)', () => {
  it.each([
    ['Published 3 March 2036 · Science & Technology'],
    ['3 March 2036 | Health & Medicine'],
    ['Posted 3 March 2036 • Arts & Culture'],
  ])('reads the date and no place: %s', (line) => {
    const r = recordOf(`# ${HEADLINE}\n\n${line}\n\n${LEAD}`, 'md');
    expect(r.release.datePublished).toBe('2036-03-03');
    expect(r.release.dateline).toBeNull();
  });

  it('leaves a category set apart by no bar or bullet as it was', () => {
    expect(recordOf(`# ${HEADLINE}\n\n3 March 2036 Science & Technology\n\n${LEAD}`, 'md').release.datePublished).toBeNull();
  });

  it('keeps a place after the date', () => {
    const r = recordOf(`# ${HEADLINE}\n\n3 March 2036 | Edinburgh\n\n${LEAD}`, 'md');
    expect(r.release.datePublished).toBe('2036-03-03');
    expect(r.release.dateline).toBe('Edinburgh');
  });
});

describe('contacts of the round-40 offices (round 40)', () => {
  it('reads an NUS "For media enquiries" block with an honorific and a DID line', () => {
    const text = `# ${HEADLINE}\n\n3 March 2036\n\n${LEAD}\n\n**For media enquiries, please contact:**\n\nMs Rachel Goh-Iyer\nManager, Media Relations\nOffice of University Communications\nDID: +65 6516 5551\nEmail: rachel.gi@nus.example.sg`;
    expect(contactsOf(text)).toEqual([['Rachel Goh-Iyer', 'rachel.gi@nus.example.sg', '+65 6516 5551']]);
  });
});
