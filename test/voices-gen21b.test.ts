import { describe, expect, it } from 'vitest';
import { contactsOf } from './support/invented.js';

const head = '# Wetland birds return to drained valley, survey finds\n\n14 April 2032\n\nBreeding pairs of three wader species rose after the valley was rewetted, a new survey shows.\n\n';

describe('contacts: an "Information:" line with the person and their data', () => {
  it('reads "Information: Name, Office, tel. …, email" as a press contact', () => {
    const text = `${head}Information: Lukas Brunner, SBO, tel. +41 31 555 27 40, lukas.brunner@sbo.example.ch\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Lukas Brunner', 'lukas.brunner@sbo.example.ch', '+41 31 555 27 40']]);
  });

  it('leaves an "Information:" line without a phone or an address alone', () => {
    const text = `${head}Information: the survey maps are online from 15 April.\n`;
    expect(contactsOf(text, 'txt')).toEqual([]);
  });
});

describe('contacts: an organisation with its desk in lower case, then the person', () => {
  it('reads the part after "Foundation communications," as the person, data on the next lines', () => {
    const text = `${head}**Press**\nWaders Trust communications, Ingrid Solvang\n+47 21 55 30 90 · media@waders.example.no\n`;
    expect(contactsOf(text)).toEqual([['Ingrid Solvang', 'media@waders.example.no', '+47 21 55 30 90']]);
  });

  it('reads the person after "press office" too', () => {
    const text = `${head}Media contact:\nRiverside University press office, Tomasz Wierzbicki\n+44 20 7946 0321\nt.wierzbicki@riverside.example.ac.uk\n`;
    expect(contactsOf(text)).toEqual([['Tomasz Wierzbicki', 't.wierzbicki@riverside.example.ac.uk', '+44 20 7946 0321']]);
  });

  it('keeps a desk in capitals and a journal after it as no person', () => {
    const text = `${head}Contact:\nEditorial Office, Freshwater Biology\n+44 1865 555 010\neditorial@freshwater.example.org\n`;
    expect(contactsOf(text)).toEqual([[null, 'editorial@freshwater.example.org', '+44 1865 555 010']]);
  });
});

describe('contacts: an enrolment line between the person and their data', () => {
  it('passes over "Trial enrolment: 1-800-…" and keeps the person with the phone and email after it', () => {
    const text = `${head}**Media contact:**\nMarisol Quintero\nTrial enrolment: 1-800-555-0163\n312-555-0148\nmarisol.quintero@lakeshore.example.org\n`;
    expect(contactsOf(text)).toEqual([['Marisol Quintero', 'marisol.quintero@lakeshore.example.org', '312-555-0148']]);
  });

  it('still ends the block at an enrolment part after the person has their data', () => {
    const text = `${head}Media contact:\nMarisol Quintero, 312-555-0148, marisol.quintero@lakeshore.example.org\nTrial enrolment: 1-800-555-0163\nEnrolment coordinator Dana Whitfield\n`;
    expect(contactsOf(text)).toEqual([['Marisol Quintero', 'marisol.quintero@lakeshore.example.org', '312-555-0148']]);
  });
});
