import { describe, expect, it } from 'vitest';
import { convertAsync } from '../src/convert.js';
import { readJournalName } from '../src/extractors/article/journal.js';
import { parseReference } from '../src/extractors/article/reference-line.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import type { Article } from '../src/types.js';

/** The articles the tool reads from a small release. */
async function articlesOf(text: string, path = 'release.txt'): Promise<Article[]> {
  const { record } = await convertAsync(Buffer.from(text), { path });
  return record.articles;
}

describe('journal names with a list of words before "and"', () => {
  it('reads "Estuarine, Coastal and Shelf Science" whole', () => {
    expect(readJournalName('Estuarine, Coastal and Shelf Science 298: 108712.')?.name).toBe('Estuarine, Coastal and Shelf Science');
  });
  it('reads three listed words ("Soil, Water, Air and Climate Research")', () => {
    expect(readJournalName('Soil, Water, Air and Climate Research, 12, 44-51')?.name).toBe('Soil, Water, Air and Climate Research');
  });
  it('stops at a comma that is followed by people, not more of the name', () => {
    expect(readJournalName('Nature, Okafor and Lindqvist found')?.name).toBe('Nature');
  });
  it('gives the whole name in a reference line', async () => {
    const a = await articlesOf(
      'Mangroves hold their mud\n\nA new study shows mangrove roots keep sediment in place.\n\nReference\nTallis R, Brennan-Okoro M (2031) Root density controls sediment retention in fringing mangroves. Estuarine, Coastal and Shelf Science 301: 108930. https://doi.org/10.1016/j.ecss.2031.108930\n',
    );
    expect(a[0]?.journal).toBe('Estuarine, Coastal and Shelf Science');
    expect(a[0]?.volume).toBe('301');
    expect(a[0]?.pages).toBe('108930');
  });
});

describe('volume and pages after a colon with no year before them', () => {
  it('reads "Proc. R. Soc. B 298: 20310422." before the link', () => {
    const n = readNumbers('Roe J, Lim K. 2031 Title of the work. Proc. R. Soc. B 298: 20310422. https://doi.org/10.1098/rspb.2031.0422');
    expect(n.volume).toBe('298');
    expect(n.pages).toBe('20310422');
  });
  it('does not read a time or a ratio in prose', () => {
    expect(readNumbers('The samples were diluted 1:1000 before Monday at 10:30.').volume).toBeNull();
  });
});

describe('comma-only references of institutes', () => {
  it('cuts the journal and numbers off the title ("Title, Journal, 21, 4410–4422 (2031)")', () => {
    const r = parseReference('S. Kulkarni, M. Pillai and A. Joshi, Low-temperature ammonia cracking over nickel–ceria interfaces, ACS Catalysis, 21, 4410–4422 (2031).');
    expect(r.title).toBe('Low-temperature ammonia cracking over nickel–ceria interfaces');
    expect(r.journal).toBe('ACS Catalysis');
    expect(r.volume).toBe('21');
    expect(r.pages).toBe('4410–4422'.replace('–', '-'));
    expect(r.year).toBe(2031);
    expect(r.authors.map((p) => p.family)).toEqual(['Kulkarni', 'Pillai', 'Joshi']);
  });
  it('reads a reference labelled "Paper details:" without a DOI', async () => {
    const a = await articlesOf(
      '# Magnets without rare earths\n\n**Pune, 2 May 2031**\n\nA team has made a magnet from iron nitride.\n\n**Paper details:** V. Menon, T. Gupta and R. Shah, "Stabilised iron nitride films with giant coercivity at room temperature", Physical Review Materials 15, 034402 (2031).\n',
      'release.md',
    );
    expect(a[0]?.title).toBe('Stabilised iron nitride films with giant coercivity at room temperature');
    expect(a[0]?.journal).toBe('Physical Review Materials');
    expect(a[0]?.authors.map((p) => p.family)).toEqual(['Menon', 'Gupta', 'Shah']);
  });
  it('reads an APA reference under "Bibliographic reference:"', async () => {
    const a = await articlesOf(
      'Terraces keep almond orchards wet\n\nGranada, 3 March 2031\n\nResearchers measured soil moisture on terraced slopes.\n\nBibliographic reference:\nLópez-Quesada, R., Marín, A., & Ortega Gil, P. (2031). Dry-stone terraces raise soil moisture in rain-fed almond orchards. Journal of Hydrology: Regional Studies, 53, 101811. https://doi.org/10.1016/j.ejrh.2031.101811\n',
    );
    expect(a[0]?.title).toBe('Dry-stone terraces raise soil moisture in rain-fed almond orchards');
    expect(a[0]?.authors.map((p) => p.family)).toEqual(['López-Quesada', 'Marín', 'Ortega Gil']);
    expect(a[0]?.journal).toBe('Journal of Hydrology: Regional Studies');
  });
});

