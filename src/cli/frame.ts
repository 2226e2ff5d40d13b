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

/** Builds the framer for `format` in `mode`. */
export function framer(format: OutputFormat, mode: FrameMode, options: FrameOptions): Framer {
  const emit = emitters[format];
  const emitOne = async (record: PressRecord, warn: (m: string) => void): Promise<string> =>
    await emit([record], { html: options.html, provenance: options.provenance, warn });
  const keys = new KeyRegistry();
  const plain: Framer = { head: () => '', item: emitOne, tail: () => '' };
  if (format === 'bibtex' || format === 'ris') {
    const fix = format === 'bibtex' ? uniqueBibtexKeys : uniqueRisIds;
    let first = true;
    return {
      head: () => '',
      item: async (record, warn) => {
        const text = fix(await emitOne(record, warn), keys);
        if (!text.trim() || mode === 'files') return text;
        const sep = first ? '' : '\n';
        first = false;
        return sep + text.replace(/^\n+/, '').replace(/\n*$/, '\n');
      },
      tail: () => '',
    };
  }
  if (mode !== 'many') return plain;
  if (format === 'ndjson') return plain;
  if (format === 'jsonld') {
    if (options.html) return plain;
    return {
      head: () => '',
      item: async (record, warn) => escapeLineBreaks(JSON.stringify(JSON.parse(await emitOne(record, warn)))) + '\n',
      tail: () => '',
    };
  }
  // json and csl: one array, items streamed with their commas.
  let count = 0;
  return {
    head: () => '[',
    item: async (record, warn) => {
      const text = await emitOne(record, warn);
      const items: unknown[] = format === 'csl' ? (JSON.parse(text) as unknown[]).map((it) => uniqueCslId(it, keys)) : [JSON.parse(text)];
      let out = '';
      for (const it of items) out += (count++ === 0 ? '\n' : ',\n') + indent(JSON.stringify(it, null, 2), '  ');
      return out;
    },
    tail: () => (count ? '\n]\n' : ']\n'),
  };
}
