import { describe, expect, it } from 'vitest';
import { emitRis, writeRis } from '../src/emit/ris.js';
import { loadCitationJs } from '../src/emit/citation-js.js';
import { emptyRecord, seagrassPaper, seagrassRecord } from './support/records.js';
import type { Article } from '../src/types.js';

const paper = (over: Partial<Article>): Article => ({ ...structuredClone(seagrassPaper), ...over });

describe('ris: the example paper, value by value', async () => {
  const ris = await emitRis([seagrassRecord()], {});
  const lines = ris.replace(/\n+$/, '').split('\n');

  it('opens with TY and closes with ER', () => {
    expect(lines[0]).toBe('TY  - JOUR');
    expect(lines.at(-1)).toBe('ER  - ');
  });
  it('has the authors (particles kept), DOI, title, journal, volume, issue, pages, year, key', () => {
    expect(lines.filter((l) => l.startsWith('AU  - '))).toEqual([
      'AU  - Okonkwo, Amara N.',
      'AU  - van der Berg, Lukas',
      'AU  - Núñez-García, José',
      'AU  - Chen, Mei-Ling',
    ]);
    expect(lines).toContain('DO  - 10.5555/jme.2023.0142');
    expect(lines).toContain('TI  - Rapid Carbon Burial in Young Temperate Seagrass Meadows');
    expect(lines).toContain('T2  - Journal of Marine Ecology');
    expect(lines).toContain('VL  - 41');
    expect(lines).toContain('IS  - 3');
    expect(lines).toContain('SP  - 211-229');
    expect(lines).toContain('PY  - 2023');
    expect(lines).toContain('ID  - Okonkwo2023Rapid');
    expect(lines).toContain('UR  - https://doi.org/10.5555/jme.2023.0142');
  });
  it('every line is a tag line', () => {
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
  });
  it('re-parses with citation-js to the same DOI, title and authors', async () => {
    const Cite = await loadCitationJs();
    const [item] = new Cite(ris).data;
    expect(item!.DOI).toBe('10.5555/jme.2023.0142');
    expect(item!.title).toBe('Rapid Carbon Burial in Young Temperate Seagrass Meadows');
    expect((item!.author as Array<{ given?: string; family: string }>).map((a) => `${a.given}|${a.family}`)).toEqual([
      'Amara N.|Okonkwo',
      'Lukas|van der Berg',
      'José|Núñez-García',
      'Mei-Ling|Chen',
    ]);
  });
});

describe('ris: one line per field', () => {
  it('never breaks a long title (citation-js breaks at 70 characters)', async () => {
    const title = 'A very long title '.repeat(12).trim() + ' with\nan embedded newline';
    const ris = await emitRis([{ ...emptyRecord(), articles: [paper({ title })] }], {});
    const ti = ris.split('\n').filter((l) => l.startsWith('TI  - '));
    expect(ti).toEqual(['TI  - ' + title.replace('\n', ' ')]);
    for (const line of ris.replace(/\n+$/, '').split('\n')) expect(line).toMatch(/^(?:[A-Z][A-Z0-9]  - |$)/);
  });
  it('writes several entries separated by a blank line', async () => {
    const ris = await emitRis([{ ...emptyRecord(), articles: [paper({}), paper({ doi: '10.5555/two', title: 'Second' })] }], {});
    expect(ris.match(/^TY {2}- JOUR$/gm)).toHaveLength(2);
    expect(ris).toContain('ER  - \n\nTY  - JOUR');
    expect(ris.endsWith('ER  - \n')).toBe(true);
  });
  it('writeRis folds newlines in any value and repeats multi-valued tags', () => {
    expect(writeRis([{ TY: 'JOUR', AU: ['A, B', 'C\nD'], TI: 'x\r\ny' }])).toBe('TY  - JOUR\nAU  - A, B\nAU  - C D\nTI  - x y\nER  - \n');
  });
});

describe('ris: no paper', () => {
  it('is empty, with a warning', async () => {
    const warnings: string[] = [];
    expect(await emitRis([emptyRecord()], { warn: (m) => warnings.push(m) })).toBe('');
    expect(warnings).toEqual(['No paper found, expected a DOI or a citation; RIS is empty']);
  });
});