describe('a page whose citation metas carry the paper', () => {
  const page = (body: string): string =>
    `<!DOCTYPE html><html><head><title>Otters use tools | News</title>
<meta name="citation_title" content="Tool use by Eurasian otters in tidal kelp forests">
<meta name="citation_author" content="Haugland, Sigrid">
<meta name="citation_author" content="Mbeki-Turner, Jonah A.">
<meta name="citation_author" content="Rossi, Chiara">
<meta name="citation_journal_title" content="Animal Behaviour">
<meta name="citation_volume" content="212">
<meta name="citation_firstpage" content="45">
<meta name="citation_lastpage" content="57">
<meta name="citation_publication_date" content="2031/09/02">
<meta name="citation_doi" content="10.1016/j.anbehav.2031.07.014">
</head><body><h1>Otters use tools</h1><p>2 September 2031</p>${body}</body></html>`;
  it('reads every citation_author meta, the title, journal, numbers and DOI', async () => {
    const a = await articlesOf(page('<p>Otters on the Norwegian coast crack mussels on stones, the study in Animal Behaviour shows.</p>'), 'release.html');
    expect(a).toHaveLength(1);
    expect(a[0]?.doi).toBe('10.1016/j.anbehav.2031.07.014');
    expect(a[0]?.title).toBe('Tool use by Eurasian otters in tidal kelp forests');
    expect(a[0]?.authors.map((p) => p.family)).toEqual(['Haugland', 'Mbeki-Turner', 'Rossi']);
    expect(a[0]?.authors[1]?.given).toBe('Jonah A.');
    expect(a[0]?.journal).toBe('Animal Behaviour');
    expect(a[0]?.volume).toBe('212');
    expect(a[0]?.pages).toBe('45-57');
    expect(a[0]?.year).toBe(2031);
  });
  it('fills the paper whose DOI the text links, not a second one', async () => {
    const a = await articlesOf(page('<p>The study is <a href="https://doi.org/10.1016/j.anbehav.2031.07.014">published in Animal Behaviour</a>.</p>'), 'release.html');
    expect(a).toHaveLength(1);
    expect(a[0]?.authors).toHaveLength(3);
  });
});

describe('a journal name after the list of people, before the date', () => {
  it('reads "…, Åsa Lind, Human Reproduction, online 4 April 2031" as four people and a journal', () => {
    const r = parseReference('Publication: "Night work and age at menopause in a cohort of nurses", Mikael Strand, Johanna Berg, Lars-Erik Holm, Åsa Lind, Human Reproduction, online 4 April 2031, doi: 10.1093/humrep/deab099.');
    expect(r.authors.map((p) => p.family)).toEqual(['Strand', 'Berg', 'Holm', 'Lind']);
    expect(r.journal).toBe('Human Reproduction');
  });
});

describe('a society journal after a colon', () => {
  it('reads "Alzheimer\'s & Dementia: The Journal of the Alzheimer\'s Association" whole, and the quoted title', async () => {
    const a = await articlesOf(
      "# Choir singing and memory\n\nOlder adults who sang in choirs kept their memory longer, according to a study published in *Alzheimer's & Dementia: The Journal of the Alzheimer's Association*.\n\n**Full citation:** \"Choir singing and episodic memory in adults aged 60 and over.\" Aoife Nic Giolla-O'Brien, Tomas Reyes, Hana Sato. *Alzheimer's & Dementia: The Journal of the Alzheimer's Association*; Published Online: March 3, 2031 (DOI: 10.1002/alz.15510).\n",
      'release.md',
    );
    expect(a[0]?.journal).toBe("Alzheimer's & Dementia: The Journal of the Alzheimer's Association");
    expect(a[0]?.title).toBe('Choir singing and episodic memory in adults aged 60 and over');
    expect(a[0]?.authors.map((p) => p.family).slice(1)).toEqual(['Reyes', 'Sato']);
    expect(a[0]?.authors).toHaveLength(3);
  });
  it('keeps a hyphenated family name with an apostrophe ("Carrick-O\'Dowd")', () => {
    const r = parseReference('"Hearing aids and memory decline in older adults with hearing loss." Niamh Carrick-O\'Dowd, Farid Haddadi, Ruth Pemberton. Ear and Hearing, published online 5 February 2031.');
    expect(r.authors.map((p) => p.family)).toEqual(["Carrick-O'Dowd", 'Haddadi', 'Pemberton']);
  });
});

