import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convert } from '../src/convert.js';
import type { Contact } from '../src/types.js';

const fixture = (name: string): { contacts: Contact[]; provenance: Record<string, { strategy: string; line?: number }> } => {
  const { record } = convert(readFileSync(new URL(`../fixtures/contacts/${name}`, import.meta.url)), { path: name });
  return { contacts: record.contacts, provenance: record.provenance };
};
const run = (text: string, path = 'x.md'): Contact[] => convert(text, { path }).record.contacts;
const lead =
  '# Moss Grows Back on Burnt Peat\n\nDUBLIN, 3 March 2024 – Moss recolonised burnt peat within two seasons when the water table was raised, a field trial across six bogs found.\n\n';

describe('contacts: blocks', () => {
  it('reads two contacts in one block, one per paragraph of soft-broken lines and one per line', () => {
    const { contacts, provenance } = fixture('two-in-one-block.md');
    expect(contacts).toHaveLength(2);
    expect(contacts[0]).toMatchObject({
      name: 'Jonah Whitcombe',
      role: 'Senior Communications Officer',
      organization: 'Coastal Research Station',
      email: 'jwhitcombe@coastal-station.example.edu',
      phone: '(503) 555-0142',
      phoneE164: '+15035550142',
    });
    expect(contacts[1]).toMatchObject({ name: 'Priya Ramanathan', email: 'p.ramanathan@northshire.example.ac.uk', phone: '+44 (0)20 7946 0123', phoneE164: '+442079460123' });
    expect(provenance['contacts[0].email']).toMatchObject({ strategy: 'contacts:block', line: 14 });
    expect(provenance['contacts[1].phone']?.strategy).toBe('contacts:block');
  });

  it('keeps a desk without a person as a contact with no name, and tells the UK from the address', () => {
    const [desk, ...rest] = fixture('desk-and-uk.txt').contacts;
    expect(rest).toEqual([]);
    expect(desk).toMatchObject({ name: null, organization: 'Press Office', email: 'press@westmere.example.ac.uk', phone: '020 7946 0456', phoneE164: '+442079460456' });
  });

  it('reads a contacts table, one row per person, with a mailto link', () => {
    const { contacts, provenance } = fixture('table.html');
    expect(contacts.map((c) => [c.name, c.role, c.email, c.phoneE164])).toEqual([
      ['Annika Brunner', 'Head of Media Relations', 'annika.brunner@glacier-institute.example.ch', '+41445551234'],
      ['Lukas Meier', 'Press Officer', 'lukas.meier@glacier-institute.example.ch', '+41445555678'],
    ]);
    expect(provenance['contacts[1].name']?.strategy).toBe('contacts:table');
  });

  it('reads "Contact:" in the lead and a desk named by the label', () => {
    const text = 'Tides Shape Crab Migration\n\nContact: Media Relations\n\n(617) 555-0101\n\nBOSTON, Mass. – Shore crabs time their migrations to spring tides rather than to the moon itself, tracking data from four estuaries show over ten seasons.\n';
    expect(run(text, 'x.txt')).toEqual([{ name: null, role: null, organization: 'Media Relations', email: null, phone: '(617) 555-0101', phoneE164: '+16175550101' }]);
  });

  it('splits a name glued to the next word by a scraped page', () => {
    const [c] = run(`${lead}Contact: Maeve DonnellyRiverside University Press Office (212) 555-0147 press@riverside.example.edu\n`);
    expect(c).toMatchObject({ name: 'Maeve Donnelly', organization: 'Riverside University Press Office', email: 'press@riverside.example.edu' });
  });

  it('keeps the first email and phone printed for a person', () => {
    const [c] = run(`${lead}Media contact: Orla Keane, okeane@bog.example.ie or orla.keane@mail.example.com, 01 555 0199 / 087 555 0123\n`);
    expect(c).toMatchObject({ name: 'Orla Keane', email: 'okeane@bog.example.ie', phone: '01 555 0199' });
  });

  it('reports a contact label with nothing after it', () => {
    const { file } = convert(`${lead}Media contact\n\nSee our website.\n`, { path: 'x.md' });
    expect(file.messages.map((m) => m.reason)).toContain('Missing contact details after "Media contact", expected an email address or a phone number');
  });
});

describe('contacts: obfuscated emails', () => {
  it('reads each printed form in its plain form', () => {
    expect(fixture('obfuscated.md').contacts.map((c) => [c.name, c.email])).toEqual([
      ['Tomas Ellery', 'tellery@forest-lab.example.edu'],
      ['Ruth Adeyemi', 'r.adeyemi@soil-institute.example.org'],
      ['Oskar Lindqvist', 'oskar@fungi-centre.example.org'],
    ]);
  });
});

