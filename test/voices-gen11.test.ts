import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';

const record = (text: string, path = 'x.txt') => convert(text, { path }).record;
const quotes = (text: string, path = 'x.txt') => record(text, path).quotes.map((q) => [q.speaker, q.text.slice(0, 24)]);
const contacts = (text: string, path = 'x.txt') =>
  record(text, path).contacts.map((c) => ({ name: c.name, organization: c.organization, email: c.email, phone: c.phone }));

describe('a title in quotation marks after a naming word', () => {
  it('is not a quote after "titled", even when the words before it read as a name', () => {
    const q = quotes(
      'Glass that heals\n\nReferences\nO. Brenna, P. Lutz and K. Amundsen, Energy Environ. Sci., 2031, 24, 1201-1210, DOI: 10.1039/D1EE01234A.\nP. Lutz and O. Brenna 2031 Modelling crack closure in phosphate glass J. Phys. Energy 13 025111\n\nNotes to editors\nThe Energy & Environmental Science paper is titled "Room-temperature crack healing in a phosphate glass network for solar panels".\n',
    );
    expect(q).toEqual([]);
  });

  it('is not a quote after "called", "named" or "dubbed", with straight or curly marks', () => {
    const q = quotes(
      'Bridge sensors\n\nProfessor Hal Okoye said: "We can hear a bridge ageing long before anyone can see it."\n\nOkoye now leads a project called "Listening to the Bridges of Northern Europe Through Fibre" and a podcast dubbed “What the Old Steel Girders Are Telling Us Today”.\n',
    );
    expect(q).toEqual([['Hal Okoye', 'We can hear a bridge age']]);
  });

  it('keeps the words after "called it" as a quote', () => {
    const q = quotes(
      'Bridge sensors\n\nCo-author Dr. Ines Vaz called it "the first time a whole bridge has told us where it hurts."\n',
    );
    expect(q).toEqual([['Ines Vaz', 'the first time a whole b']]);
  });
});

describe('a name between an organisation and the data on one contact line', () => {
  it('reads the person printed after the organisation and before the phone and email', () => {
    const c = contacts(
      'Wheat trial\n\nA wheat line saved water.\n\nPress contacts:\nHarvest Field Sciences (Lyon), Odile Marchand, +33 4 72 00 11 22, odile.marchand@harvest.example\nUniversitätsklinikum Tübingen, +49 7071 29-0, presse@ukt.example.de\n',
    );
    expect(c).toEqual([
      { name: 'Odile Marchand', organization: 'Harvest Field Sciences', email: 'odile.marchand@harvest.example', phone: '+33 4 72 00 11 22' },
      { name: null, organization: 'Universitätsklinikum Tübingen', email: 'presse@ukt.example.de', phone: '+49 7071 29-0' },
    ]);
  });

  it('does not read a desk after the organisation as a person', () => {
    const c = contacts('Wheat trial\n\nA wheat line saved water.\n\nMedia contact:\nNorthbridge Institute, Press Office, +44 20 7946 0123, press@northbridge.example.ac.uk\n');
    expect(c.map((x) => x.name)).toEqual([null]);
  });
});

describe('an out-of-hours number after a desk that prints no phone', () => {
  it('gives the number to the desk above it, not to the person before', () => {
    const c = contacts(
      'Tide gauges\n\nThe sea is rising faster.\n\nMedia enquiries:\nNia Rowe, Press Officer\nEmail: n.rowe@tides.example.ac.uk\n\nTides University Press Office\nEmail: press@tides.example.ac.uk\n\nAfter hours: +44 20 7946 0555\n',
    );
    expect(c.map((x) => [x.name, x.phone])).toEqual([
      ['Nia Rowe', null],
      [null, '+44 20 7946 0555'],
    ]);
  });
});

describe('speakers labelled with an academic rank before the name', () => {
  it('reads "Assoc. Prof. X, role, place:" in a bulleted panel', () => {
    const q = quotes(
      '# Experts react\n\nWe asked experts.\n\n- **Assoc. Prof. Ruth Adeyemi**, virologist, Lagos University: "Small trials like this one need a second look before anyone changes practice."\n- **Asst. Prof. Jin Park**, ethicist: "Consent forms for these trials have to be far clearer than they are today."\n',
      'x.md',
    );
    expect(q).toEqual([
      ['Ruth Adeyemi', 'Small trials like this o'],
      ['Jin Park', 'Consent forms for these '],
    ]);
  });
});

