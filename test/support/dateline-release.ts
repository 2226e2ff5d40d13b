/**
 * One invented release around a dateline line, and the checks the dateline rounds make on it:
 * the line's place and date are read, and the headline, paper, quote and contact stay whole.
 * @packageDocumentation
 */
import { expect } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './invented.js';

/** The parts of an invented Markdown release, and what each must give. */
export interface DatelineRelease {
  headline: string;
  /** The lead after the dateline's dash, with the paper's DOI in it. */
  body: string;
  doi: string;
  /** A quote paragraph, its speaker and the first 24 characters of its words. */
  quote: string;
  speaker: [string, string];
  /** A contact block and the [name, email, phone] it gives. */
  contact: string;
  contacts: Array<[string, string, string]>;
}

/** Checks that "`line` – lead" under the release's heading gives `place` and `date`, and leaves the other fields as the release prints them. */
export function expectDatelineRead(release: DatelineRelease, line: string, place: string, date: string): void {
  const text = `# ${release.headline}\n\n${line} – ${release.body}\n\n${release.quote}\n\n${release.contact}`;
  const r = recordOf(text, 'md').release;
  expect(r.headline).toBe(release.headline);
  expect(r.dateline).toBe(place);
  expect(r.datePublished).toBe(date);
  expect(articlesOf(text, 'md')[0]?.doi).toBe(release.doi);
  expect(speakersOf(text)).toEqual([release.speaker]);
  expect(contactsOf(text)).toEqual(release.contacts);
}
