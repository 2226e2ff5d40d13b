import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const TITLE = 'Glacier meltwater carries microplastics into mountain lakes';
const BODY = 'The team sampled the water of eighteen lakes below retreating glaciers over three summers.';
const CONTACT = 'Media contact: Odalys Fitzgerald-Amani, odalys.fa@alpine.example.edu, +1 555 0148 2231';

describe('a family-first East Asian name at the head of a longer item after a title (round 42)', () => {
  it.each([
    ['said Professor Han Seo-jin of the Department of Earth Sciences, the study\'s corresponding author', 'Seo-jin', 'Han'],
    ['said Prof. Kang Min-seo of the Graduate School of Environmental Studies, the paper\'s lead author', 'Min-seo', 'Kang'],
    ['said Dr. Zhao Xiao-lan of the School of Geography, the study\'s first author', 'Xiao-lan', 'Zhao'],
  ])('reads the family name first: %s', (said, given, family) => {
    const text = `# ${TITLE}\n\n${BODY}\n\n"We found fibres in every single lake we sampled, even the most remote one," ${said}.\n\nThe study appears in Water Research (doi: 10.1016/j.watres.2038.123410).\n\n${CONTACT}\n`;
    const a = articlesOf(text, 'md')[0]!;
    expect(a.doi).toBe('10.1016/j.watres.2038.123410');
    expect(a.authors).toEqual([{ given, family }]);
  });

  it.each([
    // A Western name of the same shape stays in natural order.
    ['said Professor Helena Brandt-Ortiz of the Department of Earth Sciences, the study\'s corresponding author', 'Helena', 'Brandt-Ortiz'],
    // A given name with no hyphen and no two pinyin syllables stays in natural order too.
    ['said Professor Lee Anderson of the Department of Earth Sciences, the study\'s corresponding author', 'Lee', 'Anderson'],
  ])('leaves other names as they were: %s', (said, given, family) => {
    const text = `# ${TITLE}\n\n${BODY}\n\n"We found fibres in every single lake we sampled, even the most remote one," ${said}.\n\nThe study appears in Water Research (doi: 10.1016/j.watres.2038.123410).\n`;
    expect(articlesOf(text, 'md')[0]!.authors).toEqual([{ given, family }]);
  });
});

describe('a paper title in italics after "The article", with no commas around it (round 42)', () => {
  it.each([
    ['The article <em>Microplastic loads in proglacial lakes of the Andes</em> was published in the journal <em>Water Research</em> (doi: 10.1016/j.watres.2038.123410).'],
    ['The paper <em>Microplastic loads in proglacial lakes of the Andes</em> appeared in <em>Water Research</em> (doi: 10.1016/j.watres.2038.123410).'],
    ['The study, <em>Microplastic loads in proglacial lakes of the Andes</em>, was published in <em>Water Research</em> (doi: 10.1016/j.watres.2038.123410).'],
  ])('reads the title: %s', (line) => {
    const text = `<html><body><h1>${TITLE}</h1><p>${BODY}</p><p>&ldquo;We found fibres in every single lake we sampled, even the most remote one,&rdquo; says Ilse Varga-Moreau, who led the work.</p><p>${line}</p><p>${CONTACT}</p></body></html>`;
    const a = articlesOf(text, 'html')[0]!;
    expect(a.doi).toBe('10.1016/j.watres.2038.123410');
    expect(a.title).toBe('Microplastic loads in proglacial lakes of the Andes');
    expect(speakersOf(text, 'html')).toEqual([['Ilse Varga-Moreau', 'We found fibres in every']]);
    expect(contactsOf(text, 'html')).toEqual([['Odalys Fitzgerald-Amani', 'odalys.fa@alpine.example.edu', '+1 555 0148 2231']]);
  });

  it('does not read an italic span that no verb of publication follows', () => {
    const text = `<html><body><h1>${TITLE}</h1><p>${BODY}</p><p>The article <em>Microplastic loads in proglacial lakes of the Andes</em> describes the sampling in detail.</p><p>It appears in Water Research (doi: 10.1016/j.watres.2038.123410).</p></body></html>`;
    expect(articlesOf(text, 'html')[0]!.title).toBeNull();
    expect(recordOf(text, 'html').release.headline).toBe(TITLE);
  });
});

