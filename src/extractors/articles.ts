/**
 * The papers a release reports on: DOI, title, authors, journal, volume, issue, pages, year.
 * @packageDocumentation
 */
import type { Extractor } from '../extract/runner.js';
import type { Article } from '../types.js';
import { assembleArticles } from './article/assemble.js';

const FIELDS: ReadonlyArray<keyof Article> = ['doi', 'title', 'authors', 'journal', 'volume', 'issue', 'pages', 'year', 'url'];

/** A run of two spaces or more, as joining a hard-wrapped line after a trailing space leaves it. */
const SPACES = / {2,}/g;

/** `text` with every run of spaces as one space; null stays null. */
const oneSpace = (text: string | null): string | null => (text && text.includes('  ') ? text.replace(SPACES, ' ') : text);

/** Fills `record.articles`, with the provenance of every value, and warns when no DOI is printed. */
export const articles: Extractor = {
  id: 'articles',
  description: 'The papers the release reports on, with DOI, title, authors, journal, volume, issue, pages and year.',
  run(ctx) {
    const drafts = assembleArticles(ctx.doc, ctx.record.release.datePublished);
    ctx.record.articles = drafts.map((d) => {
      const a = d.article;
      return {
        doi: a.doi,
        title: oneSpace(a.title),
        authors: a.authors,
        journal: oneSpace(a.journal),
        volume: a.volume,
        issue: a.issue,
        pages: a.pages,
        year: a.year,
        ...(a.url ? { url: a.url } : {}),
      };
    });
    drafts.forEach((d, i) => {
      for (const f of FIELDS) {
        const src = d.sources[f];
        if (src) ctx.prove(`articles[${i}].${f}`, src.strategy, src.offset);
      }
    });
    if (!drafts.some((d) => d.article.doi)) {
      const what = drafts.length ? `for ${drafts.length === 1 ? 'the paper' : `the ${drafts.length} papers`}` : 'in the release';
      ctx.report(`Missing DOI ${what}, expected doi:10.xxxx/… , DOI 10.xxxx/…, a https://doi.org/ or dx.doi.org link, or a publisher URL that contains the DOI`, undefined, 'warning');
    }
  },
};