describe('journals with a subtitle in reference lines', () => {
  it('reads "Journal of Physics: Condensed Matter" before a Vancouver year', () => {
    const r = parseReference('Ortiz L, Banerjee K, Holm S. Strain-tuned magnetism in bilayer chromium triiodide. Journal of Physics: Condensed Matter 2031; 43: 455801.');
    expect(r.journal).toBe('Journal of Physics: Condensed Matter');
    expect(r.title).toBe('Strain-tuned magnetism in bilayer chromium triiodide');
  });
  it('reads "Proceedings of the Royal Society B: Biological Sciences" before "298: 20310422"', () => {
    const r = parseReference('Ferrand J, Ocampo K (2031) Bumblebee flight in gusty crosswinds. Proceedings of the Royal Society B: Biological Sciences 298: 20310422');
    expect(r.journal).toBe('Proceedings of the Royal Society B: Biological Sciences');
    expect(r.volume).toBe('298');
    expect(r.pages).toBe('20310422');
  });
  it('reads a subtitled journal in a comma-only reference', () => {
    const r = parseReference('A. Kulkarni, B. Rao and C. Iyer, Phonon softening in layered telluride films, Journal of Physics: Condensed Matter, 12, 345–356 (2031).');
    expect(r.title).toBe('Phonon softening in layered telluride films');
    expect(r.journal).toBe('Journal of Physics: Condensed Matter');
  });
});

describe('"In Journal, researchers show …"', () => {
  it('reads the journal that opens the sentence', async () => {
    const a = await articlesOf('Raindrops split in two ways\n\n12 March 2031\n\nIn Physics of Fluids, by AIP Publishing, researchers from Kyoto University show that large raindrops break up in two distinct ways.\n');
    expect(a[0]?.journal).toBe('Physics of Fluids');
  });
  it('does not read a place ("In Sweden, researchers found")', async () => {
    const a = await articlesOf('Moose move north\n\n12 March 2031\n\nIn Sweden, researchers found that moose now calve two weeks earlier than in 1990.\n');
    expect(a).toHaveLength(0);
  });
});

describe('short page ranges and AGU article numbers after a colon', () => {
  it('reads "Letters 16: 88–97." and "Cycles 45: e2030GB008211."', () => {
    expect(readNumbers('Ngata R, Roe B (2031) Fire-fuelled blooms. Limnology and Oceanography Letters 16: 88–97. https://doi.org/10.1002/lol2.10412')).toMatchObject({ volume: '16', pages: '88-97' });
    expect(readNumbers('Roe B (2031) Iron from smoke. Global Biogeochemical Cycles 45: e2030GB008211. https://doi.org/10.1029/2030GB008211')).toMatchObject({ volume: '45', pages: 'e2030GB008211' });
  });
});

describe('a journal with a dash in its name, in plain text', () => {
  it('reads "The Lancet Regional Health – Western Pacific" whole', async () => {
    const a = await articlesOf('Salt swaps lower blood pressure\n\n4 May 2031\n\nVillagers who switched to a potassium salt substitute had lower blood pressure after a year. The trial is published in The Lancet Regional Health – Western Pacific.\n');
    expect(a[0]?.journal).toBe('The Lancet Regional Health – Western Pacific');
  });
  it('reads a spaced hyphen too ("… Health - Americas")', async () => {
    const a = await articlesOf('Clinics cut waiting times\n\n4 May 2031\n\nThe findings appear in The Lancet Regional Health - Americas on Monday.\n');
    expect(a[0]?.journal).toBe('The Lancet Regional Health - Americas');
  });
  it('does not take a date or a new sentence after the dash', async () => {
    const a = await articlesOf('Bats hum\n\n4 May 2031\n\nThe study was published in Nature Ecology – May 2031 issue – and in print.\n');
    expect(a[0]?.journal).toBe('Nature Ecology');
  });
});

describe('one italic word after "a study in"', () => {
  it('reads a word with an inner capital ("*GeoHealth*") as the journal', async () => {
    const a = await articlesOf('# Smoke in schools\n\n**April 2, 2031**\n\nClassrooms near farm burns had poorer air, according to a study in *GeoHealth*.\n', 'release.md');
    expect(a[0]?.journal).toBe('GeoHealth');
  });
  it('does not read a genus in italics ("*Wolbachia*")', async () => {
    const a = await articlesOf('# Mosquitoes lose their bite\n\n**April 2, 2031**\n\nThe bacteria block dengue, according to a study in *Wolbachia* strains from Brazil.\n', 'release.md');
    expect(a).toHaveLength(0);
  });
});

describe('"npj" journals and Newswise journal links', () => {
  it('reads "a study in npj Climate Action shows"', async () => {
    const a = await articlesOf('Neighbours sell solar pumps\n\n21 September 2031\n\nFarmers copied the next field, a study in npj Climate Action shows.\n');
    expect(a[0]?.journal).toBe('npj Climate Action');
  });
  it('takes the full name and year from "Journal Link: JAMA Network Open, Oct-2031"', async () => {
    const a = await articlesOf('Texts raise flu shots\n\nReleased: 14-Oct-2031\n\nThe findings were published Oct. 14 in JAMA Netw Open.\n\nJournal Link: JAMA Network Open, Oct-2031\n');
    expect(a[0]).toMatchObject({ journal: 'JAMA Network Open', year: 2031 });
  });
});
