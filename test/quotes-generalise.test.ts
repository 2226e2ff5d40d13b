import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { convert } from '../src/convert.js';
import { parseRelease } from '../src/parse/document.js';
import { runExtractors } from '../src/extract/runner.js';
import { quotes } from '../src/extractors/quotes.js';
import { contacts } from '../src/extractors/contacts.js';
import { attributeAfter, attributeBefore } from '../src/extractors/quote/attribution.js';
import { bareSurname, findMentions } from '../src/extractors/quote/speakers.js';
import { QuotedTerms } from '../src/extractors/quote/terms.js';
import { CompanyWords } from '../src/extractors/quote/companies.js';
import type { PressRecord, Quote, ReleaseDocument } from '../src/types.js';

const none = (): boolean => false;

const load = (name: string): PressRecord => {
  const path = `fixtures/quotes/${name}`;
  return convert(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), { path }).record;
};

const find = (record: PressRecord, start: string): Quote | undefined => record.quotes.find((q) => q.text.startsWith(start));

describe('quotes that generalise (glacier-indirect.txt)', () => {
  const record = load('glacier-indirect.txt');

  it.each([
    ['indirect speech before the quote: "Dr X, of Y, said this was …. "…""', 'We expected every lake to eat into the ice.', 'Ingrid Vasquez-Holm'],
    ['"X, appositive, explained the findings. "…"" (an object phrase does not hide the subject)', 'The lakes act like a lid', 'Casimir Lundqvist'],
    ['colon preamble without a reporting verb: "X, role, was optimistic: "…""', 'With cheap sensors on every lake', 'Jun Takahara'],
    ['a surname alone after the verb: "…," said Okonkwo, a technician', 'It was designed for still lakes', 'Okonkwo'],
    ['a surname alone before the verb: "…," Okonkwo said', 'Battery life was our only real complaint', 'Okonkwo'],
    ['indirect speech, then a quote left open at the paragraph end', 'The board has agreed to fund', 'April Delacroix'],
    ['the continuation paragraph of that open quote inherits its speaker', 'The money will also pay', 'April Delacroix'],
    ['a quote paragraph after indirect speech by one named person ("X, role, said the flights would resume.")', 'Two of the drones need new rotors', 'Hollis Brandt'],
  ])('%s', (_form, start, speaker) => {
    const q = find(record, start);
    expect(q, start).toBeDefined();
    expect(q!.speaker).toBe(speaker);
  });

  it('resolves "Dr Vasquez-Holm added:" to the full name', () => {
    expect(find(record, 'We now need winter measurements')!.speaker).toBe('Ingrid Vasquez-Holm');
  });

  it('keeps the role printed in the appositive of an indirect-speech subject', () => {
    expect(find(record, 'With cheap sensors on every lake')!.role).toBe('the lead researcher on the sounding kit');
  });

  it('never makes a term the release sets in quotes (the \'Ice Lantern\') a speaker', () => {
    expect(record.quotes.map((q) => q.speaker)).not.toContain('Ice Lantern');
    expect(find(record, 'The numbers never drifted')).toBeUndefined();
  });

  it('gives no speaker to a quote paragraph after indirect speech by a group ("The survey board said …")', () => {
    expect(find(record, 'Every valley below these glaciers')!.speaker).toBeNull();
  });

  it('finds ten quotes', () => {
    expect(record.quotes).toHaveLength(10);
  });
});

describe('given names that are also months', () => {
  it.each([
    ['Jun Takahara spoke first.', 'Jun Takahara'],
    ['Then May Lindgren replied.', 'May Lindgren'],
    ['Professor April Delacroix chairs the board.', 'April Delacroix'],
    ['The talk by August Moreno was recorded.', 'August Moreno'],
    ['A letter from Jan Kowalczyk arrived.', 'Jan Kowalczyk'],
  ])('%s', (text, name) => {
    expect(findMentions(text).map((m) => m.name)).toEqual([name]);
  });

  it.each([
    ['Last May Harris joined the board.'],
    ['In June Researchers met in Oslo.'],
    ['The trial closed in June 2024.'],
    ['Since April Nature has printed three papers.'],
  ])('are dates, not names, in "%s"', (text) => {
    expect(findMentions(text).map((m) => m.name)).toEqual([]);
  });
});

describe('a surname printed alone next to a reporting verb', () => {
  it.each([
    [' said Okafor.', 'Okafor'],
    [' said Okafor, who runs the lab.', 'Okafor'],
  ])('after the quote, verb first: %s', (after, name) => {
    expect(attributeAfter(after, 0, none)).toMatchObject({ kind: 'name', name });
  });

  it('after the quote, subject first: " Okafor said."', () => {
    expect(attributeAfter(' Okafor said.', 0, none)).toMatchObject({ kind: 'name', name: 'Okafor' });
  });

  it.each([[' Everyone said.'], [' said Researchers.'], [' said NASA.'], [' said Tuesday.']])('names no one in %s', (after) => {
    const att = attributeAfter(after, 0, none);
    expect(att === null || att.kind !== 'name').toBe(true);
  });

  it.each([['Okafor', 'Okafor'], ['Everyone', null], ['Institute', null], ['NASA', null], ["Okafor's", null], ['Dr', null]])('bareSurname(%s)', (word, name) => {
    expect(bareSurname(word, 0)?.name ?? null).toBe(name);
  });
});

