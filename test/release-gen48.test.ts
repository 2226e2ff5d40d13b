import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const TITLE = 'Seaweed farms shelter juvenile fish from marine heatwaves';
const DATE = 'HOBART, Australia (9 April 2037) – Kelp lines on 12 farms held water up to 1.5 °C cooler than open sea during two heatwaves, marine ecologists at the Derwent Marine Centre report.';
const QUOTE = '"The farms turned out to be cool pockets where young fish simply waited out the heat," said Dr. Imogen Tashkentova-Reyes, who led the survey.';
const CITATION = 'The study appears in Marine Ecology Progress Series. https://doi.org/10.3354/meps14990';
const MEDIA = 'Media contact: Lachlan Oyelaran-Fitch, +61 3 5550 2718, l.oyelaran@derwent.example.edu.au';

describe('a licensing or business-development offer is no press contact (round 48)', () => {
  const release = (offer: string): string => `${TITLE}\n\n${DATE}\n\n${QUOTE}\n\n${CITATION}\n\n${offer}\n\n${MEDIA}\n`;

  it.each([
    'Companies interested in licensing the cooling data can contact licensing@derwent.example.edu.au.',
    'For business development enquiries, please contact Ines Marrow-Tallis at bd@derwent.example.edu.au.',
    'Industry partners interested in partnering with the centre should contact partners@derwent.example.edu.au.',
  ])('keeps only the media contact beside "%s"', (offer) => {
    const text = release(offer);
    expect(contactsOf(text, 'txt')).toEqual([['Lachlan Oyelaran-Fitch', 'l.oyelaran@derwent.example.edu.au', '+61 3 5550 2718']]);
    expect(speakersOf(text, 'txt')).toEqual([['Imogen Tashkentova-Reyes', 'The farms turned out to ']]);
    expect(articlesOf(text)[0]!.doi).toBe('10.3354/meps14990');
    expect(recordOf(text).release.datePublished).toBe('2037-04-09');
    expect(recordOf(text).release.dateline).toBe('HOBART, Australia');
  });

  it('ends a contacts block at a "Licensing enquiries:" label', () => {
    const text = `${TITLE}\n\n${DATE}\n\n${QUOTE}\n\n${CITATION}\n\nMedia contact:\nLachlan Oyelaran-Fitch\nl.oyelaran@derwent.example.edu.au\n\nLicensing enquiries:\nInes Marrow-Tallis\nines.marrow@derwent.example.edu.au\n`;
    expect(contactsOf(text, 'txt').map((c) => c[0])).toEqual(['Lachlan Oyelaran-Fitch']);
  });

  it.each([
    // Already read before this round: a press sentence that names licensing still offers its contact.
    ['Journalists asking about the licensing deal can contact Ines Marrow-Tallis at ines.marrow@derwent.example.edu.au.', 'Ines Marrow-Tallis'],
    // A plain offer with no licensing word is unchanged.
    ['To arrange an interview, contact Ines Marrow-Tallis at ines.marrow@derwent.example.edu.au.', 'Ines Marrow-Tallis'],
  ])('still reads the contact offered in "%s"', (offer, name) => {
    expect(contactsOf(release(offer), 'txt').map((c) => c[0])).toContain(name);
  });
});
