import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const CONTACT = 'Media contact: Rosalind Achebe-Varga, r.achebe@fieldnews.example.org, +44 20 7555 0143';

describe('a lettered article number after the volume and issue ("article eadk4410") is the pages (round 51)', () => {
  const release = (sentence: string): string =>
    `# Soft gripper picks ripe strawberries without bruising them\n\n**LAUSANNE, May 6, 2037** — A gripper lined with air pockets picked 2,000 strawberries with fewer bruises than human pickers, engineers report.\n\n"A strawberry tells you it is ripe by how it gives under your thumb, and now the gripper can feel that too," said Dr. Anselm Oduya-Brandt, who led the work.\n\n${sentence}\n\n${CONTACT}\n`;

  it.each([
    ['The work is described in *Science Robotics*, volume 12, issue 5, article eadq7731 (2037). DOI: 10.1126/scirobotics.adq7731', 'eadq7731', '12', '5'],
    ['The study appears in *Science Advances*, volume 23, issue 19, eabz0412. DOI: 10.1126/sciadv.abz0412', 'eabz0412', '23', '19'],
    ['The paper is published in *Science Robotics*, vol. 12, article eadk4410 (2037). DOI: 10.1126/scirobotics.adk4410', 'eadk4410', '12', null],
  ])('reads the pages of "%s"', (sentence, pages, volume, issue) => {
    const text = release(sentence);
    const a = articlesOf(text, 'md')[0]!;
    expect(a.pages).toBe(pages);
    expect(a.volume).toBe(volume);
    expect(a.issue).toBe(issue);
    expect(speakersOf(text, 'md')).toEqual([['Anselm Oduya-Brandt', 'A strawberry tells you i']]);
    expect(contactsOf(text, 'md')[0]).toEqual(['Rosalind Achebe-Varga', 'r.achebe@fieldnews.example.org', '+44 20 7555 0143']);
  });

  it.each([
    // A plain e-number after the volume and issue is read as before.
    ['The work is described in *Soft Robotics*, volume 14, issue 2, e3120 (2037). DOI: 10.1089/soro.2037.0031', 'e3120'],
    // A lower-case word after the volume is no article number.
    ['The work is described in *Soft Robotics*, volume 14, each of its figures online. DOI: 10.1089/soro.2037.0031', null],
    // No volume: the lettered number alone is not taken.
    ['The work is described in *Science Robotics* as article eadq7731. DOI: 10.1126/scirobotics.adq7731', null],
  ])('keeps the pages of "%s"', (sentence, pages) => {
    expect(articlesOf(release(sentence), 'md')[0]!.pages).toBe(pages);
  });
});

describe('release shapes of round 51 that are read as before', () => {
  it('takes a headline ending in an emoji whole, and its date under it', () => {
    const text = '<html><body><h1>Cuttlefish count to five, and then they stop 🦑</h1><p class="date">9 June 2037</p><p>Cuttlefish picked the plate with more shrimp up to five, a lab study finds.</p><p>The study is published in <i>Animal Cognition</i>. DOI: 10.1007/s10071-037-01844-2</p><p>Press office: Elspeth Varga-Moreno, e.varga@tidelab.example.org, +33 4 55 55 01 77</p></body></html>';
    const r = recordOf(text, 'html');
    expect(r.release.headline).toBe('Cuttlefish count to five, and then they stop 🦑');
    expect(r.release.datePublished).toBe('2037-06-09');
    expect(articlesOf(text, 'html')[0]!.doi).toBe('10.1007/s10071-037-01844-2');
    expect(contactsOf(text, 'html')[0]).toEqual(['Elspeth Varga-Moreno', 'e.varga@tidelab.example.org', '+33 4 55 55 01 77']);
  });

  it('dates a release by its "Issued" line after "###", and not by a correction appended after it', () => {
    const text = 'Peat bogs in the uplands stopped drying out after ditches were blocked\n\nWater tables in blocked moorland rose by 12 centimetres within three years, a survey shows.\n\nThe survey is published in Ecological Engineering. DOI: 10.1016/j.ecoleng.2037.107301\n\nFor media enquiries: Gideon Hartwell-Osei, +44 20 5555 0188, press@uplands.example.org\n\n###\n\nIssued 11 August 2037 by the Uplands Research Trust\n\nCorrection, 14 August 2037: an earlier version gave the rise as 21 centimetres.\n';
    expect(recordOf(text, 'txt').release.datePublished).toBe('2037-08-11');
    expect(articlesOf(text, 'txt')[0]!.doi).toBe('10.1016/j.ecoleng.2037.107301');
  });
});