describe('indirect speech and preambles', () => {
  it('takes the named subject, not a capitalised phrase after "said this was …"', () => {
    const att = attributeBefore('Dr Jo Bell, of the Kestrel Institute, said this was proof that the Quad Tablet works. ', 0, none, true);
    expect(att).toMatchObject({ kind: 'name', name: 'Jo Bell' });
  });

  it('keeps "said senior author X" as the object of the verb', () => {
    expect(attributeBefore('The new method is faster, said senior author Jo Bell. ', 0, none, true)).toMatchObject({ name: 'Jo Bell' });
  });

  it('leaves a label with a number and a colon ("Poster 12:") without a speaker', () => {
    expect(attributeBefore('Scientific Poster 12: ', 0, none)).toBeNull();
  });

  it('leaves "The results were clear:" without a speaker', () => {
    expect(attributeBefore('The results were clear: ', 0, none)).toBeNull();
  });

  it('gives no speaker when the paragraph names no one ("The authors write the findings.")', () => {
    const att = attributeBefore('The authors explained the findings. ', 0, none, true);
    expect(att === null || att.kind !== 'name').toBe(true);
  });
});

describe('QuotedTerms', () => {
  it('collects short capitalised phrases in quotes, not statements', () => {
    const terms = new QuotedTerms();
    terms.addText("The so-called 'Quad Tablet' and the \u201CBlue Lake Method\u201D were tested. \u201CWe saw no change at all in the first year,\u201D she said.");
    expect(terms.has('Quad Tablet')).toBe(true);
    expect(terms.has('blue lake method')).toBe(true);
    expect(terms.has('We saw no change at all in the first year')).toBe(false);
    expect(terms.has('Jo Bell')).toBe(false);
  });
});

describe('a lone word that names a company or a group is not a speaker', () => {
  const head = '# Vexa Trial Meets Its Goal\n\nBOSTON, 3 March 2025 -- Vexa Therapeutics Inc. reported that its nasal spray cut migraine days by half in a trial of 400 adults.\n\n';

  it('drops a quote credited to the company alone ("said Vexa")', () => {
    const { record } = convert(`${head}"We are pleased with these results and will file next year," said Vexa.\n`, { path: 'c.md' });
    expect(record.quotes.map((q) => q.speaker)).not.toContain('Vexa');
  });

  it('keeps a surname that also names a lab ("the Okafor Lab"), which is not a company', () => {
    const { record } = convert(`${head}The Okafor Lab ran the imaging.\n\n"The scans showed the change within a week of the first dose," said Okafor.\n`, { path: 'c.md' });
    expect(record.quotes[0]?.speaker).toBe('Okafor');
  });

  it('drops a capitalised plural the release also prints in lower case ("Residents said" beside "residents")', () => {
    const { record } = convert(`${head}The trial enrolled residents of three coastal towns.\n\n"We waited years for something that actually works," Residents said.\n`, { path: 'c.md' });
    expect(record.quotes.map((q) => q.speaker)).not.toContain('Residents');
  });

  it('keeps a surname ending in s when no lower-case word matches it ("Summers said")', () => {
    const { record } = convert(`${head}"The spray acted within twenty minutes in most adults," Summers said.\n`, { path: 'c.md' });
    expect(record.quotes[0]?.speaker).toBe('Summers');
  });

  it('drops a label of common words ("Key Findings:") the release also prints in lower case', () => {
    const { record } = convert(`${head}The key findings held in all three trial sites.\n\nKey Findings: "The spray cut migraine days by half in most adults."\n`, { path: 'c.md' });
    expect(record.quotes.map((q) => q.speaker)).not.toContain('Key Findings');
  });

  it('keeps a full name whose family name is also a common word ("Nell Young" beside "young adults")', () => {
    const { record } = convert(`${head}Most of the young adults had tried two other drugs.\n\n"The spray acted within twenty minutes in most adults," said Nell Young.\n`, { path: 'c.md' });
    expect(record.quotes[0]?.speaker).toBe('Nell Young');
  });

  it('does not count an email address as lower-case prose ("nell.young@…")', () => {
    const { record } = convert(`${head}"The spray acted within twenty minutes in most adults," said Nell Young.\n\nContact: nell.young@vexa.example.com\n`, { path: 'c.md' });
    expect(record.quotes[0]?.speaker).toBe('Nell Young');
  });

  it('CompanyWords reads "X Inc.", "X Pharmaceuticals", not "X Lab"', () => {
    const c = new CompanyWords();
    c.addText('Vexa Therapeutics Inc. and Lumo Pharmaceuticals worked with the Okafor Lab and Quill Corp.');
    expect([c.has('Vexa'), c.has('Lumo'), c.has('Quill'), c.has('Okafor')]).toEqual([true, true, true, false]);
  });
});

