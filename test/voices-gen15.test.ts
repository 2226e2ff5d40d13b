import { describe, expect, it } from 'vitest';
import { recordOf, speakersOf } from './support/invented.js';

describe('a body and a job title before the speaker\'s name', () => {
  it('takes the person after the title, not a body named earlier in the release', () => {
    const text = [
      '# Restored bogs store carbon again',
      '',
      'The Nordic Peatland Observatory published its fifth annual survey on Monday.',
      '',
      '"The rewetted bogs are now locking away carbon faster than we had hoped," said Observatory director Henrik Lindqvist.',
      '',
    ].join('\n');
    expect(speakersOf(text)).toEqual([['Henrik Lindqvist', 'The rewetted bogs are no']]);
  });

  it('takes the person after a two-word body and a two-word title', () => {
    const text = '# Parrots\n\n"Every chick that fledges this season is a small victory for the species," said Kākāpō Recovery operations manager Mere Tawhiri.\n';
    expect(speakersOf(text)).toEqual([['Mere Tawhiri', 'Every chick that fledges']]);
  });

  it('reads a university "of" name before the occupation', () => {
    const text = '# Moss\n\n"Moss carpets recover within three summers when the sheep are kept out," said University of Otago ecologist Sam Whitfield.\n';
    expect(speakersOf(text)).toEqual([['Sam Whitfield', 'Moss carpets recover wit']]);
  });

  it('keeps two people joined by "and" apart from a title', () => {
    const text = '# Bees\n\n"The hives that wintered in the valley all survived the cold snap," said Anna Berg and colleague Tomas Lund.\n';
    expect(speakersOf(text)[0]?.[0]).toBe('Anna Berg');
  });
});

describe('quotes in CJK corner brackets in an English release', () => {
  it('reads 「…」 as quotation marks and keeps a team leader\'s title out of the name', () => {
    const text = [
      'Moss enzyme cuts plastic',
      '',
      'A group led by Team Leader Sayaka Morimoto at the institute found the enzyme in a garden moss.',
      '',
      '「We were looking for glue proteins and found an enzyme that eats bottles instead,」 says Morimoto.',
      '',
    ].join('\n');
    expect(speakersOf(text, 'txt')).toEqual([['Sayaka Morimoto', 'We were looking for glue']]);
  });
});

describe('a group of writers after an opening place without a comma', () => {
  it('gives no speaker for "In the paper the authors write:"', () => {
    const text = '# Seagrass\n\nIn the paper the authors write: "Grazing seems to keep the meadows young and quick to recover after storms."\n';
    expect(speakersOf(text)).toEqual([[null, 'Grazing seems to keep th']]);
  });
});

describe('contact blocks with a line between the name and the address', () => {
  it('reads a research group and institution line under the name as where the person works', () => {
    const text = [
      '# Glaciers',
      '',
      '"The ice has been storing our plastic for sixty years now," says Vollmer.',
      '',
      'Contact',
      '',
      'Prof. Dana Vollmer',
      'Snow Hydrology, Alpine Institute',
      'Phone: +41 (0)44 555 41 17',
      'dana.vollmer@alpine.example.ch',
      '',
    ].join('\n');
    const [c] = recordOf(text, 'md').contacts;
    expect([c?.name, c?.email, c?.phone]).toEqual(['Dana Vollmer', 'dana.vollmer@alpine.example.ch', '+41 (0)44 555 41 17']);
  });

  it('takes the person after a "Team Leader" title on the name line', () => {
    const text = '# Moss\n\nContact\n\nTeam Leader Sayaka Morimoto\nPlant Chemistry Team\nEmail: sayaka.morimoto@inst.example.jp\n';
    const [c] = recordOf(text, 'md').contacts;
    expect([c?.name, c?.email]).toEqual(['Sayaka Morimoto', 'sayaka.morimoto@inst.example.jp']);
  });
});

describe('statements by a body, not a person', () => {
  const quotesOf = (lead: string) =>
    speakersOf(`# Buoys\n\nThe network logged record temperatures this winter.\n\n${lead} "Monitoring will be expanded to six hundred buoys by the year 2034."\n`);

  it('keeps the quote without a speaker when a body by its name speaks', () => {
    expect(quotesOf('In a written statement, the Ministry of Fisheries said:')).toEqual([[null, 'Monitoring will be expan']]);
    expect(quotesOf('The Coastal Monitoring Service said in a statement:')).toEqual([[null, 'Monitoring will be expan']]);
  });

  it('keeps the quote without a speaker when a body by its acronym speaks after it', () => {
    const text = '# Buoys\n\n"These are the warmest winter readings in the history of the array," NOAA said in a statement.\n';
    expect(speakersOf(text)).toEqual([[null, 'These are the warmest wi']]);
  });

  it('does not read an administration or an observatory as a person', () => {
    const text = [
      '# Buoys',
      '',
      'The Pacific Ocean and Atmosphere Administration runs the array with the Kermadec Observatory.',
      '',
      '"These are the warmest winter readings in the history of the array," the Administration said.',
      '',
    ].join('\n');
    expect(speakersOf(text)[0]?.[0] ?? null).toBeNull();
  });

  it('reads a body whose name holds a person-like run ("The Atlantic Oceanographic and …")', () => {
    expect(quotesOf('The Baltic Oceanographic and Meteorological Laboratory said in a written statement:')).toEqual([[null, 'Monitoring will be expan']]);
    expect(quotesOf('Jane Doe of the Ocean Institute said:')).toEqual([['Jane Doe', 'Monitoring will be expan']]);
  });

  it('still names a person opening the clause after a comma', () => {
    expect(quotesOf('Speaking in Geneva, Dr Amara Osei said:')).toEqual([['Amara Osei', 'Monitoring will be expan']]);
  });
});