describe('quotes given in translation', () => {
  it('keeps the speaker before "speaking through an interpreter" and "(translated from …)"', () => {
    const q = quotes(
      'Paddy trial\n\n"The water pumps run half as long now and the harvest is the same," said Le Van Duc, a farmer in An Giang, speaking through an interpreter.\n\n"Our neighbours have started to copy the method without being asked," said Vo Thi Hoa (translated from Vietnamese).\n',
    );
    expect(q).toEqual([
      ['Le Van Duc', 'The water pumps run half'],
      ['Vo Thi Hoa', 'Our neighbours have star'],
    ]);
  });
});

describe('contacts with extensions and a table header', () => {
  it('keeps extensions printed as "Durchwahl", "poste" and "x"', () => {
    const c = contacts(
      'Blood test\n\nA test found cancer early.\n\nMedia contacts:\nJonas Weber, Pressestelle\nTel.: +49 6221 56-0, Durchwahl 7781\nEmail: jonas.weber@klinik.example.de\n\nMarie Gagnon, Relations médias\nTél. : 514 555-0142, poste 2210\nmarie.gagnon@umtl.example.ca\n',
    );
    expect(c.map((x) => [x.name, x.phone])).toEqual([
      ['Jonas Weber', '+49 6221 56-0 ext. 7781'],
      ['Marie Gagnon', '514 555-0142 ext. 2210'],
    ]);
  });

  it('does not take the header row of a Markdown contacts table as an organisation', () => {
    const c = contacts(
      '# Bee map\n\nVolunteers mapped bee nests.\n\n## Media contacts\n\n| Name | Role | Phone | Email |\n|---|---|---|---|\n| Ana Ruiz | Media Officer, Lakeshore College | 416-555-0101 | ana.ruiz@lakeshore.example.ca |\n',
      'x.md',
    );
    expect(c).toEqual([{ name: 'Ana Ruiz', organization: 'Lakeshore College', email: 'ana.ruiz@lakeshore.example.ca', phone: '416-555-0101' }]);
  });
});

describe('a speaker introduced through another person', () => {
  it('gives the quote to the name after "X\'s co-author,"', () => {
    const q = quotes(
      'Ancient DNA\n\n"The migrants came in two waves," said Professor Anna Kowal, who led the study.\n\nKowal\'s co-author, Dr. Wen Li, said: "We can follow both groups for several generations in the bones."\n',
    );
    expect(q).toEqual([
      ['Anna Kowal', 'The migrants came in two'],
      ['Wen Li', 'We can follow both group'],
    ]);
  });
});

describe('notes on the translation and roles in brackets', () => {
  it('reads the speaker after a "(translated from …)" note between the quote and "said"', () => {
    const q = record(
      'Night trains\n\n"Most riders slept through the border crossing without waking at all," said Dr. Eva Kranz.\n\n"The carriages are quieter than any hotel room we measured" (translated from German), said co-author Tobias Rainer.\n',
    ).quotes.map((x) => [x.speaker, x.role]);
    expect(q).toEqual([
      ['Eva Kranz', null],
      ['Tobias Rainer', 'co-author'],
    ]);
  });

  it('leaves "(translated)" and "speaking through an interpreter" out of the role', () => {
    const q = record(
      'Paddy trial\n\n"The harvest was as good as any year before it," said Mai Lan, a farmer in Dong Thap, speaking through an interpreter.\n\n"We saved fuel on every pump in the village," said Dr. Ho Van Tam (translated).\n',
    ).quotes.map((x) => [x.speaker, x.role]);
    expect(q).toEqual([
      ['Mai Lan', 'a farmer in Dong Thap'],
      ['Ho Van Tam', null],
    ]);
  });

  it('reads a label with the role in brackets: "Dr. X (role, place): "…""', () => {
    const q = record(
      'Experts react\n\nWHAT THE EXPERTS SAY\n\nDr. Ruth Okafor (cardiologist, Leeds): "The trial is small, but the drop in admissions is hard to ignore."\n\nProf. Jan de Wit (health economist): "The savings only appear if clinics change how they book follow-up visits."\n',
    ).quotes.map((x) => [x.speaker, x.role]);
    expect(q).toEqual([
      ['Ruth Okafor', 'cardiologist, Leeds'],
      ['Jan de Wit', 'health economist'],
    ]);
  });
});

describe('a given name that is also a month, before a particle', () => {
  it('keeps "Jan" in "Jan de Vries" and "Jan van der Berg"', () => {
    const q = quotes(
      'Dyke sensors\n\nProf. Jan de Vries: "The sensors warned us three days before the water reached the top."\n\n"We will put them along every dyke in the province by the end of next year," said Jan van der Berg.\n',
    );
    expect(q).toEqual([
      ['Jan de Vries', 'The sensors warned us th'],
      ['Jan van der Berg', 'We will put them along e'],
    ]);
  });
});