/** A document whose one paragraph is `text`, built without the Markdown parser (which has its own limits). */
function oneParagraph(text: string): ReleaseDocument {
  const doc = parseRelease(new VFile({ path: 'h.txt', value: 'Headline\n\nA paragraph.\n' }));
  const model = doc.blocks[doc.blocks.length - 1]!;
  const block = { ...model, index: 0, kind: 'paragraph' as const, section: 'body' as const, text, start: 0, end: text.length };
  return { ...doc, text, blocks: [block], sections: [{ kind: 'body', label: null, blocks: [block] }] };
}

describe('hostile input: the quotes and contacts extractors stay linear and never throw', () => {
  it.each([
    ['200,000 straight quotes', '"'.repeat(200_000)],
    ['200,000 curly quotes', '\u201C\u201D'.repeat(100_000)],
    ['Dr. x 100,000', 'Dr. '.repeat(100_000)],
    ['x [at] y x 40,000', 'x [at] y '.repeat(40_000)],
    ['a 300,000-space line', `A${' '.repeat(300_000)}B`],
    ['said Wu x 20,000', '"Five words are right here," said Wu. '.repeat(20_000)],
    ['month names x 30,000', 'June Wu May Lee April '.repeat(30_000)],
    ['colon preambles x 20,000', 'Jo Bell, a role, was glad: '.repeat(20_000)],
    ["single-quoted terms x 40,000", "'Quad Tablet' ".repeat(40_000)],
    ['company words x 40,000', 'Vexa Inc Lumo Corp '.repeat(40_000)],
  ])('%s', (_name, text) => {
    const doc = oneParagraph(text);
    const t0 = performance.now();
    expect(() => runExtractors(doc, [quotes, contacts])).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(9000);
  });
});

describe('names with several particles', () => {
  it('keeps "van der" inside the speaker and out of the role', async () => {
    const { convert } = await import('../src/convert.js');
    const text = '# Kelp Recovers\n\nBergen, May 2, 2024 – Kelp forests grew back within two seasons after the storms, researchers report in a new survey of the fjords.\n\n"The recovery was much faster than any of our models predicted," said Prof. Pieter van der Linden, Director of the Fjord Institute.\n';
    const { record } = convert(text, { path: 'kelp.md' });
    expect(record.quotes).toEqual([
      { text: 'The recovery was much faster than any of our models predicted,', speaker: 'Pieter van der Linden', role: 'Director of the Fjord Institute' },
    ]);
  });
});

describe('quotes in other house styles (house-styles.md)', () => {
  const record = load('house-styles.md');

  it.each([
    ["straight single marks: 'First words,' said Dr X", 'Moss needs no irrigation once it is established', 'Órla Nic Giolla Phádraig'],
    ['a colon preamble ("X said:") before a Markdown block quote', 'We measured the roofs every ten minutes', 'Tobias Kellermann'],
    ['a paragraph left open, attributed where the quote goes on ("…," says X)', 'Rooftop gardens have always been limited', 'Tobias Kellermann'],
    ['the paragraph that closes that quote', 'We now want building owners to try it at scale', 'Tobias Kellermann'],
  ])('%s', (_form, start, speaker) => {
    const q = find(record, start);
    expect(q, start).toBeDefined();
    expect(q!.speaker).toBe(speaker);
  });

  it('keeps straight apostrophes inside words out of single-quoted spans', () => {
    const q = find(record, 'Moss needs no irrigation');
    expect(q!.text).toBe('Moss needs no irrigation once it is established, which is what makes it cheap enough for ordinary buildings,');
  });
});

describe('speakers told by the narration around a quote (house-styles.md)', () => {
  const record = load('house-styles.md');

  it.each([
    ['a job title before the name ("City Administrator X said …") is not part of the name', 'If the mats survive two winters', 'Bronwen Achterberg'],
    ['a quote ending the paragraph after a sentence about one named person ("X, role, pointed to …. "…"")', 'A caretaker with a hose can look after', 'Hamish Oduya'],
    ['a Markdown block quote whose dash line is its own paragraph', 'Nobody expected moss to outperform', 'Lieve Marchetti'],
  ])('%s', (_form, start, speaker) => {
    const q = find(record, start);
    expect(q, start).toBeDefined();
    expect(q!.speaker).toBe(speaker);
  });
});

describe('quotes: particles and unnamed groups', () => {
  const text =
    '# Volcano watch\n\nProfessor Rhys ap Gwilym, a volcanologist at Cardiff University, studied the data.\n\n' +
    '"It\'s a promising start," ap Gwilym added, "but it is only a start."\n\n' +
    'The paper\'s authors conclude: "Satellite geodesy can warn of a subset of eruptions."\n';
  const record = convert(text, { path: 'volcano.md' }).record;

  it('a particle opening the attribution ("ap Gwilym added") still names the speaker', () => {
    expect(find(record, "It's a promising start")?.speaker).toBe('Rhys ap Gwilym');
  });

  it('"the paper\'s authors conclude:" keeps the quote with no speaker', () => {
    const q = find(record, 'Satellite geodesy');
    expect(q).toBeDefined();
    expect(q!.speaker).toBeNull();
  });
});

