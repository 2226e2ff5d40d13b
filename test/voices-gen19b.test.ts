import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf, speakersOf } from './support/invented.js';

describe('Aboriginal and Torres Strait Islander terms of respect and community roles before a speaker', () => {
  it('drops "Uncle" before the name and does not read "Traditional Owner" as the speaker', () => {
    const text = '# Fire country\n\n"We burned this country cool and early long before anyone wrote it down," said Traditional Owner and ranger Uncle Darren Walbunja.\n';
    expect(speakersOf(text)).toEqual([['Darren Walbunja', 'We burned this country c']]);
  });

  it('drops "Aunty" before the name after "Elder"', () => {
    const text = '# Seed stories\n\n"My grandmother ground these seeds on that very stone," said Elder Aunty Leonie Marrbuk.\n';
    expect(speakersOf(text)).toEqual([['Leonie Marrbuk', 'My grandmother ground th']]);
  });

  it('resolves the speaker to a co-author printed with "Auntie" in the author list, without the honorific', () => {
    const text = [
      '# River songs',
      '',
      '"Every bend in the river has a song that tells you where the water sits," said Auntie Colleen Yarrabah.',
      '',
      'Authors: Auntie Colleen Yarrabah, Tom Ferris. Journal of Ethnobiology. DOI: 10.1000/jeb.2031.0042',
      '',
    ].join('\n');
    expect(recordOf(text, 'md').quotes.map((q) => q.speaker)).toEqual(['Colleen Yarrabah']);
  });
});

describe('a citation\'s page and year are no phone number', () => {
  it('reads no phone from "Correction: Journal 12, 845 (2030)"', () => {
    const text = [
      '# Correction to a study of glacier melt',
      '',
      'Correction: Cryosphere Letters 12, 845 (2030), DOI: 10.1000/cl.2030.845',
      '',
      'Media contact: Lena Fuchs, lena.fuchs@alpine.example.org, +41 44 555 01 23',
      '',
    ].join('\n');
    expect(contactsOf(text)).toEqual([['Lena Fuchs', 'lena.fuchs@alpine.example.org', '+41 44 555 01 23']]);
  });
});

describe('a researcher offered under "Inquiries", with the email on the next line', () => {
  it('takes "About research: Name, role" and "Email:" on the next line as a contact', () => {
    const text = [
      '# Diatoms keep time',
      '',
      '## Inquiries',
      '',
      'About research: Mitsuki Harada, Lecturer, Faculty of Fisheries',
      'Email: harada@kaiyo.example.ac.jp',
      '',
      'About media: Public Relations Section, Kaiyo University',
      'Email: pr@kaiyo.example.ac.jp',
      '',
    ].join('\n');
    expect(contactsOf(text)).toEqual([
      ['Mitsuki Harada', 'harada@kaiyo.example.ac.jp', null],
      [null, 'pr@kaiyo.example.ac.jp', null],
    ]);
  });

  it('does not take a corresponding author listed with the paper\'s details as a press contact', () => {
    const text = [
      'Paper details',
      'Tidal pumping of nitrate in a mangrove estuary',
      'DOI: 10.1000/est.2031.0117',
      '',
      'Corresponding author:',
      'Ines Balcarce (Estuarine Institute, Bahía Blanca, Argentina)',
      'Email: ibalcarce@estuary.example.org.ar',
      '',
      'Press office: press@journal.example.com',
      '',
    ].join('\n');
    expect(contactsOf(text, 'txt')).toEqual([[null, 'press@journal.example.com', null]]);
  });
});
