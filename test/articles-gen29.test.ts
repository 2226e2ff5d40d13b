import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';
import { isPublisherArticleUrl } from '../src/extractors/article/publisher-link.js';
import { readName } from '../src/extractors/article/name-list.js';

const names = (text: string, ext = 'txt'): Array<[string | null, string]> =>
  recordOf(text, ext).articles.flatMap((a) => a.authors.map((p): [string | null, string] => [p.given, p.family]));

describe('hyphenated pinyin names in references (round 29)', () => {
  it('reads "Li X-M, Zhao H-W" as a Vancouver list with hyphenated initials', () => {
    const text =
      'Kelp forests recover after heatwaves\n\nMay 3, 2032\n\nKelp regrew within two summers, a survey finds.\n\n' +
      'Citation: Li X-M, Zhao H-W, Brandt-Oyelaran K. Kelp canopy recovery after marine heatwaves. Mar Ecol Prog Ser. 2032;701:33-47. doi:10.3354/meps99871\n';
    const a = recordOf(text).articles[0]!;
    expect(a.title).toBe('Kelp canopy recovery after marine heatwaves');
    expect(a.authors.map((p) => [p.given, p.family])).toEqual([
      ['X-M', 'Li'],
      ['H-W', 'Zhao'],
      ['K', 'Brandt-Oyelaran'],
    ]);
  });

  it('reads "Li Xiao-Ming, Chen Yu-ting" family name first in a Chinese reference', () => {
    const text =
      'Rice roots sense drought early\n\nBeijing, April 2, 2032 -- Rice roots close their pores hours before leaves wilt, researchers report.\n\n' +
      'Reference:\nLi Xiao-Ming, Chen Yu-ting, Zhou Jian-Hua. Root pore closure precedes leaf wilting in rice under drought. Plant Communications, 2032, 13: 21. DOI: 10.1016/j.xplc.2032.100921\n';
    expect(names(text)).toEqual([
      ['Xiao-Ming', 'Li'],
      ['Yu-ting', 'Chen'],
      ['Jian-Hua', 'Zhou'],
    ]);
  });

  it('leaves a Korean hyphenated given name, a Western double-barrelled name and a given-name-first pinyin name as they were', () => {
    const person = (item: string): [string | null, string] | null => {
      const n = readName(item);
      return n ? [n.person.given, n.person.family] : null;
    };
    expect(person('Li Xiao-Ming')).toEqual(['Xiao-Ming', 'Li']);
    expect(person('Park Ji-hoon')).toEqual(['Ji-hoon', 'Park']);
    expect(person('Xiao-Ming Li')).toEqual(['Xiao-Ming', 'Li']);
    expect(person('Anna Lee-Smith')).toEqual(['Anna', 'Lee-Smith']);
  });
});

describe("a journal's section after two words joined by an ampersand (round 29)", () => {
  it('reads "Alzheimer\'s & Dementia: Translational Research & Clinical Interventions" whole', () => {
    const text =
      'Memory clinic test\n\nJune 1, 2032\n\nThe study appears in Alzheimer\'s & Dementia: Translational Research & Clinical Interventions. DOI: 10.1002/trc2.70991\n';
    expect(recordOf(text).articles[0]!.journal).toBe("Alzheimer's & Dementia: Translational Research & Clinical Interventions");
  });

  it('does not join a sentence after the colon', () => {
    const text = 'Memory clinic test\n\nJune 1, 2032\n\nThe study appears in Brain & Development: Researchers found more. DOI: 10.1016/j.braindev.2032.01.004\n';
    expect(recordOf(text).articles[0]!.journal).toBe('Brain & Development');
  });
});

describe('a lone name before the year after a quoted title (round 29)', () => {
  it('reads "\\"Title,\\" Cerebral Cortex, 2031." as the journal, with no author', () => {
    const text =
      'Night shifts and the brain\n\nSeptember 2, 2031\n\nThe study appears in the journal Cerebral Cortex.\n\n' +
      'Paper: "Rotating night-shift work and white-matter microstructure in nurses," Cerebral Cortex, 2031.\n';
    const a = recordOf(text).articles[0]!;
    expect(a.title).toBe('Rotating night-shift work and white-matter microstructure in nurses');
    expect(a.authors).toEqual([]);
    expect(a.journal).toBe('Cerebral Cortex');
    expect(a.year).toBe(2031);
  });

  it('still reads "\\"Title,\\" Jane Roe, Nature, 2031" as an author', () => {
    const text =
      'Night shifts and the brain\n\nSeptember 2, 2031\n\nThe study appears in Nature.\n\n' +
      'Paper: "Rotating night-shift work and white-matter microstructure in nurses," Jane Okafor-Reyes, Nature, 2031.\n';
    expect(names(text)).toEqual([['Jane', 'Okafor-Reyes']]);
  });
});

describe("a link to a publisher's article page without a DOI (round 29)", () => {
  it('knows ScienceDirect PII and Oxford Academic article addresses', () => {
    expect(isPublisherArticleUrl('https://www.sciencedirect.com/science/article/pii/S2589537032000417')).toBe(true);
    expect(isPublisherArticleUrl('https://academic.oup.com/cercor/article/41/9/bhab318/7731204')).toBe(true);
    expect(isPublisherArticleUrl('https://www.sciencedirect.com/journal/eclinicalmedicine')).toBe(false);
    expect(isPublisherArticleUrl('https://academic.oup.com/cercor')).toBe(false);
  });

  it("takes the link's text as the title and the numbers after it, with no DOI", () => {
    const html =
      '<html><body><h1>Text reminders bring patients back</h1><p>Published: 3 February 2032</p>' +
      '<p>Patients returned twice as often, according to a trial published in <em>eClinicalMedicine</em>.</p>' +
      '<p><a href="https://www.sciencedirect.com/science/article/pii/S2589537032000555">SMS reminders and return for screening results: a cluster-randomised trial</a>, <em>eClinicalMedicine</em>, volume 85, 2032.</p></body></html>';
    const a = recordOf(html, 'html').articles[0]!;
    expect(a.doi).toBeNull();
    expect(a.title).toBe('SMS reminders and return for screening results: a cluster-randomised trial');
    expect(a.journal).toBe('eClinicalMedicine');
    expect(a.volume).toBe('85');
    expect(a.year).toBe(2032);
  });

  it('takes no title from a link to the journal\'s home page', () => {
    const md =
      '# Text reminders bring patients back\n\nPublished: 3 February 2032\n\nPatients returned twice as often, according to a trial published in *eClinicalMedicine*.\n\n' +
      '[SMS reminders and return for screening results in rural clinics](https://www.sciencedirect.com/journal/eclinicalmedicine)\n';
    expect(recordOf(md, 'md').articles[0]!.title).toBeNull();
  });
});