describe('a block quote closed by a <cite> naming the speaker (blockquote-cite.html)', () => {
  it('takes the person the cite line names', () => {
    const q = find(load('blockquote-cite.html'), 'The reef went from bare rock');
    expect(q).toBeDefined();
    expect(q!.speaker).toBe('Ngaio Te Rangi-Walsh');
  });
});

describe('a paragraph naming the speaker of the quote before it', () => {
  const text =
    '# Glacier beds melt faster\n\nZurich, 3 May 2024 – Glaciers lose more ice from below than models assume.\n\n' +
    '> "Basal melt has been treated as a rounding error in glacier models for decades."\n\n' +
    'That is how Dr Lukas Brandli, a glaciologist at the laboratory, sums up the findings.\n\n' +
    '"We need the same data from at least a dozen glaciers." So says Professor Anna Keller, head of the laboratory.\n';
  const record = convert(text, { path: 'glacier.md' }).record;

  it.each([
    ['"That is how X sums up …" after a block quote', 'Basal melt has been treated', 'Lukas Brandli'],
    ['"So says X" after the quote in its paragraph', 'We need the same data', 'Anna Keller'],
  ])('%s', (_form, start, speaker) => {
    expect(find(record, start)?.speaker).toBe(speaker);
  });
});

describe('quotes: unnamed officials and display lines', () => {
  it('"the minister said" keeps the quote with no speaker', () => {
    const text =
      '# Hedgerows return\n\nBRISTOL, 3 May 2025 – Farm hedgerows grew back by a tenth, a survey by Calloway Ndiaye found.\n\n' +
      '"Every mile of hedge we plant is a corridor for dormice and bats," the minister said.\n';
    const q = find(convert(text, { path: 'hedge.md' }).record, 'Every mile of hedge');
    expect(q).toBeDefined();
    expect(q!.speaker).toBeNull();
  });

  it('a subheadline that is only an unattributed quote is not a statement', () => {
    const text =
      'Harbour News\n\n"Seaweed farms can feed more than fish"\n\nOslo, 4 June 2025\n\n' +
      'Researcher Ingvild Sandøy-Mwangi and her team grew kelp beside salmon pens for three years.\n\n' +
      '"The kelp took up a fifth of the nitrogen the pens released," said Sandøy-Mwangi.\n';
    const record = convert(text, { path: 'kelp.txt' }).record;
    expect(find(record, 'Seaweed farms can feed')).toBeUndefined();
    expect(find(record, 'The kelp took up')?.speaker).toBe('Ingvild Sandøy-Mwangi');
  });
});

describe('quotes: an unnamed official with the body they speak for', () => {
  const text =
    '# Hedgerows return\n\nBRISTOL, 3 May 2025 – Farm hedgerows grew back by a tenth, a survey found.\n\n' +
    'The survey covered 400 farms in three counties over a decade of planting.\n\n' +
    'Olwen Pritchard-Mensah, a spokesperson for the Woodland Trust, said: "Every mile of hedge we plant is a corridor for dormice and bats."\n\n' +
    '"We will plant another thousand miles by 2030," a spokesperson for the Department for Environment said.\n\n' +
    'The minister for farming, who toured two farms on Friday, said: "This is what nature recovery looks like on the ground."\n';
  const record = convert(text, { path: 'hedge.md' }).record;

  it.each([
    ['a named person with a spokesperson appositive keeps the name', 'Every mile of hedge', 'Olwen Pritchard-Mensah'],
    ['"a spokesperson for the Department …" names no one', 'We will plant another thousand', null],
    ['"The minister for farming, who toured …, said:" names no one', 'This is what nature recovery', null],
  ])('%s', (_what, start, speaker) => {
    const q = find(record, start);
    expect(q, start).toBeDefined();
    expect(q!.speaker).toBe(speaker);
  });
});

