/**
 * schema.org JSON-LD: one NewsArticle per release, citing one ScholarlyArticle per paper, with
 * its quotes as Quotations, its media contacts as ContactPoints of the issuing Organization,
 * and the embargo under the `pr2meta:` vocabulary declared in the context.
 * @packageDocumentation
 */
import type { Article, Contact, PressRecord, Quote } from '../types.js';
import { doiUrl, oneLine } from './csl.js';
import { wrapScript } from './html-script.js';
import type { Emitter } from './types.js';

/** A JSON-LD node object. */
export type JsonLdNode = { [key: string]: JsonLdValue };
/** A JSON-LD value. */
export type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];

/** The IRI of pr2meta's own terms (the embargo has no schema.org property). */
export const PR2META_NS = 'https://pr2meta.dev/ns#';

/**
 * The `@context` of every document: schema.org as the vocabulary, plus the `pr2meta` and
 * `xsd` prefixes and the `pr2meta:embargo` term, typed `xsd:dateTime` (a date-only embargo
 * carries its own `xsd:date` value object).
 */
export const JSONLD_CONTEXT: JsonLdValue = [
  'https://schema.org',
  {
    pr2meta: PR2META_NS,
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    'pr2meta:embargo': { '@type': 'xsd:dateTime' },
  },
];

/** Sets `key` on `node` when `value` is a non-empty string (white space collapsed). */
function put(node: JsonLdNode, key: string, value: string | null | undefined): void {
  const text = value == null ? '' : oneLine(value);
  if (text) node[key] = text;
}

/**
 * The embargo as an xsd value: a `dateTime` (seconds added when missing) or a `date`; null
 * when the text is neither.
 */
export function embargoValue(embargo: string): JsonLdNode | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(embargo.trim());
  if (!m) return null;
  const [, date, time, seconds, zone] = m;
  if (!time) return { '@type': 'xsd:date', '@value': date! };
  return { '@type': 'xsd:dateTime', '@value': `${date}T${time}${seconds ?? ':00'}${zone ?? ''}` };
}

/** Words that make a role a job rather than an organisation. */
const JOB_WORD =
  /\b(?:professor|lecturer|reader|director|head|chair|chairman|chairwoman|dean|provost|president|chancellor|editor|author|co-?author|researcher|scientist|investigator|fellow|student|candidate|postdoc\w*|officer|manager|leader|lead|chief|ceo|cfo|cto|founder|member|physician|surgeon|doctor|nurse|clinician|psychiatrist|psychologist|specialist|consultant|engineer|analyst|curator|coordinator|associate|assistant|adviser|advisor|spokes\w+|secretary|minister|expert|partner|trustee|instructor|resident)\b/i;
/** Words that make a role an organisation's name. */
const ORG_WORD =
  /\b(?:university|universit\w+|institute|institut|college|school|hospital|clinic|centre|center|foundation|society|association|academy|laboratory|laboratories|lab|agency|council|department|ministry|museum|trust|inc|ltd|llc|gmbh|corporation|company|group|consortium|network|service|observatory|journal)\b/i;

/** The longest role {@link splitRole} tries to split. */
const ROLE_SCAN = 300;

/** A role split for schema.org: a job title, and the organisation the person is affiliated with. */
export interface RoleParts {
  jobTitle: string | null;
  affiliation: string | null;
}

/**
 * Splits a speaker's role: an organisation alone ("Dalhousie Ocean Institute") is the
 * affiliation; "professor of X at Y" is the job title "professor of X" at the affiliation "Y";
 * anything else is the job title.
 */
export function splitRole(role: string): RoleParts {
  const text = oneLine(role).replace(/^(?:of|from|at)\s+(?:the\s+)?/i, '');
  if (!text) return { jobTitle: null, affiliation: null };
  // A role is a phrase: anything longer is kept whole rather than scanned.
  if (text.length > ROLE_SCAN) return { jobTitle: text, affiliation: null };
  if (ORG_WORD.test(text) && !JOB_WORD.test(text)) return { jobTitle: null, affiliation: text };
  const at = text.search(/\s(?:at|with)\s+(?:the\s+)?\p{Lu}/u);
  if (at > 0) {
    const affiliation = text.slice(at).replace(/^\s(?:at|with)\s+(?:the\s+)?/, '').trim();
    const jobTitle = text.slice(0, at).replace(/[\s,]+$/, '');
    if (jobTitle && affiliation) return { jobTitle, affiliation };
  }
  return { jobTitle: text, affiliation: null };
}

