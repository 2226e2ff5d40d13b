import { describe, expect, it } from 'vitest';
import { emitBibtex, standardMonth } from '../src/emit/bibtex.js';
import { foldParticles, forCitationJs, loadCitationJs } from '../src/emit/citation-js.js';
import { emptyRecord, seagrassPaper, seagrassRecord } from './support/records.js';
import type { Article, PressRecord } from '../src/types.js';

/** Parses BibTeX back with citation-js into CSL items. */
async function reparse(bibtex: string): Promise<Array<Record<string, unknown>>> {
  const Cite = await loadCitationJs();
  return new Cite(bibtex).data;
}

/** A CSL name back as "given|family", particles joined to the family as pr2meta writes them. */
const nameOf = (n: Record<string, unknown>): string =>
  `${String(n.given ?? '')}|${[n['dropping-particle'], n['non-dropping-particle'], n.family].filter(Boolean).join(' ')}`;

const recordWith = (...articles: Article[]): PressRecord => ({ ...emptyRecord(), articles });
const paper = (over: Partial<Article>): Article => ({ ...structuredClone(seagrassPaper), ...over });

/** Collects the warnings an emitter raises. */
function collector(): { warnings: string[]; warn: (m: string) => void } {
  const warnings: string[] = [];
  return { warnings, warn: (m) => warnings.push(m) };
}

describe('bibtex: the example paper, value by value', async () => {
  const { warnings, warn } = collector();
  const bib = await emitBibtex([seagrassRecord()], { warn });

  it('is one @article keyed by the citation key', () => {
    expect(bib.match(/^@/gm)).toHaveLength(1);
    expect(bib.startsWith('@article{Okonkwo2023Rapid,\n')).toBe(true);
    expect(bib.endsWith('}\n')).toBe(true);
    expect(warnings).toEqual([]);
  });
  it('has the DOI, escaped authors with the particle kept, journal, volume, number, pages, year', () => {
    expect(bib).toContain('\tdoi = {10.5555/jme.2023.0142},');
    expect(bib).toContain("\tauthor = {Okonkwo, Amara N. and van der Berg, Lukas and N{\\' u}{\\~ n}ez-Garc{\\' i}a, Jos{\\' e} and Chen, Mei-Ling},");
    expect(bib).toContain('\tjournal = {Journal of Marine Ecology},');
    expect(bib).toContain('\tvolume = {41},');
    expect(bib).toContain('\tnumber = {3},');
    expect(bib).toContain('\tpages = {211--229},');
    expect(bib).toContain('\tyear = {2023},');
    expect(bib).toContain('\turl = {https://doi.org/10.5555/jme.2023.0142},');
    expect(bib).not.toMatch(/month/);
  });
  it('is ASCII only (special characters escaped)', () => {
    expect(bib).toMatch(/^[\x09\x0a\x20-\x7e]*$/);
  });
  it('re-parses with citation-js to the same DOI, title and authors', async () => {
    const [item, ...rest] = await reparse(bib);
    expect(rest).toEqual([]);
    expect(item!.DOI).toBe('10.5555/jme.2023.0142');
    expect(item!.title).toBe('Rapid Carbon Burial in Young Temperate Seagrass Meadows');
    expect((item!.author as Array<Record<string, unknown>>).map(nameOf)).toEqual([
      'Amara N.|Okonkwo',
      'Lukas|van der Berg',
      'José|Núñez-García',
      'Mei-Ling|Chen',
    ]);
    expect(item!['citation-key']).toBe('Okonkwo2023Rapid');
    expect(item!['container-title']).toBe('Journal of Marine Ecology');
    expect(item!.volume).toBe('41');
    expect(item!.issue).toBe('3');
    expect(item!.page).toBe('211-229');
    expect(item!.issued).toEqual({ 'date-parts': [[2023]] });
  });
});