describe('quotes: third-round patterns (speakers written the way other offices write them)', () => {
  const q = (text: string): Quote[] => convert(`# Lichens return to city walls\n\n${text}`, { path: 'x.md' }).record.quotes;
  const speakerOf = (text: string, start: string): string | null | undefined => q(text).find((x) => x.text.startsWith(start))?.speaker;

  it('a family name in capitals after an honorific is a name, written given name first, and "Professor Kim" resolves to it', () => {
    const text =
      'The team of Professor KIM Min-jun measured lichen growth on 300 walls.\n\n' +
      '"Walls that face north recover twice as fast as the rest," Professor Kim said.\n\n' +
      'Co-author Dr. PARK Seo-yeon described the sampling.\n\n"We scraped every wall by hand on the same morning," Park said.\n';
    expect(speakerOf(text, 'Walls that face north')).toBe('Min-jun Kim');
    expect(speakerOf(text, 'We scraped every wall')).toBe('Seo-yeon Park');
  });

  it('"Professor SATO" alone resolves to "SATO Kenji" printed earlier, written "Kenji Sato"', () => {
    const text = 'The survey was led by Professor SATO Kenji of the institute.\n\n"The old walls held more species than we expected," said Professor SATO.\n';
    expect(speakerOf(text, 'The old walls held')).toBe('Kenji Sato');
  });

  it('Spanish particles ("de los") stay inside a long name, and "she said" finds it', () => {
    const text =
      'The study was led by Dr. María Luisa de los Ríos Castañeda, a botanist at the garden.\n\n' +
      '"Lichens are the first tenants of a clean wall," she said.\n\n"Pollution keeps them away for decades," de los Ríos Castañeda added.\n';
    expect(speakerOf(text, 'Lichens are the first tenants')).toBe('María Luisa de los Ríos Castañeda');
    expect(speakerOf(text, 'Pollution keeps them away')).toBe('María Luisa de los Ríos Castañeda');
  });

  it('British single marks: a second span after "she added." goes on the same quote, and "(X Research Centre)" names no second person', () => {
    const text =
      "Lead author Dr Imogen Castellanos-Reid (Centre for Urban Ecology Research) said: 'The walls were cleaner than at any time since records began.'\n\n" +
      "'We counted forty species on one church,' she added. 'Ten years ago there were six.'\n";
    const found = q(text).find((x) => x.text.startsWith('We counted forty species'));
    expect(found?.text).toBe('We counted forty species on one church, Ten years ago there were six.');
    expect(found?.speaker).toBe('Imogen Castellanos-Reid');
  });

  it('"According to X, "…"" after another sentence of the same paragraph', () => {
    const text = 'The walls were photographed every spring. According to the senior author, Dr. Oskar Lindgren-Ade, "the photographs show a steady return of the orange species."\n';
    expect(speakerOf(text, 'the photographs show')).toBe('Oskar Lindgren-Ade');
  });

  it('"X said the results "…"": the object names no one, the subject speaks', () => {
    const text = 'Professor Henrietta Mbeki-Lowe, who was not involved, said the results "change how cities should think about cleaning stone".\n';
    expect(speakerOf(text, 'change how cities should think')).toBe('Henrietta Mbeki-Lowe');
  });

  it('"X described the work as "…"" reports X\'s words', () => {
    const text = 'Senior author Professor Thierry Obame-Ndong described the work as "the longest lichen record in any European city".\n';
    expect(speakerOf(text, 'the longest lichen record')).toBe('Thierry Obame-Ndong');
  });

  it('"She said the …" before an unattributed quote paragraph hands her that quote', () => {
    const text =
      'Dr Nur Aina binti Rahman spent two winters photographing the walls. She said the orange species arrived first.\n\n' +
      '"It was always the same lichen, on every wall, within a year of the cleaning."\n';
    expect(speakerOf(text, 'It was always the same lichen')).toBe('Nur Aina binti Rahman');
  });

  it('German and Austrian titles ("Univ.-Prof. Dipl.-Ing. Dr. techn.", "Dr.-Ing.") are honorifics, and "Dr.-Ing." ends no sentence', () => {
    const text =
      '"The stone breathes again once the crust is gone," explains Univ.-Prof. Dipl.-Ing. Dr. techn. Wiebke Oberhuber-Adjei of the institute.\n\n' +
      '"Nobody has measured this on a cathedral before," adds Dr.-Ing. Matthias Kronberger-Lal, who ran the sensors.\n';
    expect(speakerOf(text, 'The stone breathes again')).toBe('Wiebke Oberhuber-Adjei');
    expect(speakerOf(text, 'Nobody has measured this')).toBe('Matthias Kronberger-Lal');
  });

  it('an organisation subject ("the X Farmers Federation said the plan was "…"") is not a person', () => {
    const text = 'In a statement, the Northern Stonemasons Federation said the plan was "a sensible way to look after old walls".\n';
    expect(speakerOf(text, 'a sensible way')).toBeFalsy();
  });
});

