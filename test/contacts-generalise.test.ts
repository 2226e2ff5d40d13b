import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convert } from '../src/convert.js';
import { findPhones, toE164, withoutExtension } from '../src/extractors/contact/phones.js';
import { readItems } from '../src/extractors/contact/items.js';
import { isContactLabel, isExcludedLabel, isExcludedPart } from '../src/extractors/contact/labels.js';
import type { Contact } from '../src/types.js';

const fixture = (name: string): Contact[] =>
  convert(readFileSync(new URL(`../fixtures/contacts/${name}`, import.meta.url)), { path: name }).record.contacts;
const run = (text: string, path = 'x.md'): Contact[] => convert(text, { path }).record.contacts;
const lead = '# Seed Banks Store Wild Rice for a Century\n\nWINNIPEG, 4 April 2025 – Wild rice seed kept at minus twenty degrees still sprouted after decades, a seed-bank study found.\n\n';

describe('contacts: corporate and investor blocks (corporate-investor-ext.txt)', () => {
  const contacts = fixture('corporate-investor-ext.txt');

  it('reads a "Corporate Contact:" block of name, title, company, phone and email lines', () => {
    expect(contacts[0]).toMatchObject({ name: 'Marguerite Tallis', email: 'mtallis@harbourviewlabs.ca', phone: '613-555-0142', phoneE164: '+16135550142' });
  });

  it('leaves an "Investor Contact:" block out: investor relations is not a media contact', () => {
    expect(contacts.map((c) => c.name)).not.toContain('Osric Pennywhistle');
    expect(contacts.map((c) => c.email)).not.toContain('opennywhistle@harbourviewlabs.ca');
  });

  it('keeps a printed extension at the end of the phone (", ext. 4417"), E.164 without it', () => {
    expect(contacts.find((c) => c.name === 'Fenella Quarry')).toMatchObject({ phone: '613-555-0100 ext. 4417', phoneE164: '+16135550100' });
  });

  it('keeps an "x2290" extension', () => {
    expect(contacts.find((c) => c.name === 'Tobias Renn')).toMatchObject({ phone: '613-555-0177 ext. 2290', email: 'tobias.renn@carlow-example.ca' });
  });

  it('has exactly the three media contacts', () => {
    expect(contacts.map((c) => c.name)).toEqual(['Marguerite Tallis', 'Fenella Quarry', 'Tobias Renn']);
  });
});

describe('contacts: investor block first, company and press contacts after (investor-first.md)', () => {
  const contacts = fixture('investor-first.md');

  it('skips the investor-relations block and reads the company contact after it', () => {
    expect(contacts).toHaveLength(2);
    expect(contacts[0]).toMatchObject({ name: 'Wilhelmina Ashdown', phone: '+44 113 496 0188 ext. 214', phoneE164: '+441134960188' });
  });

  it('reads a one-line "Press Contact:" desk with "extension 5"', () => {
    expect(contacts[1]).toMatchObject({ name: null, email: 'press@quarry-robotics.example.co.uk', phone: '+44 113 496 0000 ext. 5' });
  });
});

describe('contacts: one field per paragraph (spaced-blocks.txt)', () => {
  it('skips the investor block and reads the corporate block, extension kept', () => {
    expect(fixture('spaced-blocks.txt')).toEqual([
      expect.objectContaining({ name: 'Ambrose Feltham', email: 'afeltham@tidewater-example.com', phone: '(902) 555-0120 ext. 301', phoneE164: '+19025550120' }),
    ]);
  });
});