/** A paper as a ScholarlyArticle, its journal as PublicationIssue → PublicationVolume → Periodical. */
export function articleToJsonld(article: Article): JsonLdNode {
  const node: JsonLdNode = { '@type': 'ScholarlyArticle' };
  const doi = article.doi ? oneLine(article.doi) : '';
  if (doi) {
    node['@id'] = doiUrl(doi);
    node.identifier = { '@type': 'PropertyValue', propertyID: 'DOI', value: doi };
  }
  put(node, 'name', article.title);
  put(node, 'headline', article.title);
  const authors = article.authors
    .filter((p) => oneLine(p.family))
    .map((p) => {
      const person: JsonLdNode = { '@type': 'Person' };
      put(person, 'givenName', p.given);
      put(person, 'familyName', p.family);
      put(person, 'name', [p.given, p.family].filter(Boolean).join(' '));
      return person;
    });
  if (authors.length) node.author = authors;
  if (article.year !== null) node.datePublished = String(article.year);
  put(node, 'pagination', article.pages);
  if (!doi) put(node, 'url', article.url);
  // Only the levels that are printed, innermost first, each part of the next.
  const levels: JsonLdNode[] = [];
  const issue = article.issue ? oneLine(article.issue) : '';
  const volume = article.volume ? oneLine(article.volume) : '';
  const journal = article.journal ? oneLine(article.journal) : '';
  if (issue) levels.push({ '@type': 'PublicationIssue', issueNumber: issue });
  if (volume) levels.push({ '@type': 'PublicationVolume', volumeNumber: volume });
  if (journal) levels.push({ '@type': 'Periodical', name: journal });
  levels.forEach((level, i) => {
    const parent = levels[i + 1];
    if (parent) level.isPartOf = parent;
  });
  if (levels[0]) node.isPartOf = levels[0];
  return node;
}

/** A quote as a Quotation whose creator is the speaker (with job title or affiliation). */
export function quoteToJsonld(quote: Quote): JsonLdNode {
  const node: JsonLdNode = { '@type': 'Quotation' };
  put(node, 'text', quote.text);
  if (quote.speaker && oneLine(quote.speaker)) {
    const person: JsonLdNode = { '@type': 'Person', name: oneLine(quote.speaker) };
    if (quote.role) {
      const { jobTitle, affiliation } = splitRole(quote.role);
      put(person, 'jobTitle', jobTitle);
      if (affiliation) person.affiliation = { '@type': 'Organization', name: affiliation };
    }
    node.creator = person;
  }
  return node;
}

/** A media contact as a ContactPoint of type "media relations". */
export function contactToJsonld(contact: Contact): JsonLdNode {
  const node: JsonLdNode = { '@type': 'ContactPoint', contactType: 'media relations' };
  put(node, 'name', contact.name);
  put(node, 'description', contact.role);
  put(node, 'email', contact.email);
  put(node, 'telephone', contact.phoneE164 || contact.phone);
  return node;
}

/**
 * The issuing organisations with their contact points: one Organization per organisation the
 * contacts name, in order; contacts naming none join the first (an unnamed one when none is named).
 */
export function publishersToJsonld(contacts: readonly Contact[]): JsonLdNode[] {
  const orgs = new Map<string, JsonLdNode[]>();
  const loose: JsonLdNode[] = [];
  for (const contact of contacts) {
    const point = contactToJsonld(contact);
    const org = contact.organization ? oneLine(contact.organization) : '';
    if (!org) loose.push(point);
    else orgs.set(org, [...(orgs.get(org) ?? []), point]);
  }
  const nodes: JsonLdNode[] = [...orgs].map(([name, points]) => ({ '@type': 'Organization', name, contactPoint: points }));
  if (loose.length) {
    const first = nodes[0];
    if (first) first.contactPoint = [...(first.contactPoint as JsonLdNode[]), ...loose];
    else nodes.push({ '@type': 'Organization', contactPoint: loose });
  }
  return nodes;
}

/** One record as a NewsArticle node (without `@context`). */
export function recordToJsonld(record: PressRecord): JsonLdNode {
  const { release } = record;
  const node: JsonLdNode = { '@type': 'NewsArticle' };
  put(node, 'headline', release.headline);
  put(node, 'alternativeHeadline', release.subheadline);
  put(node, 'datePublished', release.datePublished);
  put(node, 'dateline', release.dateline);
  if (record.source && /^https?:\/\//i.test(record.source)) node.url = record.source;
  if (release.embargo) {
    const value = embargoValue(release.embargo);
    node['pr2meta:embargo'] = value ?? { '@value': oneLine(release.embargo) };
    if (release.embargoDetail?.text) put(node, 'pr2meta:embargoText', release.embargoDetail.text);
  }
  const publishers = publishersToJsonld(record.contacts);
  if (publishers.length) node.publisher = publishers.length === 1 ? publishers[0]! : publishers;
  if (record.articles.length) node.citation = record.articles.map(articleToJsonld);
  const quotes = record.quotes.filter((q) => oneLine(q.text));
  if (quotes.length) node.hasPart = quotes.map(quoteToJsonld);
  return node;
}

/** The records as one JSON-LD document: the context, and a `@graph` of one NewsArticle per record. */
export function recordsToJsonld(records: readonly PressRecord[]): JsonLdNode {
  return { '@context': JSONLD_CONTEXT, '@graph': records.map(recordToJsonld) };
}

/**
 * The records as one pretty JSON-LD document (several records share one `@graph`), or with
 * `options.html` the same document inside a `<script type="application/ld+json">` element.
 */
export const emitJsonld: Emitter = (records, options) => {
  const json = JSON.stringify(recordsToJsonld(records), null, 2);
  return (options.html ? wrapScript(json) : json) + '\n';
};