describe('a toll-free contact number ending in letters', () => {
  it('keeps the letters and the extension', () => {
    const text = '# Comet\n\nMedia contact: Evan Marsh, Palomar Observatory, 1-800-555-STAR x17, emarsh@palomar.example.org\n';
    const [c] = recordOf(text, 'md').contacts;
    expect([c?.name, c?.phone]).toEqual(['Evan Marsh', '1-800-555-STAR ext. 17']);
  });
});

describe('one unnamed person quoted', () => {
  const speakers = (tail: string) =>
    speakersOf(`# Rye\n\nThe trial ran for three seasons.\n\n"The rye came back stronger after the floods than ever before," ${tail}\n`);

  it('keeps the quote without a speaker ("said one mother in the trial, who asked not to be named")', () => {
    expect(speakers('said one farmer in the trial, who asked not to be named.')).toEqual([[null, 'The rye came back strong']]);
    expect(speakers('said another participant.')).toEqual([[null, 'The rye came back strong']]);
  });

  it('still names the person given after the unnamed one', () => {
    expect(speakers('said a local farmer, Jan Kowalski.')).toEqual([['Jan Kowalski', 'The rye came back strong']]);
  });
});

describe('an extension written "Extn."', () => {
  it('stays with the number', () => {
    const text = '# Patch\n\n## Media contact\n\nProf. Rohan Iyer\nrohan.iyer@iisc.example.ac.in\nPh: 080-2293 3241 Extn. 210\n';
    const [c] = recordOf(text, 'md').contacts;
    expect([c?.name, c?.phone]).toEqual(['Rohan Iyer', '080-2293 3241 ext. 210']);
  });
});

describe('a pronoun after a quote run over several paragraphs', () => {
  it('reads "As she put it:" before a block quote and finds her past the quoted paragraphs', () => {
    const text = [
      '<html><body><h1>Old dog lineages vanished within two centuries</h1>',
      '<p>LIMA, Peru, May 4, 2032 — Ancient genomes from 90 dogs show that the lineages brought by the first people to reach the Andes disappeared soon after European contact, according to a study published today by a team of archaeologists and geneticists from three countries.</p>',
      '<p>Dr. Inés Villanueva-Rojas, a geneticist who led the work, said the change was abrupt. As she put it:</p>',
      '<blockquote><p>“Within two centuries the old lineages had all but vanished.</p><p>“Only a few village dogs in the highlands still carry a trace of them.”</p></blockquote>',
      '<p>The samples were sequenced over four years.</p>',
      '<p>“It was slow work, but every bone told us something new,” she said.</p>',
      '</body></html>',
    ].join('\n');
    expect(speakersOf(text, 'html').map((s) => s[0])).toEqual(['Inés Villanueva-Rojas', 'Inés Villanueva-Rojas', 'Inés Villanueva-Rojas']);
  });
});

describe('"she" and "he" for two speakers in turn', () => {
  it('gives "she" back to the woman once the man has been quoted with "he"', () => {
    const text = [
      '# Reef sounds',
      '',
      'TOWNSVILLE, Australia, 8 May 2032 — Coral larvae settled twice as fast on patches of degraded reef where loudspeakers played the sounds of a healthy reef, according to a study published today by a team of marine biologists working on the central Great Barrier Reef.',
      '',
      '"The larvae are clearly listening for a busy reef," said Dr. Paola Ferrante.',
      '',
      '"Sound could become a cheap tool for reef restoration," she added.',
      '',
      '"We did not expect such a strong effect from sound alone," said Professor Tom Whitlock.',
      '',
      '"It was striking to watch them swim towards the speakers," he said.',
      '',
      '"We now want to test it on a much larger scale," she said.',
      '',
    ].join('\n');
    expect(speakersOf(text).map((s) => s[0])).toEqual(['Paola Ferrante', 'Paola Ferrante', 'Tom Whitlock', 'Tom Whitlock', 'Paola Ferrante']);
  });
});