describe('quotes: fourth-round patterns (citation lines, possessive bodies, family-first names)', () => {
  const q = (text: string): Quote[] => convert(`# Glow-worms dim their lights under street lamps\n\n${text}`, { path: 'x.md' }).record.quotes;
  const speakerOf = (text: string, start: string): string | null | undefined => q(text).find((x) => x.text.startsWith(start))?.speaker;

  it('a journal-labelled citation line ("Ecological Entomology: "Title", A, B. DOI …") gives no quote', () => {
    const text =
      'Glow-worms near street lamps glowed for half as long, a study in Ecological Entomology reports.\n\n' +
      '"We lost a third of the colonies within two summers," said Dr Orla Brennan of the university.\n\n' +
      'Ecological Entomology: "Artificial light at night shortens courtship glowing in female glow-worms", Orla Brennan, Tadhg Quinlan. DOI: 10.1111/een.13555\n';
    const found = q(text);
    expect(found.map((x) => x.speaker)).toEqual(['Orla Brennan']);
    expect(found.some((x) => x.text.startsWith('Artificial light at night'))).toBe(false);
  });

  it('"said CSIRO\'s Dr X": the body in the possessive is not the speaker, the person after it is', () => {
    expect(speakerOf('"The sensors will tell farmers when the frost is coming," said CSIRO\'s Dr Callum Whitlock.\n', 'The sensors will tell')).toBe('Callum Whitlock');
    expect(speakerOf('"Nobody had looked at the night side of this moon before," said NASA’s Imani Okafor, a planetary scientist.\n', 'Nobody had looked')).toBe('Imani Okafor');
  });

  it('a family name in capitals is written given name first ("Prof. MORITA Aoi" is "Aoi Morita")', () => {
    expect(speakerOf('"The larvae switch off their lights when the lamps come on," said Prof. MORITA Aoi of the Graduate School of Science.\n', 'The larvae switch off')).toBe('Aoi Morita');
  });

  it('a name printed family name first takes the order of the same author in the citation ("Morita Aoi (Prof.)" beside "Aoi Morita")', () => {
    const text =
      '"The larvae switch off their lights when the lamps come on," said Morita Aoi (Prof.), who led the work.\n\n' +
      'Publication details\nTitle: Street lighting suppresses bioluminescent signalling in firefly larvae\nAuthors: Ren Kobayashi, Aoi Morita\nJournal: Ecology Letters\nDOI: 10.1111/ele.70123\n';
    expect(speakerOf(text, 'The larvae switch off')).toBe('Aoi Morita');
  });

  it('honours printed after a name without a comma ("Professor Ingrid Fairweather AO", "Dr Sam Ojo FRS") are not part of it', () => {
    expect(speakerOf('"The glow fades the moment the lamp switches on," said Scientia Professor Ingrid Fairweather AO, who led the survey.\n', 'The glow fades')).toBe('Ingrid Fairweather');
    expect(speakerOf('"Light at night is the pollution nobody smells," said Dr Sam Ojo FRS.\n', 'Light at night is')).toBe('Sam Ojo');
  });
});

describe('quotes: fifth-round patterns (employers before roles, ministers, labels with roles)', () => {
  const q = (text: string): Quote[] => convert(`# Mangrove seedlings outgrow the tide\n\n${text}`, { path: 'x.md' }).record.quotes;
  const speakerOf = (text: string, start: string): string | null | undefined => q(text).find((x) => x.text.startsWith(start))?.speaker;

  it('an employer before a lower-case job before the name ("said CSIRO ecologist Dr X", "said Reef Land Management senior ranger X")', () => {
    expect(speakerOf('"Seedlings planted on the mud bank doubled in height within a year," said CSIRO ecologist Dr Marli Tjungurrayi.\n', 'Seedlings planted')).toBe('Marli Tjungurrayi');
    expect(speakerOf('"The rangers picked every site from forty years of walking this coast," said Yirrganydji Land Management senior ranger Colin Brady.\n', 'The rangers picked')).toBe('Colin Brady');
    expect(speakerOf('"We measured every seedling by hand at low tide each month," says PhD scholar Anjali Rao, first author of the paper.\n', 'We measured every')).toBe('Anjali Rao');
  });

  it('a minister\'s portfolio before the name is not part of it ("Minister for Fisheries and Forestry Jo Bell")', () => {
    const found = q('Minister for Agriculture, Fisheries and Forestry Renata Lowe said the planting would continue.\n\n"Every hectare of mangrove we restore protects a fishing town from the next storm," Minister Lowe said.\n');
    expect(found.map((x) => x.speaker)).toEqual(['Renata Lowe']);
  });

  it('a Korean family name in capitals with no title opens the attribution ("JUNG Hae-won, who led the work, said")', () => {
    expect(speakerOf('SEO Min-ji, who led the work, said, "The roots trapped twice as much sediment as we had predicted from the flume."\n', 'The roots trapped')).toBe('Min-ji Seo');
  });

  it('a label with the speaker\'s role after a comma ("Prof. X, Director of the Centre: "…"")', () => {
    expect(speakerOf('Prof. Kofi Amankwah-Boateng, Director of the Coastal Centre: “Fishing families asked us for this study, and they planted half the seedlings.”\n', 'Fishing families')).toBe('Kofi Amankwah-Boateng');
    expect(speakerOf('- **Dr Nia Okonjo**, Senior Lecturer in Coastal Ecology: "A seedling that survives its first monsoon usually lives for decades."\n', 'A seedling that')).toBe('Nia Okonjo');
  });

  it('a citation line "Journal, X et al.: "Title"" gives no quote to X', () => {
    const found = q('"The roots trapped twice as much sediment as we had predicted," said Dr Lin Chen.\n\nMarine Biology, Chen et al.: "Sediment capture by planted mangrove seedlings on eroding shores"\n');
    expect(found.map((x) => x.text.slice(0, 20))).toEqual(['The roots trapped tw']);
  });

  it('a journal named after a subject ("Journal of Experimental Biology") is no speaker for a later pronoun', () => {
    const found = q('The results appear in the Journal of Experimental Biology.\n\n"Salt glands on the leaves work harder as the tide rises each day," she added.\n');
    expect(found.map((x) => x.speaker)).not.toContain('Experimental Biology');
  });
});

