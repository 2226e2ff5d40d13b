/**
 * The papers a release reports on: DOI, title, authors, journal, volume, issue, pages, year.
 * @packageDocumentation
 */
import type { Extractor } from '../extract/runner.js';

/** Fills `record.articles`. */
export const articles: Extractor = {
  id: 'articles',
  description: 'The papers the release reports on, with DOI, title, authors, journal, volume, issue, pages and year.',
  run() {},
};