describe('contacts: what is not a contact', () => {
  const { contacts } = fixture('not-contacts.txt');
  it('takes only the media contact', () => {
    expect(contacts).toEqual([
      {
        name: 'Derek Mulholland',
        role: 'Media Relations Manager',
        organization: null,
        email: 'dmulholland@kidney-center.example.org',
        phone: '312-555-0175',
        phoneE164: '+13125550175',
      },
    ]);
  });
  it('leaves out the fax, the enrolment line, the patient line, the consumer line and the handle', () => {
    const printed = JSON.stringify(contacts);
    for (const no of ['555-0176', '555-0199', 'trials@', '555-0123', 'info@', '555-0100', 'KidneyCenterNews']) expect(printed).not.toContain(no);
  });
  it('does not take a helpline sentence nor an author named only in a citation', () => {
    const text = `${lead}For advice, call our free helpline on 0800 555 0111 or email help@bogs.example.org.\n\nCorresponding author: Dr. Ciara Walsh, c.walsh@bog.example.ie\n`;
    expect(run(text)).toEqual([]);
  });
});

describe('contacts: sentences and merging', () => {
  const { contacts, provenance } = fixture('same-person-and-sentences.md');
  it('merges the same person listed in a sentence and in a block', () => {
    expect(contacts.filter((c) => c.name === 'Graham Tilley')).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ name: 'Graham Tilley', organization: 'Editorial Office', email: 'gtilley@gut-journal.example.org', phone: '+1 617 555 0188', phoneE164: '+16175550188' });
  });
  it('takes the author a "journalists may contact" sentence offers', () => {
    expect(contacts[1]).toMatchObject({ name: 'Sofia Marchetti', email: 's.marchetti@clockgut.example.edu', phone: null });
    expect(provenance['contacts[1].email']?.strategy).toBe('contacts:sentence');
  });
  it('gives a desk no name when "To contact author X" points to a desk mailbox', () => {
    expect(contacts[2]).toMatchObject({ name: null, email: 'newsroom@clockgut.example.edu' });
    expect(contacts).toHaveLength(3);
  });
  it('takes the person named after "email" in "To contact author X, email Y at …"', () => {
    const text = `${lead}To contact lead author Niamh Brady, Ph.D., email Declan Moran at dmoran@bog.example.ie or call +353 1 555 0142.\n`;
    expect(run(text)).toEqual([{ name: 'Declan Moran', role: null, organization: null, email: 'dmoran@bog.example.ie', phone: '+353 1 555 0142', phoneE164: '+35315550142' }]);
  });
});

describe('contacts: one-line lists, desks and family names', () => {
  const { contacts } = fixture('one-line-and-desk.txt');
  it('resolves a family name in "reporters can reach X" to the full name printed elsewhere', () => {
    expect(contacts[0]).toMatchObject({ name: 'Ingrid Solheim', phone: '(608) 555-0170', phoneE164: '+16085550170' });
  });
  it('reads two people on one line separated by a semicolon', () => {
    expect(contacts.slice(1, 3).map((c) => [c.name, c.email, c.phone])).toEqual([
      ['Jane Doe', 'jdoe@lake.example.edu', '608-555-0100'],
      ['John Roe', 'jroe@lake.example.edu', '608-555-0101'],
    ]);
  });
  it('reads an address in brackets and leaves the handle and the link out', () => {
    expect(contacts[3]).toEqual({ name: 'Kim Ng', role: null, organization: null, email: 'kng@lake.example.edu', phone: null, phoneE164: null });
  });
  it('keeps a desk label as the desk, reads a "contact X at" sentence, and skips the patient line', () => {
    expect(contacts[4]).toMatchObject({ name: null, organization: 'Media Relations', email: 'news@lake.example.edu', phone: '608-555-0111' });
    expect(contacts[5]).toMatchObject({ name: 'Ravi Patel', email: 'rpatel@lake.example.edu', phone: '608-555-0122' });
    expect(contacts).toHaveLength(6);
  });
});

describe('contacts: blocks without a contact label', () => {
  it('reads a line led by a press role and a short block naming a press role', () => {
    expect(fixture('unlabelled-press-role.txt').contacts.map((c) => [c.name, c.role, c.email, c.phoneE164])).toEqual([
      ['Kari Nordby', 'Press Officer', 'kari.nordby@owl.example.no', '+4722550100'],
      ['Lars Eide', 'Head of Communications', 'lars.eide@owl.example.no', '+4722550101'],
    ]);
  });
  it('does not read a researcher\'s address printed in the body as a contact', () => {
    expect(run(`${lead}The data are held by Dr. Aoife Byrne (a.byrne@bog.example.ie).\n`)).toEqual([]);
  });
});
