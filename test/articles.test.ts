import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convert } from '../src/convert.js';

const run = (name: string) => {
  const path = `fixtures/articles/${name}`;
  const { record, file } = convert(readFileSync(new URL(`../${path}`, import.meta.url)), { path });
  return { record, messages: file.messages.map((m) => String(m.reason)) };
};
const families = (authors: { family: string }[]) => authors.map((a) => a.family);

describe('articles extractor on whole releases', () => {
  it('gives a study and its editorial as two papers, each with its DOI', () => {
    const { record } = run('study-and-editorial.txt');
    expect(record.articles).toHaveLength(2);
    const [study, editorial] = record.articles;
    expect(study).toMatchObject({ doi: '10.1001/jamageriatr.2024.0417', title: null, journal: 'JAMA Geriatrics', year: null });
    // "Solberg-Haugen et al" and "corresponding author Ingrid Solberg-Haugen" name the study's author.
    expect(study!.authors).toEqual([{ given: 'Ingrid', family: 'Solberg-Haugen' }]);
    expect(editorial).toMatchObject({
      doi: '10.1001/jamageriatr.2024.0502',
      title: 'Walking After Meals, a Small Habit With Measurable Effects',
      journal: 'JAMA Geriatrics',
    });
    expect(editorial!.authors).toEqual([{ given: 'Thomas', family: "O'Reilly" }]);
    expect(record.provenance['articles[0].doi']).toMatchObject({ strategy: 'doi:text', line: 9 });
    expect(record.provenance['articles[1].title']?.strategy).toBe('title:editorial-label');
  });

  it('keeps the reported paper of a numbered list and leaves the background reference out', () => {
    const { record } = run('reference-list.md');
    expect(record.articles).toHaveLength(1);
    const a = record.articles[0]!;
    expect(a.doi).toBe('10.1038/s41558-024-01234-5');
    expect(a.title).toBe('Earlier phytoplankton blooms follow sea ice retreat in the Barents Sea');
    // The full journal name printed in the text wins over the abbreviation of the reference.
    expect(a.journal).toBe('Nature Climate Change');
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(['14', '3', '245-252', 2024]);
    expect(families(a.authors)).toEqual(['Lindqvist', 'van der Linden', 'Dubois-Lefèvre', 'Groß']);
    expect(a.authors[0]).toEqual({ given: 'Å', family: 'Lindqvist' });
  });

  it('finds no paper in a release about none, and warns about the missing DOI', () => {
    const { record, messages } = run('no-paper.md');
    expect(record.articles).toEqual([]);
    expect(messages.some((m) => /^Missing DOI in the release, expected doi:10\.xxxx/.test(m))).toBe(true);
  });

  it('reads a DOI from a URL-encoded link, a title after "titled", and authors by role', () => {
    const { record, messages } = run('linked-paper.html');
    expect(record.articles).toHaveLength(1);
    const a = record.articles[0]!;
    expect(a.doi).toBe('10.1098/rspb.2023.1412');
    expect(a.url).toContain('doi=10.1098%2Frspb.2023.1412');
    expect(a.title).toBe('Acoustic enrichment guides coral settlement on degraded reefs');
    expect(a.journal).toBe('Proceedings of the Royal Society B');
    expect(a.authors).toEqual([
      { given: 'Nadia', family: 'Al-Mansouri' },
      { given: 'José María', family: 'de la Fuente' },
    ]);
    expect(record.provenance['articles[0].doi']?.strategy).toBe('doi:link');
    expect(messages.some((m) => m.startsWith('Missing DOI'))).toBe(false);
  });

  it('takes a titled conference presentation, its meeting as the journal', () => {
    const { record } = run('presentation.txt');
    expect(record.articles).toHaveLength(1);
    const a = record.articles[0]!;
    expect(a.doi).toBeNull();
    expect(a.title).toBe('Circulating tumour DNA fragment patterns detect early pancreatic cancer');
    expect(a.journal).toBe('Annual Meeting of the American Association for Cancer Research');
    expect(a.year).toBe(2024);
    expect(families(a.authors)).toEqual(['Oliveira', 'Brandt', 'Nakamura', 'Moreau']);
  });

  it('gives no paper for a presentation without a title', () => {
    const text = 'Heart drug cuts readmissions\n\nBoston - A new drug cut hospital readmissions by a third in patients with heart failure, according to findings presented today at the Heart Failure Congress in Boston, the lead author said in a briefing for reporters.\n\n"The effect was larger than we expected," said lead author Grace Obi, MD.\n';
    expect(convert(text, { path: 'x.txt' }).record.articles).toEqual([]);
  });

  it('leaves out a background reference of another journal from an unnumbered list', () => {
    const text = '# Kelp grows back faster where tides mix\n\nBergen, 3 April 2024 - Kelp forests grow back twice as fast on coasts with strong tidal mixing, according to a study published today in *Marine Ecology Letters*, which followed 60 forests for a decade after a heatwave.\n\n## References\n\nMoreau JP, de Vries A, Okafor CN, et al. Tidal mixing sets the pace of kelp recovery. Mar Ecol Lett. 2024;27(4):301–310. doi:10.5555/mel.2024.0042\n\nSmith A, Jones B. Heatwaves and kelp loss in the North Atlantic. Glob Change Biol. 2019;25(2):100-110. doi:10.5555/gcb.2019.0007\n';
    const { record } = convert(text, { path: 'x.md' });
    expect(record.articles.map((a) => [a.doi, a.journal, a.volume, a.issue, a.pages])).toEqual([['10.5555/mel.2024.0042', 'Marine Ecology Letters', '27', '4', '301-310']]);
    expect(record.articles[0]!.authors[1]).toEqual({ given: 'A', family: 'de Vries' });
  });

  it('reads a labelled journal, DOI and title printed under bare labels', () => {
    const html = '<h1>Light makes the catalyst last</h1><p>Scientists report that shining light on a thin film of the catalyst slows its corrosion, as reported in the journal Small Materials, in work that may help make solar fuels more practical.</p><h3>Journal</h3><p>Small Materials</p><h3>Article Title</h3><p>Light slows the corrosion of thin film catalysts</p><h3>DOI</h3><p>10.5555/smat.202400123</p>';
    const a = convert(html, { path: 'x.html' }).record.articles;
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ doi: '10.5555/smat.202400123', journal: 'Small Materials', title: 'Light slows the corrosion of thin film catalysts' });
  });

  it('reads a title set in italics in a reference line, and skips a DOI cited as earlier work', () => {
    const text = '# Bees learn the shape of flowers\n\nLondon, 2 May 2024 - Bumblebees learn to tell flower shapes apart within a single afternoon, according to a study published today in the journal Animal Cognition Letters, which tested 120 bees from six colonies.\n\nAn earlier study by the same team (https://doi.org/10.5555/acl.2019.0001) had shown that bees can count.\n\n## Notes to editors\n\nRivera M, Chen L, Okoye P. *Rapid learning of flower shape by bumblebees*, Anim Cogn Lett (2024). DOI: 10.5555/acl.2024.0420\n';
    const a = convert(text, { path: 'x.md' }).record.articles;
    expect(a.map((x) => [x.doi, x.title, x.journal])).toEqual([['10.5555/acl.2024.0420', 'Rapid learning of flower shape by bumblebees', 'Animal Cognition Letters']]);
  });

  it('does not take a newspaper, a publisher or a language for a journal', () => {
    for (const sentence of ['The findings were first reported in The Washington Post last week', 'The book is published by Springer Nature in the autumn', 'The survey is published in English and Spanish', 'New guidelines were published by the WHO', 'The rule was published in the Federal Register']) {
      const text = `# A headline\n\n${sentence}, and the team now plans to repeat the survey in four more countries over the next two years with new funding.\n`;
      expect(convert(text, { path: 'x.md' }).record.articles).toEqual([]);
    }
  });

  it('stays fast on hostile input', () => {
    for (const text of ['Dr. '.repeat(100_000), 'Smith et al '.repeat(50_000), 'Co-authors include '.repeat(30_000), 'titled '.repeat(100_000), '10. 1234/ '.repeat(50_000)]) {
      const t = Date.now();
      convert(text, { path: 'x.txt' });
      expect(Date.now() - t).toBeLessThan(5000);
    }
  });

  it('uses the release year for a paper published today', () => {
    const text = '---\ndate: 2024-05-02\n---\n\n# Moss survives the winter\n\nA study published today in the journal Polar Botany shows that moss survives six months under snow, a finding that surprised the team who expected most plants to die back completely.\n';
    const a = convert(text, { path: 'x.md' }).record.articles[0];
    expect(a).toMatchObject({ journal: 'Polar Botany', year: 2024 });
  });
});
