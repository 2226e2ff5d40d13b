/**
 * Multi-record framing: how one format's per-record outputs join into one stream
 * (JSON and CSL arrays with streamed brackets, NDJSON lines, BibTeX/RIS with unique keys).
 * @packageDocumentation
 */
import { emitters, type OutputFormat } from '../emit/index.js';
import type { PressRecord } from '../types.js';
import { escapeLineBreaks } from '../emit/json.js';

/** How records are laid out: one input as today, many into one stream, or one file each. */
export type FrameMode = 'single' | 'many' | 'files';

/** The emitter options a framer passes on. */
export interface FrameOptions {
  html?: boolean;
  provenance?: boolean;
}

/** Turns records into text pieces whose concatenation is the whole output. */
export interface Framer {
  /** Text before the first record (`[` for arrays). */
  head(): string;
  /** The text for one record, separators included. */
  item(record: PressRecord, warn: (message: string) => void): Promise<string>;
  /** The text for one record already emitted by {@link emitRecord} (in a worker), separators included. */
  wrap(emitted: string): string;
  /** Text after the last record (`]` for arrays). */
  tail(): string;
}

/** The file extension `--out-dir` gives each format. */
export const OUT_EXTENSIONS: Readonly<Record<OutputFormat, string>> = {
  json: '.json',
  ndjson: '.ndjson',
  jsonld: '.jsonld',
  csl: '.csl.json',
  bibtex: '.bib',
  ris: '.ris',
};

/** Indents every line of `text` by `pad` (JSON strings hold no raw newline, so this is safe). */
const indent = (text: string, pad: string): string =>
  text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');

/** Renames duplicate keys (`Key`, `Key-2`, `Key-3`...) across everything written so far. */
export class KeyRegistry {
  private readonly used = new Set<string>();

  /** A key not given out before: `key` itself the first time. */
  unique(key: string): string {
    let candidate = key;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) candidate = `${key}-${n}`;
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}

/** Gives every BibTeX entry in `text` a key unique in `keys`. */
export function uniqueBibtexKeys(text: string, keys: KeyRegistry): string {
  return text.replace(/^(@[A-Za-z]{1,40}[ \t]{0,10}\{[ \t]{0,10})([^,\s{}]{1,500})(?=[ \t]{0,10},)/gm, (_m, head: string, key: string) => head + keys.unique(key));
}

/** Gives every RIS `ID` line in `text` a value unique in `keys`. */
export function uniqueRisIds(text: string, keys: KeyRegistry): string {
  return text.replace(/^(ID {2}- )([^\r\n]{1,500})$/gm, (_m, head: string, id: string) => head + keys.unique(id.trim()));
}

/** Gives a CSL item an `id` (and `citation-key`) unique in `keys`, so one array never repeats an id. */
export function uniqueCslId(item: unknown, keys: KeyRegistry): unknown {
  if (item === null || typeof item !== 'object') return item;
  const csl = item as Record<string, unknown>;
  const key = typeof csl['citation-key'] === 'string' ? csl['citation-key'] : typeof csl['id'] === 'string' ? csl['id'] : undefined;
  if (key === undefined) return item;
  const unique = keys.unique(key);
  if (unique === key) return item;
  const out: Record<string, unknown> = { ...csl, id: unique };
  if ('citation-key' in csl) out['citation-key'] = unique;
  return out;
}

/** Emits one record in `format` alone, as the framer then joins it with the others. */
export async function emitRecord(format: OutputFormat, record: PressRecord, options: FrameOptions, warn: (m: string) => void): Promise<string> {
  return await emitters[format]([record], { html: options.html, provenance: options.provenance, warn });
}

/** A framer from the function that turns one emitted record into its piece of the stream. */
function fromWrap(format: OutputFormat, options: FrameOptions, wrap: (emitted: string) => string, head = (): string => '', tail = (): string => ''): Framer {
  return {
    head,
    item: async (record, warn) => wrap(await emitRecord(format, record, options, warn)),
    wrap,
    tail,
  };
}

/** Builds the framer for `format` in `mode`. */
export function framer(format: OutputFormat, mode: FrameMode, options: FrameOptions): Framer {
  const keys = new KeyRegistry();
  const plain = fromWrap(format, options, (text) => text);
  if (format === 'bibtex' || format === 'ris') {
    const fix = format === 'bibtex' ? uniqueBibtexKeys : uniqueRisIds;
    let first = true;
    return fromWrap(format, options, (emitted) => {
      const text = fix(emitted, keys);
      if (!text.trim() || mode === 'files') return text;
      const sep = first ? '' : '\n';
      first = false;
      return sep + text.replace(/^\n+/, '').replace(/\n*$/, '\n');
    });
  }
  if (mode !== 'many') return plain;
  if (format === 'ndjson') return plain;
  if (format === 'jsonld') {
    if (options.html) return plain;
    return fromWrap(format, options, (emitted) => escapeLineBreaks(JSON.stringify(JSON.parse(emitted))) + '\n');
  }
  // json and csl: one array, items streamed with their commas.
  let count = 0;
  return fromWrap(
    format,
    options,
    (emitted) => {
      const items: unknown[] = format === 'csl' ? (JSON.parse(emitted) as unknown[]).map((it) => uniqueCslId(it, keys)) : [JSON.parse(emitted)];
      let out = '';
      for (const it of items) out += (count++ === 0 ? '\n' : ',\n') + indent(JSON.stringify(it, null, 2), '  ');
      return out;
    },
    () => '[',
    () => (count ? '\n]\n' : ']\n'),
  );
}
