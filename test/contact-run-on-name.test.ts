/**
 * A contact line whose parts ran together when a page's line breaks were lost: the person's
 * name opens the office's words, and the email address proves where the name ends.
 */
import { describe, expect, it } from 'vitest';
import { leadingPersonName } from '../src/extractors/contact/run-on-name.js';
import { contactsOf } from './support/invented.js';

describe('leadingPersonName', () => {
  const valid: Array<[string, string, string, string]> = [
    ['Shauna Threlkeld-Obi Lakeshore Cancer Institute', 'shauna.threlkeld@lci.example.org', 'Shauna Threlkeld-Obi', 'Lakeshore Cancer Institute'],
    ['Rowan Pettigrew Halyard Communications', 'rpettigrew@halyard.example.com', 'Rowan Pettigrew', 'Halyard Communications'],
    ['Dana Pruitt ASCO Communications', 'dana.pruitt@asco.example.org', 'Dana Pruitt', 'ASCO Communications'],
    ['Rocío Gamarra Villanueva Comunicaciones CIP', 'rocio.villanueva@cip.example.org', 'Rocío Gamarra Villanueva', 'Comunicaciones CIP'],
    ['Colleen Ferris-Ahmadi Ferris Communications', 'colleen@ferriscomms.example.com', 'Colleen Ferris-Ahmadi', 'Ferris Communications'],
  ];
  it.each(valid)('%s + %s -> %s', (text, email, name, rest) => {
    expect(leadingPersonName(text, email)).toEqual({ name, rest });
  });

  // No address, a desk's address, or an office named after people: no person is read.
  const invalid: Array<[string, string | null]> = [
    ['Shauna Threlkeld-Obi Lakeshore Cancer Institute', null],
    ['Johns Hopkins Media Relations', 'media@jhmi.example.edu'],
    ['Wellcome Sanger Institute Press Office', 'press@sanger.example.ac.uk'],
    ['Ulrike Dahms Presse', 'presse@imoor.example.de'],
  ];
  it.each(invalid)('%s + %s -> null', (text, email) => {
    expect(leadingPersonName(text, email)).toBeNull();
  });
});

describe('a run-on contact line in a release', () => {
  const release = (line: string): string =>
    ['# Beetles find home by smell', '', 'LEEDS, 3 June 2037 – Ground beetles follow smell trails home, a study finds.', '', line].join('\n');

  it('reads the name before the office', () => {
    expect(contactsOf(release('Media contact: Shauna Threlkeld-Obi Lakeshore Cancer Institute shauna.threlkeld@lci.example.org 312-555-0109'))).toEqual([
      ['Shauna Threlkeld-Obi', 'shauna.threlkeld@lci.example.org', '312-555-0109'],
    ]);
  });

  it('leaves an office with a desk address unnamed, as before', () => {
    expect(contactsOf(release('Media contact: Johns Hopkins Media Relations media@jhmi.example.edu 410-555-0100'))).toEqual([
      [null, 'media@jhmi.example.edu', '410-555-0100'],
    ]);
  });
});
