/**
 * The extraction runner: extractors in a fixed order over one parsed release, each message
 * stamped with the extractor's id, each value with its provenance.
 * @packageDocumentation
 */
import type { PressRecord, Provenance, ReleaseDocument } from '../types.js';

/** A diagnostic's severity, as vfile spells them. */
export type Severity = 'info' | 'warning' | 'error';

/** What an extractor sees: the parsed release, the record so far, and ways to report. */
export interface ExtractContext {
  doc: ReleaseDocument;
  /** The record being filled; later extractors read what earlier ones wrote. */
  record: PressRecord;
  /** Records where the value at `path` (`articles[0].doi`) came from. */
  prove(path: string, strategy: string, offset?: number): void;
  /** Reports a problem at `offset`; the runner stamps the extractor's id as `ruleId`. */
  report(reason: string, offset?: number, severity?: Severity): void;
}

/** One module of the extraction: fills part of the record. */
export interface Extractor {
  /** Stable id, used as `ruleId` on its messages and as the provenance prefix. */
  id: string;
  /** One line on what it fills. */
  description: string;
  run(ctx: ExtractContext): void;
}

/** A value a strategy found, with the offset of its evidence in the input. */
export interface Hit<T> {
  value: T;
  offset?: number;
}

/** A named way of finding a value; strategies are tried in order. */
export interface Strategy<T> {
  name: string;
  find(ctx: ExtractContext): Hit<T> | undefined;
}

/** The winning hit of {@link firstValid}, with the name of the strategy that found it. */
export interface Win<T> extends Hit<T> {
  strategy: string;
}

/**
 * Tries `strategies` in order and returns the first hit that `validate` accepts, as
 * metascraper does; a rejected hit falls through to the next strategy.
 */
export function firstValid<T>(
  ctx: ExtractContext,
  strategies: readonly Strategy<T>[],
  validate: (value: T, ctx: ExtractContext) => boolean = () => true,
): Win<T> | undefined {
  for (const s of strategies) {
    const hit = s.find(ctx);
    if (hit !== undefined && hit.value !== null && validate(hit.value, ctx)) return { ...hit, strategy: s.name };
  }
  return undefined;
}

/** A record with every field empty. */
export function emptyRecord(source: string | null): PressRecord {
  return {
    source,
    release: { headline: null, subheadline: null, datePublished: null, dateline: null, embargo: null },
    articles: [],
    quotes: [],
    contacts: [],
    provenance: {},
  };
}

/** Runs `extractors` in order over `doc` and returns the record; an extractor that throws becomes a warning. */
export function runExtractors(doc: ReleaseDocument, extractors: readonly Extractor[]): PressRecord {
  const record = emptyRecord(doc.file.path ?? null);
  const provenance = record.provenance;
  for (const ex of extractors) {
    const prefix = `${ex.id}:`;
    const ctx: ExtractContext = {
      doc,
      record,
      prove(path, strategy, offset) {
        const entry: Provenance = { strategy: strategy.includes(':') ? strategy : prefix + strategy };
        if (offset !== undefined && offset >= 0) {
          const where = doc.pointAt(offset);
          entry.line = where.line;
          entry.column = where.column;
        }
        provenance[path] = entry;
      },
      report(reason, offset, severity = 'warning') {
        const place = offset === undefined || offset < 0 ? undefined : doc.pointAt(offset);
        const message = doc.file.message(reason, { place, ruleId: ex.id, source: 'pr2meta' });
        message.fatal = severity === 'error' ? true : severity === 'info' ? undefined : false;
      },
    };
    try {
      ex.run(ctx);
    } catch (error) {
      ctx.report(`Extractor ${ex.id} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return record;
}