describe('quotes: fifth-round names (nicknames in marks, two family names)', () => {
  const q = (text: string): Quote[] => convert(`# Snoek catches fall along the West Coast\n\n${text}`, { path: 'x.md' }).record.quotes;

  it('a nickname in marks inside a name ("Skipper Pieter "Oupa" Fortuin, …, said:") is neither a quote nor a break in the name', () => {
    const found = q('Skipper Pieter "Oupa" Fortuin, whose father kept the first logbook, said: "Every fish my father caught is written down in that book."\n');
    expect(found.map((x) => [x.speaker, x.text.slice(0, 16)])).toEqual([['Pieter Fortuin', 'Every fish my fa']]);
    expect(q('"Every fish my father caught is written down in that book," said Pieter "Oupa" Fortuin.\n').map((x) => x.speaker)).toEqual(['Pieter Fortuin']);
  });

  it('a surname alone that is the first of two family names resolves to the full name, and a later pronoun to that person', () => {
    const found = q(
      'Image: Marine biologist Lucía Moreno Quispe measures a snoek on the quay. Credit: UCT\n\n' +
        '"The fish are smaller now, and they arrive a month later than they did," Moreno said.\n\n' +
        'The team read 41 logbooks.\n\n"Nobody else has sixty years of daily records from this coast," she added.\n',
    );
    expect(found.map((x) => x.speaker)).toEqual(['Lucía Moreno Quispe', 'Lucía Moreno Quispe']);
  });
});

describe('quotes: initials and nicknames in a speaker\'s name', () => {
  const speakers = (text: string): Array<[string, string | null]> =>
    convert(text, { path: 'x.txt' }).record.quotes.map((q) => [q.text.slice(0, 24), q.speaker]);

  it('"says J.K. Mensah, …" (initials printed without a space) names the speaker mid-quote', () => {
    const text =
      'Buried channels found under the desert\n\n"We think the rivers last flowed about 8,000 years ago," says J.K. Mensah, a remote-sensing researcher, "during the wetter phase of the region.\n';
    expect(speakers(text)).toEqual([['We think the rivers last', 'J.K. Mensah']]);
  });

  it('a nickname after a hyphenated given name (Mei-Ling "Molly" Tan) is neither quoted nor in the way of the full name', () => {
    const text =
      'Smoke days and asthma\n\nLead researcher Associate Professor Mei-Ling "Molly" Tan said the effect appeared within a day. "Parents should keep reliever puffers close on smoky days," Associate Professor Tan said.\n';
    expect(speakers(text)).toEqual([['Parents should keep reli', 'Mei-Ling Tan']]);
  });

  it('a nickname of initials in marks (Sipho "S.T." Ndlovu) resolves a later "Ndlovu:" label to the full name', () => {
    const text =
      'Crabs in the mangroves\n\nWe spoke to the lead author, Professor Sipho "S.T." Ndlovu.\n\nNdlovu: "Honestly, the speed surprised us more than anything else."\n';
    expect(speakers(text)).toEqual([['Honestly, the speed surp', 'Sipho Ndlovu']]);
  });

  it('an occupation opening the sentence ("Angler Ray Dupuis put it simply:") is not part of the name', () => {
    const text = 'Trout and short winters\n\nAngler Ray Dupuis, who has fished the lake for 40 years, put it simply: "The fish are telling us winter is getting shorter."\n';
    expect(speakers(text)).toEqual([['The fish are telling us ', 'Ray Dupuis']]);
  });
});

describe('quotes: seventh-round speakers (initials without periods, titles, pull quotes)', () => {
  const speakers = (text: string): Array<[string, string | null]> =>
    convert(text, { path: 'x.md' }).record.quotes.map((q) => [q.text.slice(0, 24), q.speaker]);

  it('"says JK Mensah, a lecturer" keeps initials printed without periods as printed, not a family name in capitals', () => {
    const text = 'Solar dryers for cassava\n\n"Once the chips are dry, a farmer can wait for a better price," says JK Mensah, a lecturer in agricultural engineering.\n';
    expect(speakers(text)).toEqual([['Once the chips are dry, ', 'JK Mensah']]);
  });

  it('"said AJ Okafor, director of …" gives "AJ Okafor"; a two-letter family name in capitals ("Dr. LI Na") still reads family first', () => {
    const text =
      'Shared dryers\n\n"Cooperatives can share one dryer among five households," said AJ Okafor, director of the Centre for Rural Technology.\n\n"The sensors have to survive the monsoon as well as the heat," said Dr. LI Na, an engineer on the project.\n';
    expect(speakers(text)).toEqual([
      ['Cooperatives can share o', 'AJ Okafor'],
      ['The sensors have to surv', 'Na Li'],
    ]);
  });

  it('a farmer\'s or a peer\'s title before the name ("Farmer Abena Owusu", "Baroness Clare Whitcombe") is not part of it', () => {
    const text =
      'Dryers in the villages\n\nFarmer Abena Owusu said the dryer had changed her year. "In the rainy months we used to throw away half the crop," she said.\n\nHealth Minister Baroness Clare Whitcombe welcomed the findings. "This is exactly the kind of practical care we need," she said.\n';
    expect(speakers(text)).toEqual([
      ['In the rainy months we u', 'Abena Owusu'],
      ['This is exactly the kind', 'Clare Whitcombe'],
    ]);
  });

  it('a block quote repeating a body quote word for word, with a dash line naming the speaker, is not a second quote', () => {
    const text =
      '# Lakes eat glaciers\n\nCo-author Professor Lhamo Dorji spoke about the villages downstream. "These lakes can burst without warning, and the villages below need warning systems," Dorji said.\n\n> "These lakes can burst without warning, and the villages below need warning systems."\n> — Professor Lhamo Dorji\n';
    expect(speakers(text)).toEqual([['These lakes can burst wi', 'Lhamo Dorji']]);
  });
});

