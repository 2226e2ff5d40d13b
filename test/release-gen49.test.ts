import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const TITLE = '# Expert reaction to a trial of night-time blood pressure tablets';
const LEAD = 'A trial published in the European Heart Journal reports that taking blood pressure tablets at bedtime made no difference to strokes over four years.';
const PAPER = "'Bedtime versus morning dosing of antihypertensives and cardiovascular events' by Solveig Ankrah-Lindeman et al. was published in the European Heart Journal at 00:01 UK time on Friday 9 October 2037.\n\nDOI: 10.1093/eurheartj/ehad771";
const CONTACT = 'Press office: Bartholomew Ekwensi-Hale, b.ekwensi@briefings.example.org, +44 20 7555 0144';

describe('a roundup heading that introduces an expert ("Prof X, role, said:") names the quotes under it (round 49)', () => {
  const release = (heading: string): string =>
    `${TITLE}\n\n${LEAD}\n\n${heading}\n\n"The trial is large enough that a real benefit of the size once claimed would have shown up."\n\n"People should take their tablets at whatever time they will remember them."\n\n## Paper details\n\n${PAPER}\n\n${CONTACT}\n`;

  it.each([
    ['## Prof Thaddeus Orimoloye-Brandt, Professor of Cardiovascular Medicine, Marlow University, said:', 'Thaddeus Orimoloye-Brandt'],
    ['### Dr Imelda Castellanos-Fynn, Consultant Cardiologist, St Aldric Hospital, said:', 'Imelda Castellanos-Fynn'],
    ['## Professor Ravindra Okafor-Lunde, British Hypertension Forum, commented:', 'Ravindra Okafor-Lunde'],
  ])('gives every quote under "%s" to %s', (heading, name) => {
    const text = release(heading);
    expect(speakersOf(text, 'md')).toEqual([
      [name, 'The trial is large enoug'],
      [name, 'People should take their'],
    ]);
    expect(articlesOf(text, 'md')[0]!.doi).toBe('10.1093/eurheartj/ehad771');
    expect(contactsOf(text, 'md')[0]).toEqual(['Bartholomew Ekwensi-Hale', 'b.ekwensi@briefings.example.org', '+44 20 7555 0144']);
  });

  it('reads no quote in the single-quoted paper title closed before "by X et al."', () => {
    const text = release('## Prof Thaddeus Orimoloye-Brandt, Professor of Cardiovascular Medicine, Marlow University, said:');
    expect(recordOf(text, 'md').quotes.some((q) => q.text.includes('Bedtime versus morning'))).toBe(false);
  });

  it.each([
    // A heading ending in a colon with no person in it hands no speaker on.
    ['## Background to the trial:'],
    // A heading that names a topic, not a person, hands no speaker on.
    ['## What the experts said:'],
  ])('does not invent a speaker for both quotes under "%s"', (heading) => {
    const speakers = speakersOf(release(heading), 'md').map((s) => s[0]);
    expect(speakers.filter((s) => s !== null).length).toBeLessThan(2);
  });

  it.each([
    // A British possessive in single marks still does not close a quote.
    ["'The nurses' shifts were rearranged around the dosing, which took a lot of goodwill,' said Dr Imelda Castellanos-Fynn.", 'Imelda Castellanos-Fynn'],
  ])('still reads the single-quoted speech in "%s"', (para, name) => {
    const text = `Bedtime tablets make no difference to strokes\n\nLONDON, 9 October 2037 - ${LEAD}\n\n${para}\n\n${CONTACT}\n`;
    expect(speakersOf(text, 'txt')).toEqual([[name, "The nurses' shifts were "]]);
  });
});

describe('the Indian honorifics "Smt." and "Shri" are dropped from speakers and contacts (round 49)', () => {
  const release = (said: string, contact: string): string =>
    `Village wells to be tested for fluoride ahead of monsoon\n\nNew Delhi: 12th June, 2037\n\nThe survey will cover 2,300 wells in four districts.\n\n"We will test every well in these districts before the rains arrive this year," ${said}, the district collector.\n\nThe method was described in Science of the Total Environment. DOI: 10.1016/j.scitotenv.2037.171204\n\nFor further details, please contact:\n${contact}\nEmail: pro@wells.example.gov.in\nPhone: +91-11-2555-4410\n`;

  it.each([
    ['said Smt. Kavita Ramaswamy-Rao', 'Kavita Ramaswamy-Rao'],
    ['said Shri Harish Chandra Pillai', 'Harish Chandra Pillai'],
    ['Smt. Kavita Ramaswamy-Rao said', 'Kavita Ramaswamy-Rao'],
  ])('reads the speaker of "%s" as %s', (said, name) => {
    const text = release(said, 'Rekha Nambiar, Public Relations Officer');
    expect(speakersOf(text, 'txt')).toEqual([[name, 'We will test every well ']]);
    expect(recordOf(text).release.datePublished).toBe('2037-06-12');
    expect(recordOf(text).release.dateline).toBe('New Delhi');
  });

  it.each([
    ['Shri Devendra Pal Bhattacharjee, Public Relations Officer', 'Devendra Pal Bhattacharjee'],
    ['Smt. Anjali Menon-Krishnan, Public Relations Officer', 'Anjali Menon-Krishnan'],
    // Unchanged: a name with no honorific.
    ['Rekha Nambiar, Public Relations Officer', 'Rekha Nambiar'],
  ])('reads the contact "%s" as %s', (contact, name) => {
    const text = release('said Dr. Kavita Ramaswamy-Rao', contact);
    expect(contactsOf(text, 'txt')).toEqual([[name, 'pro@wells.example.gov.in', '+91-11-2555-4410']]);
    expect(articlesOf(text)[0]!.doi).toBe('10.1016/j.scitotenv.2037.171204');
  });
});
