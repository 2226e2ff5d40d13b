import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const release = (ref: string): string =>
  'Lichens on city walls record a century of soot\n\nAugust 3, 2052\n\nLEEDS, England - Lichens growing on old city walls hold a layered record of soot going back a hundred years, chemists report.\n\n' +
  '"Each ring of the lichen keeps a little of what the air carried that decade," said Dr. Hollis Adeyemi-Strand, the first author.\n\n' +
  `Paper:\n${ref}\n\nMedia contact:\nPerpetua Lowe\np.lowe@ncl-env.example.ac.uk\n0113 555 0284\n`;

const copernicus = (journal: string): string =>
  `Adeyemi-Strand, H., Okoro, B., and Lindqvist, M.: Lichen thalli as archives of urban black carbon, ${journal}, 45, 3301–3318, 2052. https://doi.org/10.5194/acp-45-3301-2052`;

describe('a Copernicus reference whose abbreviated journal has "Meas.", "Instrum." or "Cosmochim." in it (round 48)', () => {
  it.each([
    ['Atmos. Meas. Tech.', 'Atmos Meas Tech'],
    ['Geochim. Cosmochim. Acta', 'Geochim Cosmochim Acta'],
    ['IEEE Trans. Instrum. Meas.', 'IEEE Trans Instrum Meas'],
  ])('ends the title before "%s"', (journal, read) => {
    const a = articlesOf(release(copernicus(journal)), 'txt')[0]!;
    expect(a.doi).toBe('10.5194/acp-45-3301-2052');
    expect(a.title).toBe('Lichen thalli as archives of urban black carbon');
    expect(a.journal).toBe(read);
    expect(a.volume).toBe('45');
    expect(a.pages).toBe('3301-3318');
    expect(a.year).toBe(2052);
    expect(a.authors.map((p) => p.family)).toEqual(['Adeyemi-Strand', 'Okoro', 'Lindqvist']);
  });

  it('keeps a one-word journal and a Vancouver name "Meas" as they were (unchanged)', () => {
    const one = articlesOf(release(copernicus('Biogeosciences')), 'txt')[0]!;
    expect(one.title).toBe('Lichen thalli as archives of urban black carbon');
    expect(one.journal).toBe('Biogeosciences');
    const v = articlesOf(release('Adeyemi-Strand H, Meas R. Lichen thalli as archives of urban black carbon. Environ Pollut. 2052;341:122901. doi:10.1016/j.envpol.2052.122901'), 'txt')[0]!;
    expect(v.authors.map((p) => p.family)).toEqual(['Adeyemi-Strand', 'Meas']);
    expect(v.title).toBe('Lichen thalli as archives of urban black carbon');
    expect(v.doi).toBe('10.1016/j.envpol.2052.122901');
  });
});

describe('reference shapes already read: ISSN, PMID/PMCID, an upper-case DOI, a dataset DOI (round 48)', () => {
  it.each([
    ['an ISSN after the pages', 'Adeyemi-Strand, H. and Okoro, B. (2052) \'Lichen thalli as archives of urban black carbon\', Environmental Pollution, 341, pp. 122–130. ISSN 0269-7491. doi: 10.1016/j.envpol.2052.122901', '10.1016/j.envpol.2052.122901'],
    ['PMID and PMCID after the DOI', 'Adeyemi-Strand, H., & Okoro, B. (2052). Lichen thalli as archives of urban black carbon. Environmental Pollution, 341, 122-130. https://doi.org/10.1016/j.envpol.2052.122901 PMID: 52011873; PMCID: PMC12004417', '10.1016/j.envpol.2052.122901'],
    ['a DOI in capitals', 'Adeyemi-Strand, H., & Okoro, B. (2052). Lichen thalli as archives of urban black carbon. Environmental Pollution, 341, 122-130. DOI: 10.1016/J.ENVPOL.2052.122901', '10.1016/J.ENVPOL.2052.122901'],
  ])('reads %s', (_label, ref, doi) => {
    const all = articlesOf(release(ref), 'txt');
    expect(all).toHaveLength(1);
    expect(all[0]!.doi).toBe(doi);
    expect(all[0]!.title).toBe('Lichen thalli as archives of urban black carbon');
    expect(all[0]!.journal).toBe('Environmental Pollution');
    expect(all[0]!.authors.map((p) => p.family)).toEqual(['Adeyemi-Strand', 'Okoro']);
  });

  it('leaves a Zenodo dataset DOI out beside the paper', () => {
    const ref = 'Adeyemi-Strand, H., & Okoro, B. (2052). Lichen thalli as archives of urban black carbon. Environmental Pollution, 341, 122-130. https://doi.org/10.1016/j.envpol.2052.122901\n\nData: Zenodo, https://doi.org/10.5281/zenodo.18830012';
    const all = articlesOf(release(ref), 'txt');
    expect(all.map((a) => a.doi)).toEqual(['10.1016/j.envpol.2052.122901']);
    expect(speakersOf(release(ref), 'txt').map(([who]) => who)).toEqual(['Hollis Adeyemi-Strand']);
    expect(contactsOf(release(ref), 'txt').map(([, email]) => email)).toEqual(['p.lowe@ncl-env.example.ac.uk']);
    expect(recordOf(release(ref), 'txt').release.dateline).toBe('LEEDS, England');
  });
});
