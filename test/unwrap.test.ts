import { describe, expect, it } from 'vitest';
import { unwrapLines, wrapWidth } from '../src/parse/unwrap.js';
import { recordOf } from './support/invented.js';

/** An invented release, hard-wrapped at 70 columns as an e-mailed release is. */
const WRAPPED = [
  'Coastal kelp forests recover faster when sea otters return',
  '',
  'SANTA CRUZ, Calif. (March 4, 2031) -- Kelp forests along a stretch of',
  'the central coast grew back within six years of sea otters returning,',
  'according to a study published today in the journal Marine Ecology',
  'Progress Series by researchers at the University of California.',
  '',
  '"We watched the urchin barrens turn back into forest once the otters',
  'started eating the urchins again, and it happened far faster than any',
  'of us expected," said Dr. Priya Raman, the study\'s lead author.',
  '',
  'The team surveyed 42 sites every spring from 2024 to 2030 and counted',
  'urchins, otters and kelp stipes along fixed transects on each site.',
  '',
  'Media contact:',
  'Tomas Lindqvist',
  'tlindqvist@example.edu',
  '+1 831 555 0142',
  '',
].join('\n');

describe('hard-wrapped plain text', () => {
  it('finds the width the lines were wrapped at: the longest of the lines that run on', () => {
    expect(wrapWidth(WRAPPED.split('\n'))).toBe(69);
  });

  it('joins the lines of a paragraph and keeps every offset', () => {
    const out = unwrapLines(WRAPPED);
    expect(out.length).toBe(WRAPPED.length);
    expect(out).toContain('within six years of sea otters returning, according to a study published today');
    expect(out).toContain('"We watched the urchin barrens turn back into forest once the otters started eating');
  });

  it('keeps a contact block on its lines', () => {
    expect(unwrapLines(WRAPPED)).toContain('Media contact:\nTomas Lindqvist\ntlindqvist@example.edu\n+1 831 555 0142');
  });

  it.each([
    ['a release with one paragraph per line', 'Headline\n\n' + 'A long paragraph that runs on and on. '.repeat(8) + '\n\nAnother one. '.repeat(6)],
    ['a short contact block', 'Contact:\nJane Doe\njane@example.org\n+1 555 0100\n'],
  ])('leaves %s as it is', (_name, text) => {
    expect(unwrapLines(text)).toBe(text);
  });

  it('reads the quote, its speaker, the journal and the contact of a wrapped release', () => {
    const record = recordOf(WRAPPED);
    expect(record.quotes[0]?.speaker).toBe('Priya Raman');
    expect(record.quotes[0]?.text).toContain('once the otters started eating the urchins again');
    expect(record.articles[0]?.journal).toBe('Marine Ecology Progress Series');
    expect(record.release.dateline).toBe('SANTA CRUZ, Calif.');
    expect(record.contacts[0]).toMatchObject({ name: 'Tomas Lindqvist', email: 'tlindqvist@example.edu' });
  });

  it('joins no line to a code fence or an HTML block after it', () => {
    const tail = '```\nnpm install kelp\n```\n<div class="note">Kelp</div>\n';
    const text = WRAPPED.replace('urchins, otters and kelp stipes along fixed transects on each site.\n', 'urchins, otters and kelp stipes along fixed transects on each site.\n' + tail);
    expect(unwrapLines(text)).toContain('on each site.\n```\nnpm install kelp\n```\n<div');
  });

  it('keeps a Markdown front matter and hard line breaks', () => {
    const front = '---\ntitle: "Coastal kelp forests recover faster when sea otters return to the bay"\ndate: 2031-03-04\n---\n';
    const hard = 'University of California, Santa Cruz, Office of Research Communications  \nSanta Cruz, California\n';
    const text = front + '\n' + WRAPPED + '\n' + hard;
    const out = unwrapLines(text);
    expect(out.startsWith(front)).toBe(true);
    expect(out.endsWith(hard)).toBe(true);
    expect(out).toContain('within six years of sea otters returning, according to');
  });

  it('reads a wrapped Markdown release as the same release', () => {
    const record = recordOf(WRAPPED.replace(/^Coastal/, '# Coastal'), 'md');
    expect(record.release.headline).toBe('Coastal kelp forests recover faster when sea otters return');
    expect(record.quotes[0]?.text).toContain('once the otters started eating the urchins again');
    expect(record.contacts[0]).toMatchObject({ name: 'Tomas Lindqvist', email: 'tlindqvist@example.edu' });
  });

  it('prints a title joined over a trailing space with one space', () => {
    const lines = [
      'EMBARGOED FOR RELEASE UNTIL 9:00 A.M. ET, MONDAY, MAY 5, 2031',
      'Meeting: Annual Conference of the Society for Coastal Bird Research and ',
      'Conservation',
      'Abstract: "White street lighting advances the onset of dawn song in ',
      'urban blackbirds" (Poster 87)',
      '',
      'City blackbirds start to sing earlier under white street lights',
      '',
      'Blackbirds under white street lights began their dawn song forty minutes ',
      'earlier than birds under the old orange lamps, according to a poster ',
      'presented today at the annual conference by researchers who recorded ',
      'the songs of 120 territories in four cities over three springs. ',
      'The birds in the brightest streets sang earliest of all, the team found. ',
      '',
    ].join('\n');
    expect(recordOf(lines).articles[0]?.title).toBe('White street lighting advances the onset of dawn song in urban blackbirds');
  });

  it.each([
    ['a long heading whose next line goes on in lower case is joined', '## Kelp forests along the central coast grew back within six years of', 'sea otters returning, a survey finds', true],
    ['a short heading is never joined', '## Background', 'otters were hunted out of the bay by 1900.', false],
    ['a long heading before a capitalised line is not joined', '## Kelp forests along the central coast grew back within six years, a', 'Survey finds.', false],
  ])('%s', (_name, heading, next, joined) => {
    const text = ['# Otters and kelp', '', heading, next, '', WRAPPED].join('\n');
    const out = unwrapLines(text);
    expect(out).toHaveLength(text.length);
    expect(out.includes(`${heading} ${next}`)).toBe(joined);
  });
});