describe('contact labels', () => {
  it.each([['Corporate Contact:'], ['Company contact:'], ['Communications Contact: Jo Bell'], ['Public Relations Contact:'], ['Press Contact:'], ['Media Contact:'], ['News Media Contacts'], ['For interviews:'], ['Interview requests:'], ['To arrange an interview:']])('%s opens a contacts block', (line) => {
    expect(isContactLabel(line)).toBe(true);
  });

  it.each([['Investor Contact'], ['Investor Relations Contact'], ['Investors'], ['Investor inquiries'], ['Shareholder contact']])('%s opens a part that is not a media contact', (label) => {
    expect(isExcludedPart(label)).toBe(true);
    expect(isExcludedLabel(label)).toBe(true);
  });

  it.each([['Media Contact'], ['Corporate Contact'], ['Press office'], ['Investor and Media Contact'], ['Investor Relations and Press Contacts']])('%s is not excluded', (label) => {
    expect(isExcludedPart(label)).toBe(false);
  });

  it('drops an investor contact printed on one line after a media contact', () => {
    const contacts = run(`${lead}Media Contact: Ines Falk, 204-555-0131, ifalk@seedbank.example.ca\n\nInvestor Contact: Rory Quill, 204-555-0177, rquill@seedbank.example.ca\n`);
    expect(contacts.map((c) => c.name)).toEqual(['Ines Falk']);
  });

  it('drops "Investors:" inside a mixed contacts line', () => {
    const contacts = run(`${lead}Contacts:\nMedia: Ines Falk, 204-555-0131, ifalk@seedbank.example.ca\nInvestors: Rory Quill, 204-555-0177, rquill@seedbank.example.ca\n`);
    expect(contacts.map((c) => c.email)).toEqual(['ifalk@seedbank.example.ca']);
  });
});

describe('phone extensions', () => {
  it.each([
    ['519-555-0111, ext. 85165', '519-555-0111 ext. 85165', '85165'],
    ['519-555-0111 ext 12', '519-555-0111 ext. 12', '12'],
    ['(204) 555-0131 x1234', '(204) 555-0131 ext. 1234', '1234'],
    ['204.555.0131 Extension 77', '204.555.0131 ext. 77', '77'],
    ['+44 20 7946 0123 #4', '+44 20 7946 0123 ext. 4', '4'],
    ['519-555-0111 (ext: 3021)', '519-555-0111 ext. 3021', '3021'],
    ['519-555-0111', '519-555-0111', null],
    ['519-555-0111, extra copies', '519-555-0111', null],
    ['519-555-0111 x-ray', '519-555-0111', null],
  ])('%s', (text, value, extension) => {
    const [p] = findPhones(text);
    expect(p).toMatchObject({ value, extension });
  });

  it('ends the printed phone with the extension digits, so the last ten digits hold them', () => {
    const [p] = findPhones('Call 519-555-0111, ext. 85165 or email.');
    expect(p!.value.replace(/\D/g, '').slice(-5)).toBe('85165');
    expect(p!.printed).toBe('519-555-0111, ext. 85165');
  });

  it('gives E.164 without the extension', () => {
    expect(withoutExtension('519-555-0111 ext. 85165')).toBe('519-555-0111');
    expect(toE164('519-555-0111 ext. 85165', 'CA')).toBe('+15195550111');
    expect(toE164('+44 20 7946 0123 ext. 4', null)).toBe('+442079460123');
  });

  it('does not read the extension digits as a second number', () => {
    expect(findPhones('519-555-0111 ext. 85165 613-555-0100').map((p) => p.value)).toEqual(['519-555-0111 ext. 85165', '613-555-0100']);
    expect(readItems('Jo Bell, 519-555-0111, ext. 85165, jbell@x.edu', 'line').filter((i) => i.kind === 'phone').map((i) => i.value)).toEqual([
      '519-555-0111 ext. 85165',
    ]);
  });
});

