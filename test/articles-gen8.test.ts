import { describe, expect, it } from 'vitest';
import { convertAsync } from '../src/convert.js';
import { readJournalName } from '../src/extractors/article/journal.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import type { Article } from '../src/types.js';

/** The articles the tool reads from a small release. */
async function articlesOf(text: string, path = 'release.txt'): Promise<Article[]> {
  const { record } = await convertAsync(Buffer.from(text), { path });
  return record.articles;
}

describe('a comparison with "previously" is not an earlier paper', () => {
  it('keeps the journal of "far more than previously estimated, researchers report in X"', async () => {
    const a = await articlesOf(
      '<html><body><h1>Lake ice thins from below</h1>\n<p>Warm groundwater seeping into northern lakes melts far more ice than previously estimated, limnologists at Tundra University report in the journal <em>Limnology and Oceanography</em>.</p>\n<p>The study is available at <a href="https://doi.org/10.1002/lno.99123">https://doi.org/10.1002/lno.99123</a>.</p></body></html>',
      'release.html',
    );
    expect(a[0]?.journal).toBe('Limnology and Oceanography');
    expect(a[0]?.doi).toBe('10.1002/lno.99123');
  });
  it('still sets aside a paper "previously reported in" a journal', async () => {
    const a = await articlesOf(
      'Lake ice thins from below\n\nThe seepage was previously reported in Hydrological Processes. Now limnologists at Tundra University have measured it in 40 lakes, they report today in Water Resources Research.\n',
    );
    expect(a.map((x) => x.journal)).toEqual(['Water Resources Research']);
  });
});

describe('a quotation the authors "write" is not the paper\'s title', () => {
  it('takes the title from the citation, not from "In their paper, the authors write: "…""', async () => {
    const a = await articlesOf(
      'Gulls remember fishing boats\n\nHerring gulls follow the boats that fed them before, according to a study published in PLOS ONE.\n\nIn their paper, the authors write: "Gulls appear to recognise individual vessels by hull colour rather than by engine sound."\n\nCitation: Marrow T, Quist L (2029) Vessel recognition by foraging herring gulls. PLOS ONE 24(3): e0398761. https://doi.org/10.1371/journal.pone.0398761\n',
    );
    expect(a[0]?.title).toBe('Vessel recognition by foraging herring gulls');
  });
});

describe('a labelled editorial with a three-word title and its DOI', () => {
  it('reads "Editorial: Walking to school doi: …" as the editorial\'s title', async () => {
    const a = await articlesOf(
      'Children who walk to school sleep better\n\nChildren who walk to school fall asleep sooner, finds a study published by The BMJ today.\n\nResearch: Active travel to school and sleep onset in children aged 8 to 11 years doi: 10.1136/bmj-2030-081234\nEditorial: Walking to school doi: 10.1136/bmj.q2201\nJournal: The BMJ\n',
    );
    const ed = a.find((x) => x.doi === '10.1136/bmj.q2201');
    expect(ed?.title).toBe('Walking to school');
  });
});

describe('a series letter with a full stop ends a journal name', () => {
  it('reads "Physical Review B. Electrons …" as "Physical Review B"', () => {
    expect(readJournalName('Physical Review B. Electrons in the layers')?.name).toBe('Physical Review B');
  });
  it('keeps the letter between abbreviations ("Proc. R. Soc. B")', () => {
    expect(readJournalName('Proc. R. Soc. B 298: 20310422')?.name).toBe('Proc R Soc B');
  });
  it('gives the journal of a sentence that ends in "… Royal Society B."', async () => {
    const a = await articlesOf(
      'Bees count flowers\n\nBumblebees keep track of how many flowers they have visited, according to experiments published in Proceedings of the Royal Society B. Bees that lost count flew home early.\n',
    );
    expect(a[0]?.journal).toBe('Proceedings of the Royal Society B');
  });
});

describe('a year before an article number is not a volume', () => {
  it('reads "Angew. Chem. Int. Ed. 2031, e203112345" as year and article number', () => {
    const n = readNumbers('Angew. Chem. Int. Ed. 2031, e203112345. DOI: 10.1002/anie.203112345');
    expect(n.volume).toBeNull();
    expect(n.year).toBe(2031);
    expect(n.pages).toBe('e203112345');
  });
  it('still reads an APS volume ("Phys. Rev. Lett. 138, 043601")', () => {
    const n = readNumbers('Phys. Rev. Lett. 138, 043601 (2031)');
    expect(n.volume).toBe('138');
  });
});

describe('a survey or an observatory in an "Authors:" list is not a person', () => {
  it('leaves out "U.S. Geological Survey" after an author\'s name', async () => {
    const a = await articlesOf(
      'Valley floor sinks in dry years\n\nThe floor of the valley sank by up to 30 centimetres in the last drought, researchers report in Water Resources Research.\n\nTitle: Drought subsidence of a desert basin from radar and GNSS\nAuthors: Odile Marchetti-Kwan (corresponding author), Desert Research College; Tobias Ferreira-Lund, U.S. Geological Survey; Ama Boateng, Mauna Kea Observatory\n',
    );
    expect(a[0]?.authors.map((n) => n.family)).toEqual(['Marchetti-Kwan', 'Ferreira-Lund', 'Boateng']);
  });
});

describe('a lettered part of a journal series keeps its section after the colon', () => {
  it('reads "Composites Part A: Manufacturing" whole in prose', async () => {
    const a = await articlesOf('Stronger bike frames\n\nThe new weave, described in Composites Part A: Manufacturing, makes frames a fifth stiffer.\n');
    expect(a[0]?.journal).toBe('Composites Part A: Manufacturing');
  });
  it('stops before a sentence after the colon', async () => {
    const a = await articlesOf('Stronger bike frames\n\nThe new weave is described in Composites Part A: The frames are a fifth stiffer.\n');
    expect(a[0]?.journal).toBe('Composites Part A');
  });
});
