/**
 * The paper a web page describes in its Highwire `citation_*` metas (`citation_title`, one
 * `citation_author` each, `citation_journal_title`, `citation_doi`, volume, issue, pages, date).
 * @packageDocumentation
 */
import type { Article, Person } from '../../types.js';
import { splitName } from '../../text/names.js';
import { findDois } from './doi.js';
import { cleanJournal } from './journal.js';

/** The fields of a paper that a page's citation metas give (an article without its link); each null (or empty) when absent. */
export type PageCitation = Omit<Article, 'url'>;

/** A group author ("Wadden Coast Monitoring Group", "the X Investigators"): it names no person. */
const GROUP_AUTHOR = /\s(?:Investigators|Group|Consortium|Collaborators|Collaboration|Network|Team|Committee|Initiative|Alliance)$/u;
const YEAR = /\b((?:19|20)\d{2})\b/;
const NUMBER = /^[\p{L}\d.-]{1,12}$/u;

/** A short meta value, trimmed, else null. */
function value(meta: Readonly<Record<string, string>>, key: string, max = 500): string | null {
  const v = meta[key]?.replace(/\s+/g, ' ').trim();
  return v && v.length <= max ? v : null;
}

/** Reads the paper from a page's `citation_*` metas; null when the page names no paper (no title and no DOI). */
export function readPageCitation(meta: Readonly<Record<string, string>>): PageCitation | null {
  if (!('citation_title' in meta) && !('citation_doi' in meta)) return null;
  const rawDoi = value(meta, 'citation_doi');
  const doi = rawDoi ? (findDois(rawDoi.startsWith('10.') ? `doi:${rawDoi}` : rawDoi)[0]?.doi ?? null) : null;
  const title = value(meta, 'citation_title');
  if (!doi && !title) return null;
  const authors: Person[] = [];
  for (const line of (meta['citation_author'] ?? '').split('\n', 200)) {
    const p = line.trim() && !GROUP_AUTHOR.test(line.trim()) ? splitName(line.trim()) : null;
    if (p && !authors.some((a) => a.family === p.family && a.given === p.given)) authors.push(p);
  }
  const journalRaw = value(meta, 'citation_journal_title', 200) ?? value(meta, 'citation_conference_title', 200);
  const first = value(meta, 'citation_firstpage', 20);
  const last = value(meta, 'citation_lastpage', 20);
  const volume = value(meta, 'citation_volume', 20);
  const issue = value(meta, 'citation_issue', 20);
  const date = value(meta, 'citation_publication_date', 40) ?? value(meta, 'citation_date', 40) ?? value(meta, 'citation_online_date', 40);
  const y = date ? YEAR.exec(date) : null;
  return {
    doi,
    title: title ? title.replace(/[.]$/, '') : null,
    authors,
    journal: journalRaw ? cleanJournal(journalRaw) : null,
    volume: volume && NUMBER.test(volume) ? volume : null,
    issue: issue && NUMBER.test(issue) ? issue : null,
    pages: first && NUMBER.test(first) ? (last && NUMBER.test(last) && last !== first ? `${first}-${last}` : first) : null,
    year: y ? Number(y[1]) : null,
  };
}
