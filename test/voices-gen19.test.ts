import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf, speakersOf } from './support/invented.js';
import { asPersonName } from '../src/extractors/contact/person-name.js';
import { isContactLabel } from '../src/extractors/contact/labels.js';
import { findSingleSpans } from '../src/extractors/quote/spans.js';

const head = '# Tidal turbines spare migrating eels, survey finds\n\nMarch 4, 2031\n\nA survey of tidal turbines off the coast found no harm to migrating eels.\n\n';

describe('contacts: "Inquiries about research" and "Inquiries about media" sections', () => {
  it('reads the labels of an Asian university release as contact labels', () => {
    expect(isContactLabel('Inquiries about research')).toBe(true);
    expect(isContactLabel('Inquiries about media')).toBe(true);
    expect(isContactLabel('## 7. Inquiries about research')).toBe(true);
    expect(isContactLabel('Enquiries regarding the study:')).toBe(true);
    expect(isContactLabel('Research inquiries')).toBe(true);
    expect(isContactLabel('Inquiries about the eel survey rose after the broadcast.')).toBe(false);
  });

  it('keeps the researcher and the desk under a numbered research and media section', () => {
    const text = `${head}## 6. Inquiries about research\n\nMORI Takumi, Professor\nFaculty of Fisheries, Setouchi Maritime University\nTEL: +81-82-555-0312 / FAX: +81-82-555-0313\nE-mail: t-mori[at]smu.example.ac.jp\n\n## 7. Inquiries about media\n\nPublic Relations Office, Setouchi Maritime University\nTEL: +81-82-555-0300\nE-mail: kouhou[at]smu.example.ac.jp\n`;
    expect(contactsOf(text)).toEqual([
      ['Takumi Mori', 't-mori@smu.example.ac.jp', '+81-82-555-0312'],
      [null, 'kouhou@smu.example.ac.jp', '+81-82-555-0300'],
    ]);
  });

  it('keeps the researcher under a plain-text research label', () => {
    const text = `${head}Inquiries about research\nHIRANO Saki, Senior Researcher, Coastal Ecology Unit\nTEL: +81-45-555-7720\nE-mail: s.hirano[at]cei.example.jp\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Saki Hirano', 's.hirano@cei.example.jp', '+81-45-555-7720']]);
  });
});

describe('contacts: a title before a family name in capitals', () => {
  it('reads "Prof. CHEN Wei-lin" and "Ms. LIN Yu-ting" as names', () => {
    expect(asPersonName('Prof. HUANG Tzu-hsuan')).toBe('Tzu-hsuan Huang');
    expect(asPersonName('Ms. TSAI Pei-ying')).toBe('Pei-ying Tsai');
    expect(asPersonName('Dr. MATSUDA Rin')).toBe('Rin Matsuda');
    expect(asPersonName('Prof. NASA Station')).toBeNull();
  });
});

describe('quotes: single marks of two kinds from a document export', () => {
  it('closes a curly opening mark with a straight closing mark', () => {
    const text = "Dr Ines Halloran said: ‘The eels swam straight through the rotor plane without slowing down.'";
    expect(findSingleSpans(text).map((s) => s.text)).toEqual(['The eels swam straight through the rotor plane without slowing down.']);
  });

  it('does not close at a straight apostrophe when a curly closing mark follows', () => {
    const text = "Dr Ines Halloran said: ‘The anglers' reports, and ours, agreed on every count.’";
    expect(findSingleSpans(text).map((s) => s.text)).toEqual(["The anglers' reports, and ours, agreed on every count."]);
  });

  it('attributes a mixed-mark quote in a whole release', () => {
    const text = `${head}Lead author Dr Ines Halloran said: ‘The eels swam straight through the rotor plane without slowing down.\\'\n`;
    expect(speakersOf(text)).toEqual([['Ines Halloran', 'The eels swam straight t']]);
    expect(recordOf(text, 'md').quotes[0]?.text).toBe('The eels swam straight through the rotor plane without slowing down.');
  });
});

describe('contacts: a fax label after the phone on one line', () => {
  it('keeps the phone before "FAX:" and drops the fax number', () => {
    const text = `${head}**Inquiries regarding press coverage**\nPublic Relations Office\nTEL: 052-555-4180  FAX: 052-555-4189\nE-mail: koho@ofu.example.ac.jp\n`;
    expect(contactsOf(text)).toEqual([[null, 'koho@ofu.example.ac.jp', '052-555-4180']]);
  });

  it('still reads "(fax)" after a number as a fax', () => {
    const text = `${head}**Media contact**\nOrla Pennick\nTel: 555-0170 (fax)\nTel: 555-0171\nE-mail: opennick@tide.example.org\n`;
    expect(contactsOf(text)).toEqual([['Orla Pennick', 'opennick@tide.example.org', '555-0171']]);
  });
});

describe('voices: "binte" in a Malay name', () => {
  it('keeps "binte" inside a contact name and a speaker name', () => {
    expect(asPersonName('Ms. Farah Liyana binte Kamal')).toBe('Farah Liyana binte Kamal');
    const text = `${head}"The eels were back in the estuary within a week of the turbines starting," said Dr. Farah Liyana binte Kamal, a research fellow at the institute.\n`;
    expect(speakersOf(text)).toEqual([['Farah Liyana binte Kamal', 'The eels were back in th']]);
  });
});