describe('quotes: offices between a place and the name, and portfolios in brackets', () => {
  const speakers = (text: string): Array<string | null> => convert(text, { path: 'x.md' }).record.quotes.map((q) => q.speaker);
  const quote = '"Heat warnings only work if people act on them, and this one shows they do,"';

  it.each([
    ['a place before an office: "said Queensland Premier X"', `${quote} said Coastal Queensland Premier Dana Whitlock.`, 'Dana Whitlock'],
    ['an acronym office after a province: "said Western Cape MEC X"', `${quote} said Western Cape MEC Anton Bredell-Steyn.`, 'Anton Bredell-Steyn'],
    ['a body word before the office: "said Lagos State Governor X"', `${quote} said Lagos State Governor Folake Adeyemi.`, 'Folake Adeyemi'],
    ['a hyphenated office: "said UN Secretary-General X"', `${quote} said UN Secretary-General Amina Osei-Bonsu.`, 'Amina Osei-Bonsu'],
    ['"Minister of Health X": the run "Ontario Minister" names no one', `${quote} said Ontario Minister of Health Sylvia Carrow.`, 'Sylvia Carrow'],
    ['a portfolio in brackets: "said Deputy Vice-Chancellor (Academic) X"', `${quote} said Deputy Vice-Chancellor (Academic) Jane Ridley.`, 'Jane Ridley'],
    ['"Pro Vice-Chancellor (Research) Professor X" before the verb', `Pro Vice-Chancellor (Research) Professor Kofi Asante-Mensah said: ${quote}`, 'Kofi Asante-Mensah'],
    ['an abbreviated US title after initials: "said U.S. Rep. X"', `${quote} said U.S. Rep. Jane Doe-Barker.`, 'Jane Doe-Barker'],
    ['two abbreviated titles: "said Lt. Gov. X" (no sentence ends at "Lt.")', `${quote} said Lt. Gov. Kim Driscoll-Hart.`, 'Kim Driscoll-Hart'],
    ['"said Assemblywoman X"', `${quote} said Assemblywoman Rosa Diaz-Ortega.`, 'Rosa Diaz-Ortega'],
    ['a surname that is also a title abbreviation stays a name: "said Amartya Sen."', `${quote} said Amartya Sen.`, 'Amartya Sen'],
  ])('%s', (_form, text, speaker) => {
    expect(speakers(`# Heat warnings\n\n${text}\n`)).toEqual([speaker]);
  });
});

describe('speakers: organisation words that are family names, occupations, family names in capitals (round 8)', () => {
  const speakersOf = (text: string): Array<string | null> =>
    convert(`# Kelp forests recover\n\nSome background on the kelp survey.\n\n${text}\n`, { path: 'x.txt' }).record.quotes.map((q) => q.speaker);
  const said = '"The kelp came back faster than any of our models predicted,"';
  it.each([
    ['a family name that is also an organisation word, after an honorific: "said Professor Park"', `${said} said Professor Park.`, 'Park'],
    ['"said Min-seo Park, a marine ecologist"', `${said} said Min-seo Park, a marine ecologist.`, 'Min-seo Park'],
    ['"said Winston Law, a diver"', `${said} said Winston Law, a diver.`, 'Winston Law'],
    ['a Chinese name printed family name first in capitals after a lower-case role: "says team leader HUANG Wenli"', `${said} says team leader HUANG Wenli.`, 'Wenli Huang'],
    ['a Japanese name printed family name first in capitals: "said TAKAHASHI Rin"', `${said} said TAKAHASHI Rin.`, 'Rin Takahashi'],
  ])('%s', (_form, text, speaker) => {
    expect(speakersOf(text)).toEqual([speaker]);
  });

  it('resolves "Professor Park" to the full name printed earlier', () => {
    expect(speakersOf(`A team led by Professor Min-seo Park surveyed the reef.\n\n${said} said Professor Park.`)).toEqual(['Min-seo Park']);
  });

  it('drops an occupation opening the sentence that names the speaker ("Glaciologist X")', () => {
    expect(speakersOf(`Glaciologist Ingrid Solvang-Hart and her team mapped the reef.\n\n${said} Solvang-Hart said.`)).toEqual(['Ingrid Solvang-Hart']);
  });

  it('leaves a park and an acronym before a place as no one', () => {
    expect(speakersOf(`${said} said Banff National Park.`)).toEqual([]);
    expect(speakersOf(`${said} said NASA Goddard.`)).not.toContain('Goddard Nasa');
  });
});
