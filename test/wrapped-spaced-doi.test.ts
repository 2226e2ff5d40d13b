import { describe, expect, it } from 'vitest';
import { findDois } from '../src/extractors/article/doi.js';
import { recordOf } from './support/invented.js';

describe('a spaced DOI that a hard wrap broke after "10."', () => {
  it.each([
    ['10. 5555/ reef/ rfx031', '10.5555/reef/rfx031'],
    ['10.  5555/ reef/ rfx031', '10.5555/reef/rfx031'],
    ['10.5555/  reef.2031.7', '10.5555/reef.2031.7'],
  ])('finds %j as %j', (printed, doi) => {
    expect(findDois(`The paper: ${printed}.`).map((d) => d.doi)).toEqual([doi]);
  });

  it('reads it from a release whose wrapped lines were joined, leaving two spaces', () => {
    const text =
      'Reef fish learn the sound of a healthy reef\n\nMay 2, 2031\n\n' +
      'Young reef fish swam towards recordings of healthy reefs, biologists\nreport in the journal Reef Biology.\n\n' +
      'Link to paper: the following link goes live when the embargo lifts, doi/ 10.  5555/ reef/ rfx031\n';
    expect(recordOf(text).articles.map((a) => a.doi)).toEqual(['10.5555/reef/rfx031']);
  });

  it('still finds no DOI in "version 10.  1093 of the model"', () => {
    expect(findDois('We used version 10.  1093 of the model.')).toEqual([]);
  });
});
