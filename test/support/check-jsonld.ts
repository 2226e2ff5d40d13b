/**
 * A port of the project's JSON-LD checker (shared/eval/check-jsonld.mjs) for tests: every
 * `@type` must exist, every property must belong to a type of its node, and a typed value must
 * fit the property's range; full IRIs and `prefix:term` keys of other vocabularies are left alone.
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A schema.org vocabulary: type → supertypes, property → domains and ranges. */
export interface Vocabulary {
  types: Record<string, string[]>;
  properties: Record<string, { domains: string[]; ranges: string[]; supersededBy: string | null }>;
}

const DATATYPES = new Set(['Text', 'URL', 'Date', 'DateTime', 'Time', 'Number', 'Integer', 'Float', 'Boolean', 'DataType']);
const strip = (t: unknown): string => String(t).replace(/^(https?:\/\/schema\.org\/|schema:)/, '');
const foreign = (k: string): boolean => /^[a-z][\w-]*:/i.test(k) && !/^(https?:\/\/schema\.org\/|schema:)/.test(k);

/** The problems the checker finds in a JSON-LD document (empty when clean). */
export function checkJsonld(doc: unknown, vocab: Vocabulary, where = 'doc'): string[] {
  const supers = (t: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(t)) return seen;
    seen.add(t);
    for (const s of vocab.types[t] ?? []) supers(s, seen);
    return seen;
  };
  const isA = (t: string, want: string) => supers(t).has(want);
  const problems: string[] = [];
  const ctx = JSON.stringify((doc as Record<string, unknown> | null)?.['@context'] ?? '');
  if (!/schema\.org/.test(ctx)) problems.push(`${where}: @context does not name schema.org`);
  const visit = (node: unknown, path: string, expectRanges: string[] | null): void => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => visit(n, `${path}[${i}]`, expectRanges));
      return;
    }
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(record['@type'] ?? []).map(strip);
    for (const t of types) if (!(t in vocab.types) && !foreign(t)) problems.push(`${path}: unknown type ${t}`);
    if (types.length && expectRanges?.length) {
      const fits = types.some((t) => expectRanges.some((r) => r === 'Thing' || isA(t, r)));
      if (!fits) problems.push(`${path}: a ${types.join('/')} is not in the range of this property (${expectRanges.join(', ')})`);
    }
    for (const [key, value] of Object.entries(record)) {
      if (key.startsWith('@')) {
        if (key === '@graph') visit(value, `${path}.@graph`, null);
        continue;
      }
      if (foreign(key)) continue;
      const prop = vocab.properties[strip(key)];
      if (!prop) {
        problems.push(`${path}.${key}: unknown property`);
        continue;
      }
      if (prop.supersededBy) problems.push(`${path}.${key}: superseded by ${prop.supersededBy}`);
      if (types.length && !types.some((t) => foreign(t) || prop.domains.some((d) => isA(t, d)))) {
        problems.push(`${path}.${key}: not a property of ${types.join('/')} (domain: ${prop.domains.join(', ')})`);
      }
      const ranges = prop.ranges.filter((r) => !DATATYPES.has(r));
      visit(value, `${path}.${key}`, ranges.length ? ranges : null);
    }
  };
  visit(doc, where, null);
  return problems;
}

/** The full schema.org 30.0 vocabulary from `../shared/schemas` beside the repository, or null when absent. */
export function sharedVocabulary(): Vocabulary | null {
  const path = fileURLToPath(new URL('../../../shared/schemas/schemaorg-30.0-vocab.json', import.meta.url));
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Vocabulary) : null;
}

/**
 * The part of schema.org 30.0 that pr2meta's JSON-LD uses, written out by hand (and compared
 * with the full vocabulary when it is present), so the check runs without ../shared.
 */
