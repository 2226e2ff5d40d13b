import { describe, expect, it } from 'vitest';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { parseNameList } from '../src/extractors/article/name-list.js';
import { findTitles } from '../src/extractors/article/title.js';

describe('round 17b articles', () => {
  it('reads an Elsevier volume, bracketed year and article number', () => {
    const n = readNumbers('Roe J, Lim K. Soil carbon under olive groves. Geoderma 512 (2031) 116890. https://doi.org/10.1016/x');
    expect(n).toMatchObject({ volume: '512', pages: '116890', year: 2031 });
  });
  it('keeps a Vancouver name that opens with the Arabic article', () => {
    const names = parseNameList('Nasser T, al-Rashid MH, Odeh S');
    expect(names.map((n) => n.person.family)).toEqual(['Nasser', 'al-Rashid', 'Odeh']);
  });
  it('does not read speech after a colon as the paper\'s title', () => {
    const hits = findTitles('A hydrologist who reviewed the study, stressed the cost: "Every dry summer now costs the valley a whole harvest."');
    expect(hits.map((h) => h.title)).toEqual([]);
  });
  it('still reads a quoted title after the paper\'s noun', () => {
    const hits = findTitles('The paper "Glacier melt reshapes alpine stream food webs" appears in Freshwater Biology.');
    expect(hits.map((h) => h.title)).toContain('Glacier melt reshapes alpine stream food webs');
  });
});
