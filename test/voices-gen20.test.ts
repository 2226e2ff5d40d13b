import { describe, expect, it } from 'vitest';
import { contactsOf, speakersOf } from './support/invented.js';
import { isContactLabel, isFieldLabel } from '../src/extractors/contact/labels.js';

const head = '# Mangrove crabs replant the shoreline, survey finds\n\nMarch 4, 2031\n\nA survey of mangrove crabs found they bury seedlings at the right depth.\n\n';

describe('speakers: names of the Global South', () => {
  it('drops the Amharic title "Ato" before a farmer quoted by his full name', () => {
    const text = `${head}Ato Dawit Lemma Tesfaye, who grows barley near Bahir Dar, said: "The crabs never came this far up the river before the rains."\n`;
    expect(speakersOf(text)).toEqual([['Dawit Lemma Tesfaye', 'The crabs never came thi']]);
  });

  it('resolves a given name printed without its patronymic to the full Icelandic name', () => {
    const text = `${head}Sigurður Már Einarsson, a marine biologist, joined the survey in 2029.\n\n"Every crab we tagged came back to the same burrow within a week," Sigurður Már said.\n`;
    expect(speakersOf(text)).toEqual([['Sigurður Már Einarsson', 'Every crab we tagged cam']]);
  });

  it('resolves the first of two family names joined by "y" to the full Spanish name', () => {
    const text = `${head}Ana Lucía Barrientos y Tovar, a coastal ecologist, led the fieldwork.\n\n"We found seedlings in nine of every ten burrows we opened," Barrientos said.\n`;
    expect(speakersOf(text)).toEqual([['Ana Lucía Barrientos y Tovar', 'We found seedlings in ni']]);
  });

  it('does not read a landform after a place adjective as a second person', () => {
    const text = `${head}Prof. Amara Njoroge, of Pwani University, said the crabs could be tested on the Tanzanian Coast. "The same species lives in every creek from Lamu to Tanga," she said.\n`;
    expect(speakersOf(text)).toEqual([['Amara Njoroge', 'The same species lives i']]);
  });

  it('gives "he said" to a child the release introduces by age and then names as the subject', () => {
    const text = `${head}When 8-year-old Tomás joined the planting day, he carried forty seedlings.\n\n"Catching the crabs is harder than planting the trees," said Dr. Rosa Quintero, who runs the programme.\n\nTomás has his own view. "The crabs are faster than my little brother," he said.\n`;
    expect(speakersOf(text)).toEqual([
      ['Rosa Quintero', 'Catching the crabs is ha'],
      ['Tomás', 'The crabs are faster tha'],
    ]);
  });

  it('keeps "he said" with the named person when a place, not a person, opens the next sentence', () => {
    const text = `${head}Dr. Kwabena Owusu studies the crabs at Cape Coast. Ghana has lost a fifth of its mangroves. "We can win some of that back with the crabs," he said.\n`;
    expect(speakersOf(text)).toEqual([['Kwabena Owusu', 'We can win some of that ']]);
  });
});

describe('speakers: kunyas, nurses\' titles and places beside a person', () => {
  it('keeps "she said" with a woman named by her kunya when a district follows "in" in the same sentence', () => {
    const text = `${head}Umm Yousef, who has sold fish in Tyre Souk since 2019, said the crabs were new to her. "I never saw the crabs carry anything until this spring," she said.\n`;
    expect(speakersOf(text)).toEqual([['Umm Yousef', 'I never saw the crabs ca']]);
  });

  it('resolves "Sister" and a given name to the nurse\'s full name', () => {
    const text = `${head}Sister Nafula Wekesa, the nurse in charge at the Lamu clinic, counts the seedlings each week.\n\n"The children now come to the clinic asking about the crabs," Sister Nafula said.\n`;
    expect(speakersOf(text)).toEqual([['Nafula Wekesa', 'The children now come to']]);
  });
});

describe('speakers: podcast highlights and Spanish titles', () => {
  it('reads a transcript label in capitals before a quoted line as the speaker', () => {
    const text = `${head}In the episode, ecologist Dr Hemi Tawhiri explains the survey.\n\nDR HEMI TAWHIRI: "The crabs planted more seedlings in one season than our volunteers did in three."\n\nHOST: And will you repeat it?\n`;
    expect(speakersOf(text)).toEqual([['Hemi Tawhiri', 'The crabs planted more s']]);
  });

  it('keeps a quote whose speaker follows "Dra." and drops the title', () => {
    const text = `${head}"The crabs chose the same depth that our foresters use," said Dra. Lucía Ferreyra y Campos, the project's ecologist.\n`;
    expect(speakersOf(text)).toEqual([['Lucía Ferreyra y Campos', 'The crabs chose the same']]);
  });

  it('drops "Doña" before a farmer\'s name', () => {
    const text = `${head}Doña Eulalia Mamani Condori, who fishes the estuary, said: "The crabs came back the year the mangroves did."\n`;
    expect(speakersOf(text)).toEqual([['Eulalia Mamani Condori', 'The crabs came back the ']]);
  });
});

describe('contacts: hospital pagers, book publicity and bilingual roles', () => {
  it('reads a pager as a second phone of the same person, not a contact of its own', () => {
    expect(isFieldLabel('Pager')).toBe(true);
    const text = `${head}## Media contact\n\nLeah Brandvold\nSenior Media Relations Specialist\nOffice: 412-555-0181\nPager: 412-555-0199\nlbrandvold@childrens.example.org\n`;
    expect(contactsOf(text)).toEqual([['Leah Brandvold', 'lbrandvold@childrens.example.org', '412-555-0181']]);
  });

  it('reads a book publisher\'s "Review copies and interviews" and "Publicity" as contact labels', () => {
    expect(isContactLabel('Review copies and interviews')).toBe(true);
    expect(isContactLabel('Requests for review copies:')).toBe(true);
    expect(isContactLabel('Publicity')).toBe(true);
    expect(isContactLabel('Publicity for the book was handled by the author.')).toBe(false);
    const text = `${head}Review copies and interviews\nNaledi Sithole, Publicity, Karoo Academic Press\nnaledi.sithole@karoo.example.co.za\nTel: +27 21 555 0190\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Naledi Sithole', 'naledi.sithole@karoo.example.co.za', '+27 21 555 0190']]);
  });

  it('keeps the name before a role printed in Māori and English', () => {
    const text = `${head}**Media contact**\nMānuka Te Awa | Kaitohutohu Pāpāho / Media Adviser, Lincoln University\nP: +64 3 555 0120 | E: manuka.teawa@lincoln.example.ac.nz\n`;
    expect(contactsOf(text)).toEqual([['Mānuka Te Awa', 'manuka.teawa@lincoln.example.ac.nz', '+64 3 555 0120']]);
  });

  it('still reads a name before a role after a slash', () => {
    const text = `${head}**Media contact**\nKiri Walker / Media Adviser, Lincoln University\nP: +64 3 555 0121 | E: kiri.walker@lincoln.example.ac.nz\n`;
    expect(contactsOf(text)).toEqual([['Kiri Walker', 'kiri.walker@lincoln.example.ac.nz', '+64 3 555 0121']]);
  });

  it('drops the Spanish "Lic." before a press officer\'s name', () => {
    const text = `${head}**Contacto de prensa / Press contact**\nLic. Marisol Quintana Ríos — Comunicaciones\nmarisol.quintana@inia.example.org.pe · +51 1 555 0433\n`;
    expect(contactsOf(text)).toEqual([['Marisol Quintana Ríos', 'marisol.quintana@inia.example.org.pe', '+51 1 555 0433']]);
  });
});