describe('hostile input for extensions and labels stays fast', () => {
  it.each([
    ['numbers with extensions', '555-555-0100 ext. 1 '.repeat(40_000)],
    ['x and digits', '555-555-0100 x'.repeat(40_000)],
    ['investor labels', 'Investor Contact: '.repeat(20_000)],
    ['x [at] y', 'x [at] y '.repeat(40_000)],
    ['spaces', ' '.repeat(300_000)],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    findPhones(text);
    readItems(text.slice(0, 200_000), 'line');
    isContactLabel(text.slice(0, 2000));
    isExcludedPart(text.slice(0, 2000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('contacts: people printed side by side, fields paired by slashes (slash-columns.txt)', () => {
  const found = fixture('slash-columns.txt');

  it('reads "News Media Contacts" as a label and each slash column as one person', () => {
    expect(found.map((c) => [c.name, c.phone, c.email])).toEqual([
      ['Gail Brennan', '626-555-0141', 'gail.brennan@dsl.example.gov'],
      ['Omar Haddad', '626-555-0178', 'omar.haddad@dsl.example.gov'],
      ['Ruth Ivers', '202-555-0163', 'ruth.ivers@agency.example.gov'],
    ]);
  });

  it('gives the shared organisation line to each person of the columns', () => {
    expect(found[1]!.organization).toBe('Deep Space Laboratory');
  });
});

describe('contacts: cells, titles and postal codes (cells-and-addresses.md)', () => {
  const found = fixture('cells-and-addresses.md');

  it('reads a name in any cell of a line set with bars ("CNRS press | Name | T … | email")', () => {
    expect(found.slice(0, 2).map((c) => [c.name, c.phone, c.email])).toEqual([
      ['Hélène Vasseur-Roy', '+33 1 44 27 35 90', 'helene.vasseur-roy@cnrs.example.fr'],
      ['Grégoire Aubin', '+33 1 44 96 51 00', 'gregoire.aubin@cnrs.example.fr'],
    ]);
  });

  it('drops a title such as "Project Associate Professor" and reads no postal code as a phone', () => {
    expect(found[2]).toMatchObject({ name: 'Aoi Nakagawa', email: 'nakagawa@aori.example.ac.jp', phone: null });
  });

  it('keeps the phone of a desk whose address ends in a ZIP+4 code', () => {
    expect(found[3]).toMatchObject({ name: null, email: 'press@example.org', phone: '202-555-0133' });
  });
});

describe('contacts: an excluded label covers only its own bracket', () => {
  it('keeps the email after "(out of hours: …)"', () => {
    const found = run(
      `${lead}## Contacts\n\nFor interviews please contact the Seed Bank press office on 020 7946 0999 (out of hours: 07700 900123) or email press@seedbank.example.org.uk\n`,
    );
    expect(found.map((c) => [c.email, c.phone])).toEqual([['press@seedbank.example.org.uk', '020 7946 0999']]);
  });
});

describe('contacts: a desk mailbox after a person', () => {
  it('starts the desk\'s entry when it opens a line of its own', () => {
    const found = run(`${lead}**Media contact:** Ines Varga, +1 204 555 0163, ines.varga@seedbank.example.ca\n\n**E:** press AT seedbank DOT example DOT ca\n`);
    expect(found.map((c) => [c.name, c.email])).toEqual([
      ['Ines Varga', 'ines.varga@seedbank.example.ca'],
      [null, 'press@seedbank.example.ca'],
    ]);
  });

  it('keeps a person\'s second own address as an alternate', () => {
    const found = run(`${lead}Media contact:\nIres Holm\nires.holm@seedbank.example.ca\nires.holm@gmail.example.com\n`);
    expect(found.map((c) => [c.name, c.email])).toEqual([['Ires Holm', 'ires.holm@seedbank.example.ca']]);
  });
});

describe('contacts: semicolons part the people of one "Contact:" line', () => {
  it.each([
    [
      'Contact: Dr. Zoe Papas, Tel.: +49 (0)30 1234590, z.papas@tu.example.de; Press office, Tel.: +49 30 555 0000, presse@tu.example.de',
      [
        ['Zoe Papas', 'z.papas@tu.example.de', '+49 (0)30 1234590'],
        [null, 'presse@tu.example.de', '+49 30 555 0000'],
      ],
    ],
    [
      'Contact: Dr. Zoe Papas, z.papas@tu.example.de; Press office, +49 30 555 0000',
      [
        ['Zoe Papas', 'z.papas@tu.example.de', null],
        [null, null, '+49 30 555 0000'],
      ],
    ],
    ['Contact: Dr. Zoe Papas (z.papas@tu.example.de; +49 30 1234 567)', [['Zoe Papas', 'z.papas@tu.example.de', '+49 30 1234 567']]],
  ])('%s', (line, expected) => {
    expect(run(`${lead}${line}\n`).map((c) => [c.name, c.email, c.phone])).toEqual(expected);
  });
});

describe('contacts: labels in other languages and messenger lines', () => {
  it.each([
    ['Pressekontakt:', 'Pressekontakt:\nMarlene Osterhagen-Bui\nTel.: +49 351 555 2040\nE-Mail: presse@tu-example.de\n'],
    ['Contact presse', 'Contact presse\nYannick Le Gall-Diouf\nyannick.legall@cnrs-example.fr\n+33 1 44 96 55 55\n'],
    ['Contacto de prensa:', 'Contacto de prensa:\nMarlene Osterhagen-Bui\nmarlene@csic-example.es\n+34 91 555 1234\n'],
  ])('"%s" opens a contacts block', (label, block) => {
    expect(isContactLabel(label)).toBe(true);
    const contacts = run(lead + block);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]!.name).toMatch(/^(?:Marlene Osterhagen-Bui|Yannick Le Gall-Diouf)$/);
  });

  it('a WhatsApp or Mobil line is one more number of the person above, not a desk of its own', () => {
    const contacts = run(lead + 'Media contact\n\nOrla Featherstone-Adu, Seed Bank Trust\n204-555-0173 | orla.f@seedbank-example.ca\nWhatsApp: +1 204 555 0188\n');
    expect(contacts).toEqual([expect.objectContaining({ name: 'Orla Featherstone-Adu', email: 'orla.f@seedbank-example.ca', phone: '204-555-0173' })]);
  });
});

describe('contacts: a double-barrelled surname with a Mc or Mac part', () => {
  it.each([
    ['Research: Siobhan McCallister-Obi, Professor, Queen\'s University Belfast', 'Siobhan McCallister-Obi'],
    ['Tomás Obi-MacKenna, Press Officer', 'Tomás Obi-MacKenna'],
  ])('%s', (line, name) => {
    const contacts = run(lead + `Contacts:\n${line}\nEmail: press-desk@seedbank-example.ca Tel: +44 (0)28 9097 5555\n`);
    expect(contacts[0]).toMatchObject({ name, email: 'press-desk@seedbank-example.ca' });
  });
});

describe('contacts: third-round patterns', () => {
  it('"Name, Desk, ACRONYM Place | email | phone": the acronym and place are no second person', () => {
    const contacts = run(lead + '**For media queries:** Priyanka Raghavan, Media Cell, IIT Madras | mediacell [at] iitm.example.ac.in | +91 44 2257 4040\n');
    expect(contacts).toEqual([expect.objectContaining({ name: 'Priyanka Raghavan', email: 'mediacell@iitm.example.ac.in', phone: '+91 44 2257 4040' })]);
  });

  it('a long name with Spanish particles is one name ("Author contact: María Luisa de los Ríos Castañeda, email")', () => {
    const contacts = run(lead + 'Author contact: María Luisa de los Ríos Castañeda, mlrios(at)jardin.example.mx\n');
    expect(contacts[0]).toMatchObject({ name: 'María Luisa de los Ríos Castañeda', email: 'mlrios@jardin.example.mx' });
  });

  it('a contact line with a German doctoral title gives the bare name', () => {
    const contacts = run(lead + 'Contact\nUniv.-Prof. Dipl.-Ing. Dr. techn. Wiebke Oberhuber-Adjei\n+43 1 58801 99999\nwiebke.oberhuber@tu.example.ac.at\n');
    expect(contacts[0]).toMatchObject({ name: 'Wiebke Oberhuber-Adjei', email: 'wiebke.oberhuber@tu.example.ac.at', phone: '+43 1 58801 99999' });
  });

  it('a table cell that is exactly a quoted speaker\'s name is that person, even family name first ("SATO Kenji" is "Kenji Sato")', () => {
    const text =
      '# Sea urchins graze faster in warm water\n\nThe study was led by Professor SATO Kenji of the marine station.\n\n' +
      '"Warm summers turn the urchins into lawnmowers," said Professor SATO.\n\n## Contacts\n\n' +
      '| | Name | Tel | Email |\n|---|---|---|---|\n| Research | SATO Kenji | +81-22-795-0000 | kenji.sato@marine.example.ac.jp |\n';
    expect(run(text)[0]).toMatchObject({ name: 'Kenji Sato', email: 'kenji.sato@marine.example.ac.jp', phone: '+81-22-795-0000' });
  });
});

describe('contacts: the out-of-hours line is the same desk\'s second number', () => {
  it('"Out of hours, please call the press mobile: …" after a desk block adds no contact', () => {
    const contacts = run(lead + 'Media contact\nPress Office, Prairie Seed Institute\n+1 204 555 0141\npress@prairieseed.example.ca\nOut of hours, please call the press mobile: +1 204 555 0199\n');
    expect(contacts).toEqual([expect.objectContaining({ name: null, email: 'press@prairieseed.example.ca', phone: '+1 204 555 0141' })]);
  });

  it('a separate out-of-hours paragraph after a named press officer adds no contact', () => {
    const contacts = run(lead + 'Media contact: Eilidh Fraser, eilidh.fraser@seedbank.example.org.uk, 0131 496 0177\n\nOut of hours, please call the press mobile: 07700 900456\n');
    expect(contacts).toEqual([expect.objectContaining({ name: 'Eilidh Fraser', email: 'eilidh.fraser@seedbank.example.org.uk', phone: '0131 496 0177' })]);
  });

  it('an out-of-hours sentence after a "please contact" sentence in one paragraph adds no contact', () => {
    const contacts = run(lead + 'For interviews please contact the press office on 0131 496 0100 or press@seedbank.example.org.uk. Outside office hours, call the duty press officer on 07700 900789.\n');
    expect(contacts).toEqual([expect.objectContaining({ name: null, email: 'press@seedbank.example.org.uk', phone: '0131 496 0100' })]);
  });

  it('an Austrian "Mag." before a press officer\'s name is a title, not part of the name', () => {
    const contacts = run(lead + 'Contact:\nMag. Veronika Haslinger\nMedia Relations\n+43 1 4277 17530\nveronika.haslinger@univie.example.ac.at\n');
    expect(contacts[0]).toMatchObject({ name: 'Veronika Haslinger', email: 'veronika.haslinger@univie.example.ac.at', phone: '+43 1 4277 17530' });
  });

  it('a name in capitals family name first ("LIU Qiang") is that person, given name first, when the email holds both names', () => {
    const contacts = run(lead + 'Contact:\nLIU Qiang\nInstitute of Botany\nTel: +86-10-6283-0000\nEmail: liuqiang@ibcas.example.ac.cn\n');
    expect(contacts[0]).toMatchObject({ name: 'Qiang Liu', email: 'liuqiang@ibcas.example.ac.cn', phone: '+86-10-6283-0000' });
  });

  it('an acronym and a place of the same shape ("ETH Zurich") stay a desk', () => {
    const contacts = run(lead + 'Contact:\nETH Zurich\nMedia Relations\n+41 44 632 41 41\nmediarelations@hk.example.ethz.ch\n');
    expect(contacts[0]).toMatchObject({ name: null, email: 'mediarelations@hk.example.ethz.ch' });
  });
});

describe('contacts: fifth-round patterns (Korean names, roles before names, bracketed regions, body sentences)', () => {
  it('two people family name first with hyphenated given names share one desk email and stay two contacts', () => {
    const contacts = run(lead + 'Media Contacts\nHAN Ji-woo, Head of Communications\nTel. +82-42-555-0100\nEmail: press@seedbank.example.re.kr\n\nLEE Su-bin, Communications Team\nTel. +82-42-555-0109\nEmail: press@seedbank.example.re.kr\n');
    expect(contacts.map((c) => [c.name, c.email, c.phone])).toEqual([
      ['Ji-woo Han', 'press@seedbank.example.re.kr', '+82-42-555-0100'],
      ['Su-bin Lee', 'press@seedbank.example.re.kr', '+82-42-555-0109'],
    ]);
  });

  it('a job before the name on a contact line ("Communications adviser Jo Bell, +47 …")', () => {
    const contacts = run(lead + 'Contact:\nCommunications adviser Sigrid Haugland, +47 55 58 00 11, sigrid.haugland@uib.example.no\n');
    expect(contacts[0]).toMatchObject({ name: 'Sigrid Haugland', email: 'sigrid.haugland@uib.example.no', phone: '+47 55 58 00 11' });
  });

  it('"Phone (US):" is a label with a region, not an organisation that starts a second contact', () => {
    const contacts = run(lead + 'Contact details:\nSeed Bank Press Office\nPhone (UK): +44 (0)1223 555 856\nPhone (US): +1 617 555 0127\npress@seedbank.example.org.uk\n');
    expect(contacts).toEqual([expect.objectContaining({ name: null, email: 'press@seedbank.example.org.uk', phone: '+44 (0)1223 555 856' })]);
  });

  it('"For interviews, contact X in the Y Department at …" inside the body names X', () => {
    const contacts = run(lead + 'For interviews, contact Thandiwe Mokoena in the Communication and Marketing Department at thandiwe.mokoena@seedbank.example.ac.za or on 021 650 5555.\n');
    expect(contacts[0]).toMatchObject({ name: 'Thandiwe Mokoena', email: 'thandiwe.mokoena@seedbank.example.ac.za', phone: '021 650 5555' });
  });

  it('a "Writing Branch" is a desk, not a person', () => {
    const contacts = run(lead + 'CONTACT:\nTo schedule interviews, please contact the Seed News & Science Writing Branch, (301) 555-1663, seednews@seedbank.example.gov.\n');
    expect(contacts[0]).toMatchObject({ name: null, email: 'seednews@seedbank.example.gov' });
  });
});

describe('contacts: a pasted page footer', () => {
  it('a site-wide "Contact us: <switchboard>" after the share links is not a media contact', () => {
    const contacts = run(lead + 'Media enquiries: Dana Whitlow, +44 (0)113 343 8000, d.whitlow@seedbank.example.ac.uk\n\nShare this page\n\nFollow us @SeedBank\n\nContact us: +44 (0)113 243 1751\n');
    expect(contacts.map((c) => c.phone)).toEqual(['+44 (0)113 343 8000']);
  });

  it('"Contact us: press.office@…" still names the press desk', () => {
    expect(run(lead + 'Contact us: press.office@seedbank.example.ac.uk\n').map((c) => c.email)).toEqual(['press.office@seedbank.example.ac.uk']);
  });
});

describe('contacts: an acronym desk in capitals', () => {
  it('"SMC NZ" is a desk, not a person named in capitals', () => {
    const contacts = run(lead + '**Contact:** SMC NZ, smc@seedbank.example.nz, 04 555 0299\n');
    expect(contacts[0]).toMatchObject({ name: null, email: 'smc@seedbank.example.nz', phone: '04 555 0299' });
  });
});

describe('contacts: two people offered in one sentence', () => {
  it('"contact A or B in the media office on <phone> or at <email>" gives both people the shared phone and email', () => {
    const contacts = run(lead + 'For more information or to arrange an interview, please contact Hannah Boyd or Liam Fraser in the Institute media office on (02) 9555 4410 or at media@seedbank.example.edu.au.\n');
    expect(contacts.map((c) => [c.name, c.email, c.phone])).toEqual([
      ['Hannah Boyd', 'media@seedbank.example.edu.au', '(02) 9555 4410'],
      ['Liam Fraser', 'media@seedbank.example.edu.au', '(02) 9555 4410'],
    ]);
  });

  it('a media advisory\'s "register with the press office: <email>, <phone>" is the press desk; the out-of-hours line is not', () => {
    const contacts = run(lead + 'To attend, register with the press office: press@seedbank.example.ac.uk, +44 (0)191 555 8820. Out of hours: 07700 900 415.\n');
    expect(contacts.map((c) => [c.name, c.email, c.phone])).toEqual([[null, 'press@seedbank.example.ac.uk', '+44 (0)191 555 8820']]);
  });
});

describe('contacts: an out-of-hours number', () => {
  it('is the phone of a desk that prints no other ("Email: …" then "Out of hours: …")', () => {
    const contacts = run(lead + '**Media enquiries**\n\nRegional Seed Press Desk  \nEmail: pressdesk@seedbank.example.org.uk  \nOut of hours: 07700 900733\n');
    expect(contacts.map((c) => [c.name, c.email, c.phone])).toEqual([[null, 'pressdesk@seedbank.example.org.uk', '07700 900733']]);
  });

  it('is not the phone of a desk that prints an office number, nor a contact of its own', () => {
    const contacts = run(lead + '**Media enquiries**\n\nSeed Bank Communications Team  \nTel: 0161 555 0290  \nEmail: comms@seedbank.example.org.uk\n\nOut of hours: 07700 900418\n');
    expect(contacts.map((c) => [c.name, c.email, c.phone])).toEqual([[null, 'comms@seedbank.example.org.uk', '0161 555 0290']]);
  });

  it('"After hours:" after a named officer without a phone is that officer\'s phone', () => {
    const contacts = run(lead + 'Media contact:\nJess Maloney, j.maloney@seedbank.example.edu.au\nAfter hours: 0400 555 117\n', 'x.txt');
    expect(contacts.map((c) => [c.name, c.email, c.phone])).toEqual([['Jess Maloney', 'j.maloney@seedbank.example.edu.au', '0400 555 117']]);
  });
});

describe('contacts: out-of-hours labels of other shapes', () => {
  it.each([
    ['"After hours / weekends:"', 'After hours / weekends: +46 70 555 0120'],
    ['"Evenings and weekends:"', 'Evenings and weekends: +46 70 555 0120'],
    ['"Outside office hours:"', 'Outside office hours: +46 70 555 0120'],
  ])('%s after an officer without a phone is the officer\'s phone, never a desk of its own', (_label, line) => {
    const contacts = run(lead + `Media contacts\n\nKarolina Nilsson, press officer, karolina.nilsson@seedbank.example.se\n${line}\n`, 'x.txt');
    expect(contacts.map((c) => [c.name, c.email, c.phone])).toEqual([['Karolina Nilsson', 'karolina.nilsson@seedbank.example.se', '+46 70 555 0120']]);
  });

  it('"After hours / weekends:" after an officer with an office number is neither her phone nor a contact', () => {
    const contacts = run(lead + 'Media contacts\n\nKarolina Nilsson, press officer, +46 31 786 0000, karolina.nilsson@seedbank.example.se\nAfter hours / weekends: +46 70 555 0120\n', 'x.txt');
    expect(contacts.map((c) => [c.name, c.email, c.phone])).toEqual([['Karolina Nilsson', 'karolina.nilsson@seedbank.example.se', '+46 31 786 0000']]);
  });
});

describe('contacts: a press desk offered as the alternative to a person in one sentence', () => {
  it('"reach the author, Dr X, at <email>, or the university press office on <phone>" gives the author and the desk', () => {
    const contacts = run(lead + "Journalists can reach the study's author, Dr Femi Adebayo, at f.adebayo@seedbank.example.edu.ng, or the university press office on +234 2 555 0190.\n");
    expect(contacts.map((c) => [c.name, c.email, c.phone])).toEqual([
      ['Femi Adebayo', 'f.adebayo@seedbank.example.edu.ng', null],
      [null, null, '+234 2 555 0190'],
    ]);
  });

  it('"contact X in the press office on <phone> or at <email>" stays one person', () => {
    const contacts = run(lead + 'To arrange an interview, please contact Ruth Mwangi in the press office on 020 7555 0101 or at r.mwangi@seedbank.example.ac.uk.\n');
    expect(contacts.map((c) => [c.name, c.email, c.phone])).toEqual([['Ruth Mwangi', 'r.mwangi@seedbank.example.ac.uk', '020 7555 0101']]);
  });
});

describe('contacts: round 8 names', () => {
  it('reads a family name in capitals before a plain given name on a contact line ("ZHAO Mingli")', () => {
    const contacts = run(lead + 'Contact:\nZHAO Mingli\nNews Office, Institute of Botany\nE-mail: mlzhao@ib.example.cn\n');
    expect(contacts.map((c) => [c.name, c.email])).toEqual([['Mingli Zhao', 'mlzhao@ib.example.cn']]);
  });

  it('keeps an acronym before a place a desk ("EPFL Lausanne")', () => {
    const contacts = run(lead + 'Contact:\nEPFL Lausanne\nMedia Relations\nE-mail: media@epfl.example.ch\n');
    expect(contacts.map((c) => c.name)).toEqual([null]);
  });

  it("reads an O'-name with a hyphenated second part (\"Siobhan O'Dowd-Reyes\")", () => {
    const contacts = run(lead + "Media contact: Siobhan O'Dowd-Reyes, 604-555-0123, sodowd@seedbank.example.ca\n");
    expect(contacts.map((c) => [c.name, c.email, c.phone])).toEqual([["Siobhan O'Dowd-Reyes", 'sodowd@seedbank.example.ca', '604-555-0123']]);
  });

  it('reads the name before "can be reached at" after a "Contact:" label', () => {
    const contacts = run(lead + 'Contact: Anneke Voorhees can be reached at avoorhees@seedbank.example.ca.\n');
    expect(contacts.map((c) => [c.name, c.email])).toEqual([['Anneke Voorhees', 'avoorhees@seedbank.example.ca']]);
  });
});

describe('contacts: round 8 labels', () => {
  it('reads a "Researcher contact" label over a name and an email', () => {
    const contacts = run(lead + 'Researcher contact\nCorentin Abadie-Morel\ncorentin.abadie@seedbank.example.fr\n');
    expect(contacts.map((c) => [c.name, c.email])).toEqual([['Corentin Abadie-Morel', 'corentin.abadie@seedbank.example.fr']]);
  });

  it('reads the German label "Wissenschaftliche Ansprechpartner:" of an IDW page', () => {
    const contacts = run(lead + 'Wissenschaftliche Ansprechpartner:\nProf. Dr. Mechthild Oberländer\nInstitut für Pflanzenbiologie\nmechthild.oberlaender@uni.example.de\n');
    expect(contacts.map((c) => [c.name, c.email])).toEqual([['Mechthild Oberländer', 'mechthild.oberlaender@uni.example.de']]);
  });

  it('reads a desk after a "For more information:" label', () => {
    const contacts = run(lead + 'For more information: Seed Bank Press Team, press@seedbank.example.org\n');
    expect(contacts.map((c) => [c.name, c.email])).toEqual([[null, 'press@seedbank.example.org']]);
  });
});

describe('contacts: round 8 family names alone', () => {
  it('resolves a hyphenated family name with a capital after the hyphen ("contact Okafor-Lindqvist at …")', () => {
    const contacts = run(lead + 'The survey was led by Chidera Okafor-Lindqvist of the seed bank.\n\nFor more information, contact Okafor-Lindqvist at cokafor@seedbank.example.ca.\n');
    expect(contacts.map((c) => [c.name, c.email])).toEqual([['Chidera Okafor-Lindqvist', 'cokafor@seedbank.example.ca']]);
  });
});

describe('contacts: round 8 "is available at"', () => {
  it('reads "Editors: Dr. X is available at <email>" and resolves a two-part family name to the full name printed earlier', () => {
    const contacts = run(lead + 'The survey was led by Beatriz Ortega-Lasso Vidal, a seed biologist.\n\nEditors: Dr. Ortega-Lasso Vidal is available at bov12@seedbank.example.edu.\n');
    expect(contacts.map((c) => [c.name, c.email])).toEqual([['Beatriz Ortega-Lasso Vidal', 'bov12@seedbank.example.edu']]);
  });

  it('reads "Journalists: X is available for interviews at <email> or <phone>"', () => {
    const contacts = run(lead + 'Journalists: Tomasz Wielgus is available for interviews at twielgus@seedbank.example.ca or 204-555-0187.\n');
    expect(contacts.map((c) => [c.name, c.email, c.phone])).toEqual([['Tomasz Wielgus', 'twielgus@seedbank.example.ca', '204-555-0187']]);
  });

  it('leaves data "available at" a link, in a sentence not about the press, alone', () => {
    expect(run(lead + 'The seed data are available at data@seedbank.example.ca on request.\n')).toEqual([]);
  });
});