describe('bibtex: hostile text stays inside its field', () => {
  const titles = [
    'Closing } brace and @comment{ injected entry',
    'Fifty % of a comment and \\input{/etc/passwd} command',
    'Math $x^2$ with a_b, #hash, ~tilde & ampersand',
    'Unbalanced {{{ opening braces',
    '@article{evil, title = {pwned}}',
    'Effects of <i>in vivo dosing without a closing tag',
    'Rich <span class="nocase">text</span> and </i> stray <sup>tags',
  ];
  it.each(titles)('%s', async (title) => {
    const bib = await emitBibtex([recordWith(paper({ title, authors: [{ given: 'Eve}', family: 'Mal{lory' }] }))], {});
    expect(bib.match(/^@/gm)).toHaveLength(1);
    expect(bib).not.toMatch(/(?<!\\)%/);
    expect(bib).not.toMatch(/\\input\{/);
    const items = await reparse(bib);
    expect(items).toHaveLength(1);
    expect(items[0]!.title).toBe(title);
    expect(items[0]!.DOI).toBe('10.5555/jme.2023.0142');
    expect((items[0]!.author as Array<Record<string, unknown>>).map(nameOf)).toEqual(['Eve}|Mal{lory']);
  });
  it('keeps characters without a LaTeX form as UTF-8 instead of dropping them', async () => {
    const title = '研究 shows 🙂 and ≥ 5 of α, ü, “quoted”';
    const bib = await emitBibtex([recordWith(paper({ title, authors: [{ given: '太郎', family: '山田' }], journal: 'Ärzteblatt ≥' }))], {});
    expect(bib).toContain('title = {研究 shows 🙂 and ≥ 5 of $\\alpha$, {\\" u}, ``quoted\'\'},');
    expect(bib).toContain('author = {山田, 太郎},');
    const [item] = await reparse(bib);
    expect(item!.title).toBe(title);
    expect((item!.author as Array<Record<string, unknown>>).map(nameOf)).toEqual(['太郎|山田']);
    expect(item!['container-title']).toBe('Ärzteblatt ≥');
  });
  it('leaves text that looks like its placeholder alone', async () => {
    const title = 'Literal zqxq41qxqz and zqxqzzzzqxqz with 研';
    const [item] = await reparse(await emitBibtex([recordWith(paper({ title }))], {}));
    expect(item!.title).toBe(title);
  });
  it('encodes braces and backslashes of a DOI, which citation-js writes verbatim', async () => {
    const bib = await emitBibtex([recordWith(paper({ doi: '10.1/a}b{c\\d' }))], {});
    expect(bib).toContain('\tdoi = {10.1/a%7Db%7Bc%5Cd},');
    expect(await reparse(bib)).toHaveLength(1);
  });
});

describe('bibtex: names and keys', () => {
  it('keeps particles through a round trip: folded into the family before citation-js', async () => {
    const rec = recordWith(paper({ authors: [{ given: 'Ana', family: 'de la Cruz' }, { given: 'Ludwig', family: 'van Beethoven' }] }));
    const bib = await emitBibtex([rec], {});
    expect(bib).toContain('\tauthor = {de la Cruz, Ana and van Beethoven, Ludwig},');
    expect(((await reparse(bib))[0]!.author as Array<Record<string, unknown>>).map(nameOf)).toEqual(['Ana|de la Cruz', 'Ludwig|van Beethoven']);
  });
  it('folds CSL particles and removes commas inside a name part', () => {
    expect(foldParticles({ family: 'Berg', 'non-dropping-particle': 'van der', given: 'Lukas' })).toEqual({ family: 'van der Berg', given: 'Lukas' });
    expect(foldParticles({ family: 'Poussin', 'dropping-particle': 'de la', given: 'Charles' })).toEqual({ family: 'de la Poussin', given: 'Charles' });
    expect(foldParticles({ family: 'King, Jr.', given: 'Martin' })).toEqual({ family: 'King Jr.', given: 'Martin' });
    expect(forCitationJs([{ id: 'k', 'citation-key': 'k', type: 'article-journal', author: [{ family: 'X' }] }])).toEqual([
      { id: 'k', 'citation-key': 'k', type: 'article-journal', author: [{ family: 'X' }] },
    ]);
  });
  it('writes unique keys for two papers of one author and year', async () => {
    const bib = await emitBibtex([recordWith(paper({}), paper({ doi: '10.5555/jme.2023.0143' }))], {});
    expect(bib.match(/^@article\{\w+,/gm)).toEqual(['@article{Okonkwo2023Rapid,', '@article{Okonkwo2023Rapidb,']);
    expect((await reparse(bib)).map((i) => i.DOI)).toEqual(['10.5555/jme.2023.0142', '10.5555/jme.2023.0143']);
  });
  it('rewrites citation-js month and day into a standard month macro', () => {
    expect(standardMonth('@article{k,\n\tmonth = {mar 15},\n\tyear = {2017},\n}')).toBe('@article{k,\n\tmonth = mar,\n\tyear = {2017},\n}');
    expect(standardMonth('\ttitle = {month = {mar 15},}')).toBe('\ttitle = {month = {mar 15},}');
  });
});

describe('bibtex: no paper', () => {
  it('is empty, with a warning', async () => {
    const { warnings, warn } = collector();
    expect(await emitBibtex([emptyRecord()], { warn })).toBe('');
    expect(warnings).toEqual(['No paper found, expected a DOI or a citation; BibTeX is empty']);
  });
  it('names the release without a paper when others have one', async () => {
    const { warnings, warn } = collector();
    const bib = await emitBibtex([seagrassRecord(), emptyRecord('fixtures/no-paper.md')], { warn });
    expect(bib.match(/^@/gm)).toHaveLength(1);
    expect(warnings).toEqual(['No paper found in fixtures/no-paper.md, expected a DOI or a citation; it has no BibTeX entry']);
  });
});
