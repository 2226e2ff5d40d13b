/**
 * citation-js as one unit: the core with the BibTeX and RIS plugins registered in it, and the
 * BibTeX plugin's character tables. The plugins add themselves to the core they import, so the
 * three must load together; {@link loadCitationJs} imports this module only when BibTeX, RIS or
 * CSL output is asked for (in the CommonJS bundle it is a script of its own, with its own code
 * cache, so that other formats never read it).
 * @packageDocumentation
 */
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

/** The citation-js core, with the BibTeX and RIS plugins registered. */
export * as core from '@citation-js/core';
/** The BibTeX plugin's tables of LaTeX commands, diacritics and ligatures. */
export * as bibtexConstants from '@citation-js/plugin-bibtex/lib/input/constants.js';
