import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { onNoticeLine, isNoticeLine } from '../src/extractors/article/notice-doi.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';

describe('a numbered "Publication information" section with labelled list lines', () => {
  const text = [
    '# Moss spores ride on raindrops',
    '',
    '## 3. Research results',
    '',
    '"We filmed every splash at ten thousand frames a second," said Professor Sora Inagaki.',
    '',
    '## 4. Publication information',
    '',
    '- Journal: Journal of Experimental Botany',
    '- Title: Splash dispersal of moss spores by raindrop impact',
    '- Authors: Sora Inagaki1\\*, Minji Yoon2',
    '- DOI: 10.1093/jxb/erab3310',
  ].join('\n');
  const arts = articlesOf(text, 'md');

  it('reads the DOI from the list under the numbered heading', () => {
    expect(arts).toHaveLength(1);
    expect(arts[0]!.doi).toBe('10.1093/jxb/erab3310');
    expect(arts[0]!.title).toBe('Splash dispersal of moss spores by raindrop impact');
    expect(arts[0]!.journal).toBe('Journal of Experimental Botany');
  });
});

describe('a retraction or correction notice beside the original paper', () => {
  it('tells a notice line by its label', () => {
    const line = 'Retraction notice: Water Res. 2032, 250, 121877. DOI: 10.1016/j.watres.2032.121877';
    expect(onNoticeLine(line, line.indexOf('10.'))).toBe(true);
    expect(isNoticeLine('Correction: Scientific Reports 21, 4410 (2031), DOI: 10.1038/s41598-031-77001-2')).toBe(true);
    expect(isNoticeLine('Expression of concern: Blood 2031;158(4):301.')).toBe(true);
    expect(isNoticeLine('The correction does not change the conclusions.')).toBe(false);
    expect(isNoticeLine('Reference: Ortega, L. et al. Corrected wind speeds. Nature 600, 1-5 (2031).')).toBe(false);
  });

  it('keeps the original paper and leaves out the notice', () => {
    const text = [
      'Journal retracts study on lake foam',
      '',
      'STATEMENT — 9 March 2032',
      '',
      'A paper on foam in alpine lakes has been retracted by its authors after an error in the sampling log was found.',
      '',
      'The retracted paper is: Ferraro, G.; Lindqvist, H.; Osei, K. "Surfactant foam events in alpine lakes after snowmelt." Environ. Sci. Technol. 2030, 64 (9), 5120–5131. DOI: 10.1021/acs.est.0c01882',
      '',
      'Retraction notice: Environ. Sci. Technol. 2032, 66 (10), 4401. DOI: 10.1021/acs.est.2c00917',
    ].join('\n');
    const arts = articlesOf(text);
    expect(arts).toHaveLength(1);
    expect(arts[0]!.doi).toBe('10.1021/acs.est.0c01882');
    expect(arts[0]!.authors.map((a) => a.family)).toEqual(['Ferraro', 'Lindqvist', 'Osei']);
    expect([arts[0]!.volume, arts[0]!.issue, arts[0]!.pages, arts[0]!.year]).toEqual(['64', '9', '5120-5131', 2030]);
  });

  it('reads the original paper\'s volume line and not the correction\'s numbers', () => {
    const text = [
      'Correction published for study on gecko feet',
      'May 2, 2031',
      '',
      'A correction to our study on gecko adhesion has been published.',
      '',
      'Title: Humidity-dependent adhesion in tokay gecko setae',
      'Authors: Yuto Hamada1, Keiko Nishino2*',
      'Journal: Scientific Reports',
      'Volume 21, Article number 1190 (2031)',
      'DOI: 10.1038/s41598-031-61190-4',
      '',
      'Correction: Scientific Reports 21, 4410 (2031), DOI: 10.1038/s41598-031-77001-2',
    ].join('\n');
    const arts = articlesOf(text);
    expect(arts).toHaveLength(1);
    expect(arts[0]!.doi).toBe('10.1038/s41598-031-61190-4');
    expect([arts[0]!.volume, arts[0]!.issue, arts[0]!.pages, arts[0]!.year]).toEqual(['21', null, '1190', 2031]);
  });
});

describe('article numbers', () => {
  it('reads "Article number 388" as pages, not an issue', () => {
    expect(readNumbers('Volume 14, Article number 388 (2031)')).toMatchObject({ volume: '14', issue: null, pages: '388', year: 2031 });
    expect(readNumbers('Vol. 12, No. 3, pp. 45-67, 2031')).toMatchObject({ volume: '12', issue: '3', pages: '45-67' });
  });
});

