import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

describe('articles: UK notes to editors (round 23b)', () => {
  const notes = (item: string): string =>
    `Bees learn faster in cooler meadows\n\nBumblebees learned a colour task faster at 16 degrees than at 24, a study published today found.\n\nNotes to editors\n${item}\n2. The work was funded by the Natural Environment Research Council.\n3. Press office: Ailsa Reid, 01224 272960. Main switchboard 01224 272000.\n`;

  it('reads a numbered "Paper:" item as the reported paper', () => {
    const [a] = articlesOf(notes('1. Paper: Ferrer i Costa J, Dunmore P. Temperature and colour learning in bumblebees. BMJ Open 2031;21:e071234. doi:10.1098/rspb.2031.2214'));
    expect(a?.doi).toBe('10.1098/rspb.2031.2214');
    expect(a?.year).toBe(2031);
  });

  it('reads a numbered citation with no label as the only paper, in Markdown too', () => {
    const [a] = articlesOf(notes('1. Dunmore P, Reid A. Temperature and colour learning in bumblebees. Proc R Soc B 2031;298:20312214. doi:10.1098/rspb.2031.2214'), 'md');
    expect(a?.doi).toBe('10.1098/rspb.2031.2214');
    expect(a?.year).toBe(2031);
  });

  it('takes no year from a switchboard number when the citation prints none', () => {
    const [a] = articlesOf(notes('1. Reference: Dunmore P. Temperature and colour learning in bumblebees. Proceedings B. doi:10.1098/rspb.2031.2214'));
    expect(a?.doi).toBe('10.1098/rspb.2031.2214');
    expect(a?.year).not.toBe(2000);
  });

  it('keeps a Catalan "i" between two family names of a co-author', () => {
    const text = 'Glass frogs hide their blood\n\nStudy co-author Laia Serra i Font said more work is needed. The study was published in Science. doi:10.1126/science.adq5511\n';
    expect(articlesOf(text)[0]?.authors).toEqual([{ given: 'Laia', family: 'Serra i Font' }]);
  });
});
