import { describe, expect, it } from 'vitest';
import { doiFromUrl, findDois, trimDoi } from '../src/extractors/article/doi.js';

const first = (text: string): string | undefined => findDois(text)[0]?.doi;

describe('DOIs printed in text', () => {
  it.each([
    ['bare', 'The paper is 10.1234/abc.2020.001 online.', '10.1234/abc.2020.001'],
    ['doi: prefix', 'doi:10.5555/jmed.2021.10231; a copy is on request', '10.5555/jmed.2021.10231'],
    ['doi: with a space', '(doi: 10.5555/s12345-021-0099-7).', '10.5555/s12345-021-0099-7'],
    ['DOI label', 'DOI 10.5555/xyz-42 is the identifier', '10.5555/xyz-42'],
    ['Doi: before the next line', 'Ocean Letters. 2022. Doi:10.5555/S2222-1111(22)00042-9 The Institute', '10.5555/S2222-1111(22)00042-9'],
    ['https://doi.org/', 'See https://doi.org/10.5555/sci.abc1234.', '10.5555/sci.abc1234'],
    ['dx.doi.org', 'http://dx.doi.org/10.5555/S1234-5678(19)00123-4.', '10.5555/S1234-5678(19)00123-4'],
    ['publisher /doi/ path', 'http://www.example-journal.org/lookup/doi/10.5555/science.xyz987', '10.5555/science.xyz987'],
    ['publisher /doi/full/ path with a tail', 'https://www.example-med.org/doi/full/10.5555/MEDoa1234567/abstract', '10.5555/MEDoa1234567'],
    ['publisher ?doi= query', 'https://example.org/action?doi=10.5555/journal.pbx.1000001&x=1', '10.5555/journal.pbx.1000001'],
  ])('reads a %s DOI', (_form, text, doi) => {
    expect(first(text)).toBe(doi);
  });

  it('keeps balanced parentheses and cuts unbalanced ones with trailing punctuation', () => {
    expect(first('(see 10.1016/S0140-6736(17)30058-2)')).toBe('10.1016/S0140-6736(17)30058-2');
    expect(first('(published as 10.1000/abc).')).toBe('10.1000/abc');
    expect(trimDoi('10.1000/abc]),;')).toBe('10.1000/abc');
    expect(trimDoi('10.1000/a(b)c')).toBe('10.1000/a(b)c');
  });

  it('removes stray spaces inside a printed DOI', () => {
    expect(first('Online at https:/ / www. example. org/ lookup/ doi/ 10. 5555/ cortex/ xyz042 from Monday')).toBe('10.5555/cortex/xyz042');
    expect(first('doi: 10.5555/ cortex/ xyz042.')).toBe('10.5555/cortex/xyz042');
  });

  it('does not run a DOI into the next sentence or word', () => {
    expect(first('doi:10.5555/intmed.2019.0042. Copies are available')).toBe('10.5555/intmed.2019.0042');
    expect(findDois('Version 10.2 of the software, released 10/12/2020.')).toEqual([]);
    expect(findDois('No identifier here: 10.12/x is too short a prefix.')).toEqual([]);
  });

  it('finds several DOIs in order', () => {
    expect(findDois('First doi:10.1001/a.1; then DOI: 10.1001/b.2.').map((d) => d.doi)).toEqual(['10.1001/a.1', '10.1001/b.2']);
  });
});

describe('DOIs in link targets', () => {
  it.each([
    ['https://doi.org/10.5555/tiny.202101234', '10.5555/tiny.202101234'],
    ['http://dx.doi.org/10.5555/tiny.202101234', '10.5555/tiny.202101234'],
    ['http://journals.example.org/biology/article?id=10.5555/journal.bio.1000042', '10.5555/journal.bio.1000042'],
    ['https://doi.org/10.5555%2Fs41000-020-2012-7', '10.5555/s41000-020-2012-7'],
    ['https://example.org/showCit?doi=10.5555%2Frspx.2023.1412&format=ris', '10.5555/rspx.2023.1412'],
    ['http://network.example.com/journals/eyes/fullarticle/10.5555/eyes.2018.0077', '10.5555/eyes.2018.0077'],
    ['https://www.example.com/doi/epdf/10.1111/ele.13000/pdf', '10.1111/ele.13000'],
    ['https://onlinelibrary.example.com/doi/10.5555/canc.31999#section', '10.5555/canc.31999'],
  ])('reads %s', (url, doi) => {
    expect(doiFromUrl(url)).toBe(doi);
  });

  it('finds no DOI in a publisher URL that only has an article id', () => {
    expect(doiFromUrl('http://www.example-lancet.org/journals/med/article/PIIS1234-5678(16)00001-5/abstract')).toBeNull();
    expect(doiFromUrl('https://news.example.edu/2025/robot-0115')).toBeNull();
  });
});

describe('hostile input', () => {
  it.each([
    ['1234.', '1234.'.repeat(200_000)],
    ['10.1234/', '10.1234/'.repeat(100_000)],
    ['10. 1234/ ', '10. 1234/ '.repeat(80_000)],
    ['parentheses', '('.repeat(100_000) + '10.1000/x' + ')'.repeat(100_000)],
  ])('scans a megabyte of %s quickly', (_name, text) => {
    const t = Date.now();
    findDois(text);
    expect(Date.now() - t).toBeLessThan(4000);
  });
});
