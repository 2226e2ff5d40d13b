import { describe, expect, it } from 'vitest';
import { findEmails, isDeskMailbox, emailMatchesName } from '../src/extractors/contact/emails.js';
import { findPhones, toE164, countryOfEmail } from '../src/extractors/contact/phones.js';
import { asPersonName, trailingPersonName } from '../src/extractors/contact/person-name.js';
import { isContactLabel, isExcludedLabel } from '../src/extractors/contact/labels.js';
import { contactWindows } from '../src/extractors/contact/sentences.js';
import { readItems } from '../src/extractors/contact/items.js';

describe('findEmails', () => {
  it.each([
    ['jane.doe@uni.example.edu', 'jane.doe@uni.example.edu'],
    ['jdoe [at] uni [dot] example [dot] edu', 'jdoe@uni.example.edu'],
    ['jdoe(at)uni.example.edu', 'jdoe@uni.example.edu'],
    ['jdoe (at) uni (dot) example (dot) edu', 'jdoe@uni.example.edu'],
    ['jdoe at uni dot example dot edu', 'jdoe@uni.example.edu'],
    ['jdoe AT uni DOT edu', 'jdoe@uni.edu'],
    ['jdoe@uni[dot]edu', 'jdoe@uni.edu'],
  ])('reads %s', (text, email) => {
    expect(findEmails(`write to ${text}.`).map((e) => e.email)).toEqual([email]);
  });
  it.each([
    ['a Twitter handle', 'follow @UniNews'],
    ['a spelled-out "at" without "dot"', 'contact Jane Doe at uni.example.edu'],
    ['a phone after "at"', 'call Jane Doe at +1 617 555 0100'],
    ['no top-level domain', 'jdoe@localhost'],
  ])('does not read %s', (_why, text) => {
    expect(findEmails(text)).toEqual([]);
  });
  it('tells desk mailboxes and a person\'s own address', () => {
    expect(isDeskMailbox('mediarelations@x.org')).toBe(true);
    expect(isDeskMailbox('newsbureau@x.org')).toBe(true);
    expect(isDeskMailbox('jdoe@x.org')).toBe(false);
    expect(emailMatchesName('cpshah@x.com', 'Chirag P. Shah')).toBe(true);
    expect(emailMatchesName('press@x.com', 'Chirag P. Shah')).toBe(false);
  });
});

describe('findPhones and toE164', () => {
  it.each([
    ['(212) 555-0147', 'US', '+12125550147'],
    ['212-555-0147', null, '+12125550147'],
    ['1-671-555-0164', null, '+16715550164'],
    ['+1 214 555 0880', null, '+12145550880'],
    ['020 7946 0123', 'GB', '+442079460123'],
    ['+44 (0)20 7946 0123', null, '+442079460123'],
    ['0044 20 7946 0123', null, '+442079460123'],
    ['+49 30 450 529 132', null, '+4930450529132'],
  ] as const)('reads %s as E.164', (printed, country, e164) => {
    const [p] = findPhones(`Tel: ${printed}.`);
    expect(p?.printed).toBe(printed);
    expect(toE164(printed, country)).toBe(e164);
  });
  it.each([
    ['a Japanese postal code', 'Bunkyo-ku, Tokyo 113-8654, Japan'],
    ['a Japanese postal code before the country', 'Wako, Saitama, 351-0198, Japan'],
    ['a ZIP+4 code', '1200 New York Ave NW, Washington, DC 20005-3928'],
    ['a Portuguese postal code', 'Avenida Professor Egas Moniz, Lisboa 1649-028, Portugal'],
  ])('does not read %s as a phone', (_why, text) => {
    expect(findPhones(text)).toEqual([]);
  });
  it('still reads a local number after a desk name', () => {
    expect(findPhones('Contact: Jane Roe, Press Office, 555-0123').map((p) => p.printed)).toEqual(['555-0123']);
  });
  it('gives no E.164 when the country cannot be told', () => {
    expect(toE164('020 7946 0123', null)).toBeNull();
  });
  it.each([['a date', '2024-03-12'], ['a year range', '2015-2019'], ['a short number', '12 345'], ['a decimal list', '1.5 2.25 3.75 4.5']])(
    'does not read %s',
    (_why, text) => {
      expect(findPhones(text)).toEqual([]);
    },
  );
  it('tells the country of an address', () => {
    expect(countryOfEmail('x@uni.ac.uk')).toBe('GB');
    expect(countryOfEmail('x@uni.edu')).toBe('US');
    expect(countryOfEmail('x@uni.de')).toBe('DE');
    expect(countryOfEmail('x@uni.org')).toBeNull();
  });
});