describe('a preprint cited by its arXiv identifier only', () => {
  it('reads the title and names of the reference line', () => {
    const text = [
      'Theorists propose a test for dark photons',
      '',
      'The proposal was posted to the preprint server arXiv this week and has not been peer reviewed.',
      '',
      'Preprint: N. Okorafor, L. Brandvold, "Resonant cavities as dark photon detectors at millikelvin temperatures", arXiv:2603.11842 [hep-ph] (2032).',
    ].join('\n');
    const arts = articlesOf(text);
    expect(arts).toHaveLength(1);
    expect(arts[0]!.doi).toBeNull();
    expect(arts[0]!.title).toBe('Resonant cavities as dark photon detectors at millikelvin temperatures');
    expect(arts[0]!.authors.map((a) => a.family)).toEqual(['Okorafor', 'Brandvold']);
    expect(arts[0]!.journal).toBe('arXiv');
  });
});

describe('affiliation numbers flattened from superscripts in a reference', () => {
  it('drops the numbers and marks after each name\'s initials', () => {
    const text = [
      '<h1>Wheat roots follow buried magnets</h1>',
      '<p>Plant scientists report the finding in <i>Plant Physiology</i>.</p>',
      '<p>Sato, K.<sup>1</sup>, Mwangi, J. W.<sup>1,2*</sup> &amp; Holt, R.<sup>2</sup> Magnetotropic bending of wheat seminal roots. <i>Plant Physiol.</i> <b>195</b>, 1402–1414 (2032). <a href="https://doi.org/10.1093/plphys/kiad612">https://doi.org/10.1093/plphys/kiad612</a></p>',
    ].join('\n');
    const arts = articlesOf(text, 'html');
    expect(arts).toHaveLength(1);
    expect(arts[0]!.authors.map((a) => `${a.given} ${a.family}`)).toEqual(['K. Sato', 'J. W. Mwangi', 'R. Holt']);
    expect(arts[0]!.title).toBe('Magnetotropic bending of wheat seminal roots');
    expect([arts[0]!.volume, arts[0]!.pages, arts[0]!.year]).toEqual(['195', '1402-1414', 2032]);
  });
});

describe('a journal label with the online date in brackets', () => {
  it('reads the journal without the note and the year from it', () => {
    const text = [
      '# Sponge pulls copper from mine water',
      '',
      'A team has built a sponge that captures copper ions.',
      '',
      '**Title:** Thiol-grafted cellulose sponges for copper recovery from acid mine drainage',
      '',
      '**Journal:** Chemical Engineering Journal (published online 2 March 2032)',
      '',
      '**DOI:** 10.1016/j.cej.2032.149901',
    ].join('\n');
    const arts = articlesOf(text, 'md');
    expect(arts).toHaveLength(1);
    expect(arts[0]!.journal).toBe('Chemical Engineering Journal');
    expect(arts[0]!.year).toBe(2032);
  });
});

describe('names after "by" following a paper\'s quoted title', () => {
  it('reads the list up to the verb', () => {
    const text = 'Head\n\nThe preprint, "Tidal pumping of groundwater beneath coastal peatlands", by Ewa Marczak, Tomás Ibarra and Kofi Mensah, is available on Research Square.\n';
    expect(articlesOf(text)[0]!.authors.map((a) => a.family)).toEqual(['Marczak', 'Ibarra', 'Mensah']);
  });

  it('reads no names after a song\'s or a book\'s title', () => {
    const text = 'Head\n\nThe study, published in Nature, played "Clair de lune for the evening" by Claude Debussy to the mice.\n';
    expect(articlesOf(text)[0]?.authors ?? []).toEqual([]);
  });
});

describe('a release whose only DOI is its notice\'s', () => {
  it('keeps the notice\'s DOI, as for a notice named in a sentence', () => {
    const text = [
      'Statement on a corrected paper about glacier melt',
      '',
      'Date: 2031-09-02',
      '',
      'Harwick University notes that the journal The Cryosphere has today corrected a figure in the paper "Meltwater pulses beneath a tidewater glacier" by its glaciology group.',
      '',
      'Correction notice: https://doi.org/10.5194/tc-35-4410-2031',
    ].join('\n');
    const arts = articlesOf(text);
    expect(arts.map((a) => a.doi)).toEqual(['10.5194/tc-35-4410-2031']);
    expect(arts[0]!.title).toBe('Meltwater pulses beneath a tidewater glacier');
  });
});
