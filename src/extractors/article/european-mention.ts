/**
 * Publication sentences of French, German, Spanish, Italian, Portuguese, Swedish, Danish,
 * Norwegian, Dutch and Polish releases ("parue dans la revue X", "in der Fachzeitschrift X",
 * "publicado en la revista X", "pubblicato sulla rivista X", "publicado na revista X", "se
 * publicó esta semana en la revista científica X", "verscheen in het vakblad X"), and of Indonesian ones ("dipublikasikan di
 * jurnal X", "diterbitkan dalam jurnal X", or "di jurnal X" right after a paper's quoted title): the journal
 * named right after the phrase.
 * @packageDocumentation
 */
import type { Block } from '../../types.js';
import { readJournalName, withSection } from './journal.js';
import type { Mention } from './mention.js';

/** A European phrase of publication that ends where the journal's name begins. */
const EUROPEAN_PUBLISHED =
  /(?<![\p{L}])(?:(?:publi[ée]e?s?|parue?s?)\s{1,3}(?:aujourd['’]hui\s{1,3})?dans\s{1,3}(?:la\s{1,3}revue|le\s{1,3}journal)|(?:erschienen|ver[öo]ffentlicht)?\s{0,3}in\s{1,3}der\s{1,3}(?:Fach)?[Zz]eitschrift|im\s{1,3}Fachjournal|(?:publicad[oa]s?|(?:se\s{1,3})?public[óo]|apareci[óo])\s{1,3}(?:(?:hoy|hoje|ayer|ontem|recientemente|recentemente|esta\s{1,3}semana|este\s{1,3}mes|este\s{1,3}m[eê]s)\s{1,3})?(?:en\s{1,3}la\s{1,3}revista|na\s{1,3}revista)(?:\s{1,3}cient[íi]fica|\s{1,3}especializada)?|pubblicat[oaie]\s{1,3}(?:oggi\s{1,3})?(?:sulla|nella)\s{1,3}rivista|(?:publicera(?:d|de|ts|s)|publiceret|publisert|gepubliceerd|verschenen|verscheen)\s{1,3}(?:i|in)\s{1,3}(?:het\s{1,3})?(?:vetenskapliga\s{1,3})?(?:tidskriften|tidsskriftet|(?:vak)?tijdschrift|vakblad)|opublikowan[aeyo]\s{1,3}w\s{1,3}czasopi[śs]mie|(?<=[”"]\s{1,3})(?:di|dalam|pada)\s{1,3}jurnal(?:\s{1,3}ilmiah|\s{1,3}internasional)?(?=\s{1,3}\p{Lu})|(?:di)?(?:publikasikan|terbitkan)\s{1,3}(?:di|dalam|pada)\s{1,3}jurnal(?:\s{1,3}ilmiah|\s{1,3}internasional)?)\s{1,3}(?=\p{Lu})/gu;

/**
 * A Spanish, Portuguese, French, German or Italian verb of publication and its preposition, with
 * no word for "journal" after it ("se publicó en *X*", "fue publicado en *X*", "parue dans *X*"):
 * read only when the journal's name right after it is set in italics or bold.
 */
const PUBLISHED_IN_ABROAD =
  /(?<![\p{L}])(?:publicad[oa]s?|(?:se\s{1,3})?public[óo]|apareci[óo]|publi[ée]e?s?|parue?s?|ver[öo]ffentlicht|erschienen|pubblicat[oaie])\s{1,3}(?:(?:hoy|hoje|ayer|ontem|aujourd['’]hui|heute|oggi|recientemente|recentemente|esta\s{1,3}semana)\s{1,3})?(?:en|na|no|dans|in|su|sulla|nella)\s{1,3}(?=\p{Lu})/gu;

/** The journals that European publication phrases name in one block of prose, as published mentions. */
export function europeanMentions(block: Block): Mention[] {
  const text = block.text;
  const out: Mention[] = [];
  // Every phrase holds one of these words for a journal; else only a journal in italics may follow a verb.
  if (!/revue|eitschrift|journal|revista|rivista|tidskrift|tidsskrift|tijdschrift|vakblad|czasopi|jurnal/.test(text)) return block.emphasis.length ? italicMentions(block) : out;
  EUROPEAN_PUBLISHED.lastIndex = 0;
  for (let m = EUROPEAN_PUBLISHED.exec(text); m && out.length < 5; m = EUROPEAN_PUBLISHED.exec(text)) {
    const at = m.index + m[0].length;
    const read = readJournalName(text.slice(at, at + 200));
    // "… di jurnal Sensors and Actuators B: Chemical dengan judul …": a section's name after the colon.
    const full = read ? withSection(read.name, text.slice(at + read.length, at + read.length + 160)) : null;
    if (read) out.push({ journal: full ? full.name : read.name, kind: 'published', count: 1, year: null, today: TODAY_ABROAD.test(m[0]), weak: false, block, index: at });
  }
  return out.length || !block.emphasis.length ? out : italicMentions(block);
}

/** Words of "today" or "this week" in the European phrases. */
const TODAY_ABROAD = /aujourd|\bhoy\b|\bhoje\b|\boggi\b|\bheute\b|\besta\s{1,3}semana\b/i;

/** The journals set in italics or bold right after a European verb of publication ({@link PUBLISHED_IN_ABROAD}). */
function italicMentions(block: Block): Mention[] {
  const text = block.text;
  const out: Mention[] = [];
  PUBLISHED_IN_ABROAD.lastIndex = 0;
  for (let m = PUBLISHED_IN_ABROAD.exec(text); m && out.length < 5; m = PUBLISHED_IN_ABROAD.exec(text)) {
    const at = m.index + m[0].length;
    const span = block.emphasis.find((e) => e.length <= 150 && text.startsWith(e, at));
    const read = span ? readJournalName(span) : null;
    if (read && read.length >= span!.trim().length - 1) out.push({ journal: read.name, kind: 'published', count: 1, year: null, today: TODAY_ABROAD.test(m[0]), weak: false, block, index: at });
  }
  return out;
}
