import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Moss carpets cool city roofs by four degrees\n\n';
const LEAD = 'Text of the lead.\n\n';
const BODY = `${HEAD}${LEAD}"Moss turned out to be a better insulator than the gravel it replaced," said Dr. Sunniva Abernathy-Okeke.\n\n`;

describe('a lower-case academic title before a speaker (round 34)', () => {
  it.each([
    ['zegt dr. Maarten Vos-Kuipers, bioloog.', 'Maarten Vos-Kuipers'],
    ['zegt prof. dr. Maarten Vos-Kuipers.', 'Maarten Vos-Kuipers'],
    ['zegt ir. Maarten Vos-Kuipers.', 'Maarten Vos-Kuipers'],
    ['said Dr. Maarten Vos-Kuipers.', 'Maarten Vos-Kuipers'],
  ] as const)('reads the speaker after %j', (tail, speaker) => {
    const q = speakersOf(`${HEAD}${LEAD}"Mos blijkt een betere isolator dan het grind dat het verving," ${tail}\n`, 'txt');
    expect(q).toEqual([[speaker, 'Mos blijkt een betere isolator dan'.slice(0, 24)]]);
  });

  it('does not change a quote that only contains a lower-case "dr."', () => {
    const q = speakersOf(`${HEAD}${LEAD}"We asked the dr. Vos clinic for the roof plans a year ago," said Hanne Bijl-Okafor.\n`, 'txt');
    expect(q).toEqual([['Hanne Bijl-Okafor', 'We asked the dr. Vos clinic'.slice(0, 24)]]);
  });
});

describe('a one-word job title before a contact\'s name (round 34)', () => {
  it.each([
    ['Kommunikationsmedarbejder Ida Holmgaard-Nielsen', 'Ida Holmgaard-Nielsen'],
    ['Persvoorlichter Ida Holmgaard-Nielsen', 'Ida Holmgaard-Nielsen'],
    ['Pressesprecherin Ida Holmgaard-Nielsen', 'Ida Holmgaard-Nielsen'],
    ['Ida Holmgaard-Nielsen', 'Ida Holmgaard-Nielsen'],
  ] as const)('reads the name from %j', (line, name) => {
    const c = contactsOf(`${BODY}Pressekontakt:\n${line}\nida@mos-example.dk\n+45 35 55 02 19\n`, 'txt');
    expect(c).toEqual([[name, 'ida@mos-example.dk', '+45 35 55 02 19']]);
  });
});

describe('the Polish contact label (round 34)', () => {
  it.each([['Kontakt dla mediów:'], ['Kontakt dla prasy:'], ['Kontakt dla dziennikarzy:']] as const)('opens a contacts block with %j', (label) => {
    const c = contactsOf(`${BODY}${label}\nPiotr Zawadzki-Lin, rzecznik prasowy\ne-mail: p.zawadzki@mchy-example.pl\ntel. +48 22 555 61 04\n`, 'txt');
    expect(c).toEqual([['Piotr Zawadzki-Lin', 'p.zawadzki@mchy-example.pl', '+48 22 555 61 04']]);
  });

  it('still reads no contact under a label for patients', () => {
    expect(contactsOf(`${BODY}Kontakt dla pacjentów:\nPiotr Zawadzki-Lin\ntel. +48 22 555 61 04\n`, 'txt')).toEqual([]);
  });
});

const QA = (answer: string): string =>
  `${HEAD}We asked Dr. Sunniva Abernathy-Okeke, who led the roof survey, to explain what the team found.\n\n**Q:** What did you measure?\n\n**A:** "We logged the surface temperature of forty roofs every ten minutes for a summer."\n\n**Q:** Was it easy?\n\n${answer}\n\n**Q:** What next?\n\n**A:** "We want to try the same moss on the walls of older tower blocks."\n`;

describe('an interview whose answer in plain words sits between two quoted answers (round 34)', () => {
  it('keeps the interviewee as the speaker of the later quoted answer', () => {
    expect(speakersOf(QA('**A:** Not at all. The moss kept drying out in July.'))).toEqual([
      ['Sunniva Abernathy-Okeke', 'We logged the surface temperature'.slice(0, 24)],
      ['Sunniva Abernathy-Okeke', 'We want to try the same moss'.slice(0, 24)],
    ]);
  });

  it('still ends the interview at a paragraph of plain narration', () => {
    expect(speakersOf(QA('The survey ran from May to September.'))).toEqual([
      ['Sunniva Abernathy-Okeke', 'We logged the surface temperature'.slice(0, 24)],
      [null, 'We want to try the same moss'.slice(0, 24)],
    ]);
  });
});

const PAGE = (credit: string): string =>
  `<html><body><h1>Moss carpets cool city roofs by four degrees</h1><p>Text of the lead.</p><aside><p>“Moss turned out to be a better insulator than the gravel it replaced.”</p><p>${credit}</p></aside><p>More text.</p></body></html>`;

describe('a pull quote credited on the line under it (round 34)', () => {
  it.each([
    ['Professor Sunniva Abernathy-Okeke, head of the Roof Lab', 'Sunniva Abernathy-Okeke'],
    ['<cite>Dr. Sunniva Abernathy-Okeke</cite>', 'Sunniva Abernathy-Okeke'],
    ['Sunniva Abernathy-Okeke, urban ecologist', 'Sunniva Abernathy-Okeke'],
  ] as const)('gives the quote the speaker in %j', (credit, speaker) => {
    expect(speakersOf(PAGE(credit), 'html')).toEqual([[speaker, 'Moss turned out to be a better'.slice(0, 24)]]);
  });

  it.each([
    ['Sunniva Abernathy-Okeke'],
    ['Oslo, 3 June 2034'],
    ['Dr. Sunniva Abernathy-Okeke, roof ecologist, said:'],
  ] as const)('reads no credit from %j', (credit) => {
    expect(speakersOf(PAGE(credit), 'html').map(([s]) => s)).not.toContain('Sunniva Abernathy-Okeke');
  });
});

describe('an Oxford article number as the pages (round 34)', () => {
  it.each([
    ['published in Behavioral Ecology (2034; 46(2): arae112).', ['46', '2', 'arae112']],
    ['Journal of Mammalogy 2034;115(3):gyae042.', ['115', '3', 'gyae042']],
    ['published in Behavioral Ecology (2034; 46(2): 201-214).', ['46', '2', '201-214']],
  ] as const)('reads volume, issue and pages from %j', (cite, [volume, issue, pages]) => {
    const a = articlesOf(`${HEAD}OSLO, 3 June 2034 - Text.\n\nThe paper is ${cite} DOI: 10.1093/beheco/arae112\n`);
    expect(a[0]).toMatchObject({ doi: '10.1093/beheco/arae112', volume, issue, pages });
  });
});

describe('contact shapes that already worked (round 34)', () => {
  it('reads a contact given in one sentence', () => {
    const c = contactsOf(`${BODY}For more information, contact Rune Takahashi-Berg at rune@mos-example.no or +47 22 55 50 11.\n`, 'txt');
    expect(c).toEqual([['Rune Takahashi-Berg', 'rune@mos-example.no', '+47 22 55 50 11']]);
  });

  it('reads a contact whose role is on the line after the name', () => {
    const r = recordOf(`${BODY}Media contact:\nRune Takahashi-Berg\nMedia Relations Manager\n+47 22 55 50 11\nrune@mos-example.no\n`);
    expect(r.contacts.map((c) => [c.name, c.email, c.phone])).toEqual([['Rune Takahashi-Berg', 'rune@mos-example.no', '+47 22 55 50 11']]);
  });
});