export const LOCAL_VOCABULARY: Vocabulary = {
  types: {
    Thing: [],
    CreativeWork: ['Thing'],
    Article: ['CreativeWork'],
    NewsArticle: ['Article'],
    ScholarlyArticle: ['Article'],
    Quotation: ['CreativeWork'],
    PublicationIssue: ['CreativeWork'],
    PublicationVolume: ['CreativeWork'],
    CreativeWorkSeries: ['CreativeWork', 'Series'],
    Series: ['Intangible'],
    Periodical: ['CreativeWorkSeries'],
    Intangible: ['Thing'],
    StructuredValue: ['Intangible'],
    PropertyValue: ['StructuredValue'],
    ContactPoint: ['StructuredValue'],
    Person: ['Thing'],
    Organization: ['Thing'],
  },
  properties: {
    headline: { domains: ['CreativeWork'], ranges: ['Text'], supersededBy: null },
    alternativeHeadline: { domains: ['CreativeWork'], ranges: ['Text'], supersededBy: null },
    datePublished: { domains: ['Certification', 'CreativeWork'], ranges: ['Date', 'DateTime'], supersededBy: null },
    dateline: { domains: ['NewsArticle'], ranges: ['Text'], supersededBy: null },
    url: { domains: ['Thing'], ranges: ['URL'], supersededBy: null },
    publisher: { domains: ['CreativeWork', 'FinancialIncentive'], ranges: ['Organization', 'Person'], supersededBy: null },
    contactPoint: { domains: ['HealthInsurancePlan', 'Organization', 'Person'], ranges: ['ContactPoint'], supersededBy: null },
    contactType: { domains: ['ContactPoint'], ranges: ['Text'], supersededBy: null },
    name: { domains: ['Thing'], ranges: ['Text'], supersededBy: null },
    description: { domains: ['Thing'], ranges: ['Text', 'TextObject'], supersededBy: null },
    email: { domains: ['ContactPoint', 'Organization', 'Person'], ranges: ['Text'], supersededBy: null },
    telephone: { domains: ['ContactPoint', 'Organization', 'Person', 'Place'], ranges: ['Text'], supersededBy: null },
    citation: { domains: ['CreativeWork'], ranges: ['CreativeWork', 'Text'], supersededBy: null },
    identifier: { domains: ['Thing'], ranges: ['PropertyValue', 'Text', 'URL'], supersededBy: null },
    propertyID: { domains: ['PropertyValue'], ranges: ['Text', 'URL'], supersededBy: null },
    value: { domains: ['MonetaryAmount', 'PropertyValue', 'QuantitativeValue'], ranges: ['Boolean', 'Number', 'StructuredValue', 'Text'], supersededBy: null },
    author: { domains: ['CreativeWork', 'Rating'], ranges: ['Organization', 'Person'], supersededBy: null },
    givenName: { domains: ['Person'], ranges: ['Text'], supersededBy: null },
    familyName: { domains: ['Person'], ranges: ['Text'], supersededBy: null },
    pagination: { domains: ['Article', 'Chapter', 'PublicationIssue', 'PublicationVolume'], ranges: ['Text'], supersededBy: null },
    isPartOf: { domains: ['CreativeWork'], ranges: ['CreativeWork', 'URL'], supersededBy: null },
    issueNumber: { domains: ['PublicationIssue'], ranges: ['Integer', 'Text'], supersededBy: null },
    volumeNumber: { domains: ['PublicationVolume'], ranges: ['Integer', 'Text'], supersededBy: null },
    hasPart: { domains: ['CreativeWork'], ranges: ['CreativeWork'], supersededBy: null },
    text: { domains: ['CreativeWork'], ranges: ['Text'], supersededBy: null },
    creator: { domains: ['CreativeWork', 'UserComments'], ranges: ['Organization', 'Person'], supersededBy: null },
    jobTitle: { domains: ['Person'], ranges: ['DefinedTerm', 'Text'], supersededBy: null },
    affiliation: { domains: ['Person'], ranges: ['Organization'], supersededBy: null },
  },
};
