/**
 * Module declarations for citation-js 0.8, which ships no types: only the parts pr2meta uses.
 * @packageDocumentation
 */
declare module '@citation-js/core' {
  /** Options of `Cite#format`. */
  export interface FormatOptions {
    /** `text` (default), `html` or `object`. */
    format?: 'text' | 'html' | 'object';
    /** Output type for RIS and BibTeX: `string` or `object`. */
    type?: 'string' | 'object';
    /** RIS only: which RIS specification to follow. */
    spec?: 'new' | 'old' | 'mixed';
    /** Output format options of other plugins. */
    [option: string]: unknown;
  }

  /** A citation-js data collection: reads any registered input, formats to any registered output. */
  export class Cite {
    /** Parses `data` (CSL-JSON, BibTeX text, RIS text…) synchronously. */
    constructor(data?: unknown, options?: Record<string, unknown>);
    /** The items as CSL-JSON. */
    data: Array<Record<string, unknown>>;
    /** Formats the items, for example as `bibtex`, `biblatex` or `ris`. */
    format(format: string, options?: FormatOptions): string;
    /** Parses `data` asynchronously. */
    static async(data: unknown, options?: Record<string, unknown>): Promise<Cite>;
  }

  /** The plugin registry. */
  export const plugins: {
    config: { get(name: string): Record<string, unknown> | undefined };
    list(): string[];
  };

  /** citation-js's own logger (silent by default). */
  export const logger: { level: string; setLogLevel?(level: string): void };

  /** The package version. */
  export const version: string;

  /** `module.exports` of the CommonJS build: the only export bundlers (esbuild) keep. */
  const exported: { Cite: typeof Cite; plugins: typeof plugins; logger: typeof logger; version: string };
  export default exported;
}

declare module '@citation-js/plugin-bibtex' {}
declare module '@citation-js/plugin-ris' {}
declare module '@citation-js/plugin-csl' {}

declare module '@citation-js/plugin-bibtex/lib/input/constants.js' {
  /** LaTeX text commands → the character they stand for (`textdegree` → `°`). */
  export const commands: Record<string, string>;
  /** Accent commands → combining diacritics (`'` → U+0301). */
  export const diacritics: Record<string, string>;
  /** TeX ligatures → characters (`--` → `–`). */
  export const ligatures: Record<string, string>;
  /** Math commands → characters (`alpha` → `α`). */
  export const mathCommands: Record<string, string>;
  const exported: { commands: typeof commands; diacritics: typeof diacritics; ligatures: typeof ligatures; mathCommands: typeof mathCommands };
  export default exported;
}
