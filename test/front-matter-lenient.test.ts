import { describe, expect, it } from 'vitest';
import { simpleYaml } from '../src/parse/markdown.js';
import { recordOf } from './support/invented.js';

const body = '\n\nResearchers at the Northfield Institute report a new way to grow coral larvae in tanks.\n';

describe('front matter that is not valid YAML', () => {
  it('keeps a title wrapped onto an unindented line, and the date', () => {
    const text = `---\ndate: '2037-03-14T09:00:00+00:00'\ntitle: Coral larvae settle faster on reefs that sound like\nhealthy ones\n---${body}`;
    const release = recordOf(text, 'md').release;
    expect(release.headline).toBe('Coral larvae settle faster on reefs that sound like healthy ones');
    expect(release.datePublished).toBe('2037-03-14');
  });

  it('still reads valid YAML as YAML (a folded, indented title)', () => {
    const text = `---\ntitle: Coral larvae settle faster on reefs\n  that sound like healthy ones\ndate: 2037-03-14\n---${body}`;
    expect(recordOf(text, 'md').release.headline).toBe('Coral larvae settle faster on reefs that sound like healthy ones');
  });
});

describe('simpleYaml', () => {
  it.each([
    ['title: One\nline two\ndate: 2037-01-02', { title: 'One line two', date: '2037-01-02' }],
    ["title: 'Quoted: with a colon'", { title: 'Quoted: with a colon' }],
    ['tags:\n- coral\n- reef\ntitle: T', { title: 'T' }],
    ['title: A\n\nstray line', { title: 'A' }],
  ])('reads %j', (text, expected) => {
    expect(simpleYaml(text)).toEqual(expected);
  });
});