describe('a name between a desk and the data, all parts set off by spaced dashes (round 42)', () => {
  it.each([
    ['Press office Harbourview University – Odalys Fitzgerald-Amani – odalys.fa@alpine.example.edu – +1 555 0148 2231'],
    ['Communications Office Alpine Institute — Odalys Fitzgerald-Amani — odalys.fa@alpine.example.edu — +1 555 0148 2231'],
  ])('reads the person: %s', (line) => {
    const text = `${TITLE}\n\n${BODY}\n\nMore information:\n${line}\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Odalys Fitzgerald-Amani', 'odalys.fa@alpine.example.edu', '+1 555 0148 2231']]);
  });

  it('reads no person from an organisation after a desk and a comma', () => {
    const text = `${TITLE}\n\n${BODY}\n\nContact: Press Office, Alpine Foundation — press@alpine.example.org\n`;
    expect(contactsOf(text, 'txt')).toEqual([[null, 'press@alpine.example.org', null]]);
  });
});

describe('a journal\'s name before a colon and a list of full names (round 42)', () => {
  it.each([
    ['The findings are published in Water Research: Ilse Varga-Moreau, Tomasz Wielgosz and Harriet Olufemi-Blake, "Microplastic loads in proglacial lakes of the Andes", Water Research 262 (2038) 123410. DOI: 10.1016/j.watres.2038.123410'],
    ['The findings are published in Water Research: Ilse Varga-Moreau, Tomasz Wielgosz, Harriet Olufemi-Blake, "Microplastic loads in proglacial lakes of the Andes", Water Research 262 (2038) 123410. DOI: 10.1016/j.watres.2038.123410'],
  ])('reads the journal without the first name: %s', (line) => {
    const a = articlesOf(`${TITLE}\n\n${BODY}\n\n${line}\n`, 'txt')[0]!;
    expect(a.doi).toBe('10.1016/j.watres.2038.123410');
    expect(a.journal).toBe('Water Research');
    expect(a.authors.map((p) => p.family)).toEqual(['Varga-Moreau', 'Wielgosz', 'Olufemi-Blake']);
  });

  it('keeps a section after the colon', () => {
    const a = articlesOf(`${TITLE}\n\n${BODY}\n\nThe findings are published in Journal of Geophysical Research: Earth Surface (doi: 10.1029/2038JF007731).\n`, 'txt')[0]!;
    expect(a.journal).toBe('Journal of Geophysical Research: Earth Surface');
  });
});

describe('a reference line after "Literature:" (round 42)', () => {
  it.each([
    ['Literature: Ilse Varga-Moreau, Tomasz Wielgosz, Harriet Olufemi-Blake. Microplastic loads in proglacial lakes of the Andes. <em>Water Research</em>. 4 May 2038. DOI: 10.1016/j.watres.2038.123410'],
    ['Literatur: Ilse Varga-Moreau, Tomasz Wielgosz, Harriet Olufemi-Blake. Microplastic loads in proglacial lakes of the Andes. <em>Water Research</em>. DOI: 10.1016/j.watres.2038.123410'],
  ])('reads the names, title and journal: %s', (line) => {
    const text = `<html><body><h1>${TITLE}</h1><p>${BODY}</p><p>${line}</p></body></html>`;
    const a = articlesOf(text, 'html')[0]!;
    expect(a.doi).toBe('10.1016/j.watres.2038.123410');
    expect(a.title).toBe('Microplastic loads in proglacial lakes of the Andes');
    expect(a.journal).toBe('Water Research');
    expect(a.authors.map((p) => p.family)).toEqual(['Varga-Moreau', 'Wielgosz', 'Olufemi-Blake']);
  });
});
