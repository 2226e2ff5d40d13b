import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf, speakersOf } from './support/invented.js';
import { findPhones } from '../src/extractors/contact/phones.js';
import { listedTitle } from '../src/extractors/quote/titles.js';

const lead = 'Seagrass meadows recover after a decade\n\nApril 2, 2032\n\nMarine biologists have found that replanted seagrass meadows store carbon as fast as wild ones within ten years.\n\n';

describe('a body in the possessive, a role, a comma, then the speaker', () => {
  it('reads the person after the role as the speaker, with curly or straight apostrophes', () => {
    const q = '“We counted more seahorses in the replanted beds than in any wild bed we have surveyed,”';
    expect(speakersOf(`${lead}${q} said Kestrel Bay’s head of marine science, Orla McAvoy.\n`)).toEqual([['Orla McAvoy', 'We counted more seahorse']]);
    expect(speakersOf(`${lead}${q} said Kestrel Bay Aquarium's curator of fishes, Dr. Tobias Wren.\n`)).toEqual([['Tobias Wren', 'We counted more seahorse']]);
    expect(speakersOf(`${lead}${q} said Kestrel's ecologist, Priya Raman.\n`)).toEqual([['Priya Raman', 'We counted more seahorse']]);
    expect(speakersOf(`${lead}${q} said Kestrel University’s curator of sponges and corals, Ines Barros.\n`)).toEqual([['Ines Barros', 'We counted more seahorse']]);
  });
});

describe('names with modifier letters and macrons', () => {
  it('reads a Hawaiian name with an ʻokina as the speaker', () => {
    const text = `${lead}“The lava tubes hold more cave crickets than anyone had counted before,” said Makana Kaʻōpua, an ecologist at the park.\n`;
    expect(speakersOf(text)).toEqual([['Makana Kaʻōpua', 'The lava tubes hold more']]);
  });
  it('reads a Māori name with macrons as the speaker', () => {
    const text = `${lead}“The eels came back to the stream within two seasons of the fence going up,” said Rāwiri Tūhourangi.\n`;
    expect(speakersOf(text)).toEqual([['Rāwiri Tūhourangi', 'The eels came back to th']]);
  });
});

describe('registration numbers are no phones', () => {
  it('skips charity, company, VAT and ABN numbers', () => {
    for (const line of ['Registered charity no. 1187654', 'Company number: 07123456', 'VAT Reg. No. GB 123 4567 89', 'ABN 51 824 753 556', 'Registered Charity Number 1099887', 'EIN 84-1234567']) {
      expect(findPhones(line), line).toEqual([]);
    }
  });
  it('still reads a phone after a label that is not a registration', () => {
    expect(findPhones('Press office, tel. no. 0161 555 0123').map((p) => p.printed)).toEqual(['0161 555 0123']);
    expect(findPhones('Company press office: +44 20 7946 0321').map((p) => p.printed)).toEqual(['+44 20 7946 0321']);
  });
  it('reads no contact from a footer with a charity number', () => {
    const html = '<html><body><h1>Beetle collection doubles</h1><p>The museum has catalogued 40,000 beetles.</p><h2>Press enquiries</h2><p>Nadia Fenwick, <a href="mailto:press@brackley.example.org">press@brackley.example.org</a>, +44 (0)113 555 0190</p><footer><p>Brackley Natural History Trust, Registered charity no. 1187654</p></footer></body></html>';
    expect(contactsOf(html, 'html')).toEqual([['Nadia Fenwick', 'press@brackley.example.org', '+44 (0)113 555 0190']]);
  });
});

describe('an investor column beside a media column', () => {
  it('keeps the media contact only', () => {
    const text = [
      'Halcyon Therapeutics reports trial results',
      '',
      'BOSTON, April 2, 2032 -- Halcyon Therapeutics today reported results.',
      '',
      'Investor Contact                      Media Contact',
      'Dana Whitford                         Marcus Oyelaran',
      'ir@halcyon.example.com                press@halcyon.example.com',
      '+1 617-555-0148                       +1 617-555-0199',
      '',
    ].join('\n');
    expect(contactsOf(text, 'txt')).toEqual([['Marcus Oyelaran', 'press@halcyon.example.com', '+1 617-555-0199']]);
  });
});

describe('a title in a dated listing', () => {
  it('is no quote', () => {
    expect(listedTitle('Rivers in a drying climate', '3 November: ')).toBe(true);
    expect(listedTitle('We must act now.', '3 November: ')).toBe(false);
    const text = `${lead}EVENTS\n\n3 November: "Rivers and wetlands in a drying climate" - Dr. Anil Varma, Lecture Theatre 1.\n`;
    expect(recordOf(text).quotes).toEqual([]);
  });
});