describe('names and labels', () => {
  it.each([
    ['Prof. Dr. Claudia Meyer', 'Claudia Meyer'],
    ['Bushra Khan, MD, MPH', 'Bushra Khan'],
    ['H. Colleen Sinclair', 'H. Colleen Sinclair'],
    ['Marcel van Assen', 'Marcel van Assen'],
    ['ASHLEY PARK', 'Ashley Park'],
  ])('reads %s as a name', (text, name) => {
    expect(asPersonName(text)).toBe(name);
  });
  it.each(['Media Relations', 'Press Office', 'Hong Kong', 'Czech Republic', 'University of Leeds', "Nosek's Scheduler", 'Senior Press Officer'])(
    'does not read %s as a name',
    (text) => {
      expect(asPersonName(text)).toBeNull();
    },
  );
  it('finds the name at the end of a phrase', () => {
    expect(trailingPersonName('corresponding author Mitchell H. Katz')).toBe('Mitchell H. Katz');
    expect(trailingPersonName('please contact Len Morrow at')).toBe('Len Morrow');
  });
  it('tells contact labels from other labels', () => {
    for (const l of ['Media contact:', 'MEDIA CONTACTS', 'Contact', 'For media and interview enquiries:', 'Press Office', 'Contact for further information:', 'Inquiries Media: Jane Doe', 'In case of questions, please contact:', 'Scientific contact: Prof. Jan Novak']) {
      expect(isContactLabel(l)).toBe(true);
    }
    for (const l of ['Contact Cancer.Net', 'Contact tracing was used', 'Notes to editors', 'We contacted people:']) expect(isContactLabel(l)).toBe(false);
    for (const l of ['PATIENT AND CAREGIVER INQUIRIES', 'Consumer', 'Fax', 'Twitter', 'Out of hours']) expect(isExcludedLabel(l)).toBe(true);
  });
  it('reads the "To contact X" form as a sought person', () => {
    expect(contactWindows('Media Advisory: To contact author Jo Ames, email press@x.org.')[0]?.target).toBe(true);
    expect(contactWindows('Reporters may contact Jo Ames at ames@x.org.')[0]?.target).toBe(false);
    expect(contactWindows('Participants may contact the study team at 555-555-0100.')).toEqual([]);
    expect(contactWindows('The virus spreads through close contact with 12 people.')).toEqual([]);
  });
  it('reads requests directed to or arranged through a person, only in a sentence about the press', () => {
    expect(contactWindows('Interview requests should be directed to Jo Ames, 555-555-0100.')[0]?.text).toBe(' Jo Ames, 555-555-0100.');
    expect(contactWindows('Interviews can be arranged through Jo Ames at ames@x.org.')[0]?.text).toBe(' Jo Ames at ames@x.org.');
    expect(contactWindows('The samples were sent to a lab at ames@x.org.')).toEqual([]);
  });
  it('skips a faxed number and keeps an out-of-hours number in a line only as a spare', () => {
    const items = readItems('Jane Doe, 617-555-0100, Fax: 617-555-0101, Out of hours: 617-555-0102, jdoe@x.edu', 'line');
    expect(items.filter((i) => i.kind === 'phone' && !i.spare).map((i) => i.value)).toEqual(['617-555-0100']);
    expect(items.filter((i) => i.spare).map((i) => i.value)).toEqual(['617-555-0102']);
    expect(items.filter((i) => i.kind === 'email').map((i) => i.value)).toEqual(['jdoe@x.edu']);
  });
});

describe('hostile input stays fast', () => {
  const big = (s: string, n: number): string => s.repeat(n);
  it.each([
    ['digits and dots', big('1234.', 200_000)],
    ['quotes', big('"', 200_000)],
    ['honorifics', big('Dr. ', 200_000)],
    ['at and dot words', big('a at b dot ', 100_000)],
    ['brackets', big('x [at] ', 100_000)],
    ['dashes and digits', big('1-', 300_000)],
    ['letters', big('aB', 300_000)],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    findEmails(text);
    findPhones(text);
    contactWindows(text);
    readItems(text.slice(0, 200_000), 'line');
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('CONTACTS_LABEL_START', () => {
  it('holds the first letter of every alternative of the section parser\'s CONTACTS_LABEL', async () => {
    const { CONTACTS_LABEL } = await import('../src/parse/sections.js');
    const { CONTACTS_LABEL_START } = await import('../src/extractors/contact/labels.js');
    const src = CONTACTS_LABEL.source;
    expect(src.startsWith('^(?:')).toBe(true);
    // The top-level alternatives of the group that opens the pattern.
    const alternatives: string[] = [];
    let depth = 0;
    let from = 4;
    for (let i = 4; i < src.length; i++) {
      const c = src[i]!;
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) {
        alternatives.push(src.slice(from, i));
        break;
      } else if (c === '|' && depth === 0) {
        alternatives.push(src.slice(from, i));
        from = i + 1;
      }
    }
    expect(alternatives.length).toBeGreaterThan(3);
    expect(CONTACTS_LABEL.flags).not.toContain('u');
    for (const alt of alternatives) {
      // Each opens with a word, or with a group of words, all with one of the letters.
      const words = /^\(\?:([a-z|]+)\)/.exec(alt)?.[1]?.split('|') ?? [/^[a-z]+/.exec(alt)![0]];
      for (const w of words) expect(CONTACTS_LABEL_START.test(w), `${alt}: ${w}`).toBe(true);
    }
  });
});
