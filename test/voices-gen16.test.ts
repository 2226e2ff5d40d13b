import { describe, expect, it } from 'vitest';
import { speakersOf, contactsOf } from './support/invented.js';

describe('police and military ranks, "Hon." and seats around a speaker\'s name', () => {
  it('reads "Det. Sgt." before the name as a rank, not the end of a sentence', () => {
    const text = '# Soil traces\n\n"The soil on the boots matched one allotment out of four hundred we sampled," said Det. Sgt. Harriet Quayle of the county force.\n';
    expect(speakersOf(text)).toEqual([['Harriet Quayle', 'The soil on the boots ma']]);
  });

  it('resolves "he" after "Lt. Col." and a body with "Police" in its name', () => {
    const text = [
      '# Field kits',
      '',
      'Lt. Col. Idris Okonkwo, who commands the Royal Military Police training wing, said the kits were tested in desert heat. "Every kit came back working after six weeks in the field," he said.',
      '',
    ].join('\n');
    expect(speakersOf(text)).toEqual([['Idris Okonkwo', 'Every kit came back work']]);
  });

  it('resolves "she" after "The Hon." and a court\'s name', () => {
    const text = [
      '# Evidence standards',
      '',
      'The Hon. Ruth Calloway, a judge of the Federal Court of Australia, chaired the review. "Juries deserve to hear how often a method gets it wrong," she said.',
      '',
    ].join('\n');
    expect(speakersOf(text)).toEqual([['Ruth Calloway', 'Juries deserve to hear h']]);
  });

  it('drops "MP" after a name and resolves "Sir X" to the full name', () => {
    const text = '# Rivers\n\nThe Rt Hon Sir Oliver Brandt MP opened the centre. "Clean rivers are a test this government means to pass," Sir Oliver said.\n';
    expect(speakersOf(text)).toEqual([['Oliver Brandt', 'Clean rivers are a test ']]);
  });
});

describe('an office or an academic rank standing for a person named before', () => {
  it('resolves "the minister said" to a person printed with that office', () => {
    const text = [
      '# Millet seed',
      '',
      "Kenya's Minister for Agriculture, Wanjiru Kamau, toured the seed store on Friday.",
      '',
      '"Every county will have certified seed before the short rains," the minister said.',
      '',
    ].join('\n');
    expect(speakersOf(text)).toEqual([['Wanjiru Kamau', 'Every county will have c']]);
  });

  it('leaves "the minister said" without a speaker when the person named last holds no such office', () => {
    const text = [
      '# Millet seed',
      '',
      'Dr Otieno Barasa, a plant breeder at the institute, showed the minister the new lines.',
      '',
      '"Every county will have certified seed before the short rains," the minister said.',
      '',
    ].join('\n');
    expect(speakersOf(text)).toEqual([[null, 'Every county will have c']]);
  });

  it('resolves "the associate professor said"', () => {
    const text = '# Trees\n\nAssociate Professor Hemi Walker said the trial was small. "We treated forty trees and lost only three of them," the associate professor said.\n';
    expect(speakersOf(text)).toEqual([['Hemi Walker', 'We treated forty trees a']]);
  });
});

describe('"they" for a person printed with "(they/them)"', () => {
  it('resolves "they said" to that person', () => {
    const text = '# Moths\n\nJordan Ashby (they/them), a doctoral student, ran the light traps.\n\n"Most of the moths we caught had never been recorded in the county," they said.\n';
    expect(speakersOf(text)).toEqual([['Jordan Ashby', 'Most of the moths we cau']]);
  });

  it('keeps "they said" without a speaker when no one is printed with "(they/them)"', () => {
    const text = '# Moths\n\nJordan Ashby and Priya Mehta ran the light traps.\n\n"Most of the moths we caught had never been recorded in the county," they said.\n';
    expect(speakersOf(text)).toEqual([[null, 'Most of the moths we cau']]);
  });
});

describe('"Available for interview:" lists of experts', () => {
  it('reads each expert with a phone or an email as a contact', () => {
    const text = [
      '# Heat and sleep',
      '',
      'Hot nights cut sleep by forty minutes on average, a study of 9,000 wearers found.',
      '',
      'Experts available for comment:',
      '',
      '- Dr Lena Okafor, University of Leeds, 0113 555 0191, l.okafor@leeds.example.ac.uk',
      '- Professor Tom Hale, Met Office, 01392 555 014',
      '',
    ].join('\n');
    expect(contactsOf(text)).toEqual([
      ['Lena Okafor', 'l.okafor@leeds.example.ac.uk', '0113 555 0191'],
      ['Tom Hale', null, '01392 555 014'],
    ]);
  });

  it('reads a plain "Available for interview:" line in a text release', () => {
    const text = [
      'Heat and sleep',
      '',
      'Hot nights cut sleep by forty minutes on average.',
      '',
      'Available for interview:',
      'Marta Kowalczyk, sleep researcher — 617.555.0142, m.kowalczyk@example.edu',
      '',
    ].join('\n');
    expect(contactsOf(text, 'txt')).toEqual([['Marta Kowalczyk', 'm.kowalczyk@example.edu', '617.555.0142']]);
  });
});
