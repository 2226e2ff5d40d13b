/**
 * Publication sentences of French, German, Spanish, Italian, Portuguese, Swedish, Danish,
 * Norwegian, Dutch, Polish, Serbian, Croatian, Czech ("vyšla v časopise X") and Latvian releases ("publicēts žurnālā X") ("parue dans la revue X", "in der Fachzeitschrift X",
 * "publicado en la revista X", "se publicaron en la revista X", "objavljen je u časopisu X", "pubblicato sulla rivista X", "publicado na revista X", "se
 * publicó esta semana en la revista científica X", "verscheen in het vakblad X"), and of Indonesian ones ("dipublikasikan di
 * jurnal X", "diterbitkan dalam jurnal X", or "di jurnal X" right after a paper's quoted title), and of Turkish ones
 * ("“Title” başlığıyla X dergisinde yayımlandı", the journal before "dergisinde"): the journal
 * named right after the phrase.
 * @packageDocumentation
 */
import type { Block } from '../../types.js';
import { readJournalName, withSection } from './journal.js';
import { isPlaceName } from './place-name.js';
import type { Mention } from './mention.js';

/** A European phrase of publication that ends where the journal's name begins. */
const EUROPEAN_PUBLISHED =
  /(?<![\p{L}])(?:(?:publi[ée]e?s?|parue?s?|para(?:[îi]t|issent|[îi]tra|[îi]tront))\s{1,3}(?:aujourd['’]hui\s{1,3})?dans\s{1,3}(?:la\s{1,3}revue|le\s{1,3}journal)|(?:erschienen|ver[öo]ffentlicht)?\s{0,3}in\s{1,3}der\s{1,3}(?:Fach)?[Zz]eitschrift|im\s{1,3}Fachjournal|(?:publicad[oa]s?|(?:se\s{1,3})?public(?:[óo]|aron)|apareci(?:[óo]|eron))\s{1,3}(?:(?:hoy|hoje|ayer|ontem|recientemente|recentemente|esta\s{1,3}semana|este\s{1,3}mes|este\s{1,3}m[eê]s)\s{1,3})?(?:en\s{1,3}la\s{1,3}revista|na\s{1,3}revista)(?:\s{1,3}cient[íi]fica|\s{1,3}especializada)?|pubblicat[oaie]\s{1,3}(?:oggi\s{1,3})?(?:sulla|nella)\s{1,3}rivista|(?:publicera(?:d|de|ts|s)|publiceret|publisert|gepubliceerd|verschenen|verscheen)\s{1,3}(?:i|in)\s{1,3}(?:het\s{1,3})?(?:vetenskapliga\s{1,3})?(?:tidskriften|tidsskriftet|(?:vak)?tijdschrift|vakblad)|(?:publicera(?:d|de|ts|des)|publiceret|publisert)\s{1,3}i(?=\s{1,3}\p{Lu})|opublikowan[aeyo]\s{1,3}w\s{1,3}czasopi[śs]mie|objavljen[aoi]?\s{1,3}(?:(?:je|su)\s{1,3})?u\s{1,3}(?:nau[čc]nom\s{1,3}|znanstvenom\s{1,3})?(?:[čc]asopisu|[žz]urnalu)|(?<=[”"]\s{1,3})(?:di|dalam|pada)\s{1,3}jurnal(?:\s{1,3}ilmiah|\s{1,3}internasional)?(?=\s{1,3}\p{Lu})|(?:di)?(?:publikasikan|terbitkan)\s{1,3}(?:di|dalam|pada)\s{1,3}jurnal(?:\s{1,3}ilmiah|\s{1,3}internasional)?|(?:vy[šs]l[aoiy]|vy[šs]el|publikov[áa]n[aoiy]?|zve[řr]ejn[ěe]n[aoiy]?)\s{1,3}(?:(?:dnes|nyn[íi]|tento\s{1,3}t[ýy]den)\s{1,3})?v\s{1,3}(?:(?:odborn[ée]m|v[ěe]deck[ée]m|presti[žz]n[íi]m|mezin[áa]rodn[íi]m)\s{1,3})?[čc]asopise|publicēt[sa]\s{1,3}(?:(?:starptautiskajā|zinātniskajā)\s{1,3})?žurnālā|(?<=[”"]\s{1,3})ba[şs]l[ıi][ğg][ıi]yla(?=\s{1,3}\p{Lu}[^\n”"]{1,80}?\sdergisinde\b))\s{1,3}(?=\p{Lu})/gu;

/**
 * A Spanish, Portuguese, French, German or Italian verb of publication and its preposition, with
 * no word for "journal" after it ("se publicó en *X*", "fue publicado en *X*", "parue dans *X*"):
 * read only when the journal's name right after it is set in italics or bold.
 */
const PUBLISHED_IN_ABROAD =
  /(?<![\p{L}])(?:publicad[oa]s?|(?:se\s{1,3})?public(?:[óo]|aron)|apareci(?:[óo]|eron)|publi[ée]e?s?|parue?s?|ver[öo]ffentlicht|erschienen|pubblicat[oaie])\s{1,3}(?:(?:hoy|hoje|ayer|ontem|aujourd['’]hui|heute|oggi|recientemente|recentemente|esta\s{1,3}semana)\s{1,3})?(?:en|na|no|dans|in|su|sulla|nella)\s{1,3}(?=\p{Lu})/gu;

/** Places that follow a Nordic "publiceret i" as a journal would ("Norge", "Danmark", "Europa"). */
const NORDIC_PLACE = /^(?:Norge|Noreg|Danmark|Sverige|Suomi|Finland|Island|Grønland|Færøerne|Norden|Europa|Tyskland|Storbritannien|Storbritannia|USA|Kina|Japan)$/;

/** The journals that European publication phrases name in one block of prose, as published mentions. */
export function europeanMentions(block: Block): Mention[] {
  const text = block.text;
  const out: Mention[] = [];
  // Every phrase holds one of these words for a journal (or a Nordic "publiceret i X", as English "published in X"); else only a journal in italics may follow a verb.
  if (!/revue|eitschrift|journal|revista|rivista|tidskrift|tidsskrift|tijdschrift|vakblad|czasopi|asopis|urnal|jurnal|dergisinde|žurnālā|publice|publise/.test(text)) return block.emphasis.length ? italicMentions(block) : out;
  EUROPEAN_PUBLISHED.lastIndex = 0;
  for (let m = EUROPEAN_PUBLISHED.exec(text); m && out.length < 5; m = EUROPEAN_PUBLISHED.exec(text)) {
    const at = m.index + m[0].length;
    const found = readJournalName(text.slice(at, at + 200));
    // "publisert i Norge": a bare Nordic "i" names a place as often as a journal.
    const read = found && /\si\s{1,3}$/.test(m[0]) && (isPlaceName(found.name) || NORDIC_PLACE.test(found.name)) ? null : found;
    // "… di jurnal Sensors and Actuators B: Chemical dengan judul …": a section's name after the colon.
    const full = read ? withSection(read.name, text.slice(at + read.length, at + read.length + 160)) : null;
    const end = at + (read ? read.length + (full ? full.length : 0) : 0);
    if (read) out.push({ journal: full ? full.name : read.name, kind: 'published', count: 1, year: yearAfterAbroad(text.slice(end, end + 100)), today: TODAY_ABROAD.test(m[0]), weak: false, block, index: at });
  }
  return out.length || !block.emphasis.length ? out : italicMentions(block);
}

/** The months of the European languages above, full and abbreviated ("março", "März", "déc."). */
const MONTH_ABROAD =
  String.raw`(?:jan(?:eiro|vier|uar|uari)?|enero|gennaio|fev(?:ereiro)?|febrero|f[ée]vr(?:ier)?|febbraio|feb(?:ruar[iy]?)?|mar(?:ço|zo|s|ts)|m[äa]rz|maart|abr(?:il)?|avr(?:il)?|aprile?|apr|maio|mayo|mai|maggio|mei|maj|jun(?:ho|io|i)?|juin|giugno|jul(?:ho|io|i)?|juil(?:let)?|luglio|ago(?:sto)?|ao[uû]t|aug(?:ust(?:us)?)?|set(?:embro)?|sept?(?:iembre|embre|ember)?|settembre|out(?:ubro)?|oct(?:ubre|obre)?|ottobre|okt(?:ober)?|nov(?:embro|iembre|embre|ember)?|dez(?:embro|ember)?|dic(?:iembre|embre)?|d[ée]c(?:embre|ember)?)\.?`;

/**
 * The paper's year right after the journal's name in a European sentence, perhaps after its
 * volume or number: ", volume 310, em março de 2038", " en 2038", " im März 2038", ", le 3 mars
 * 2038"; group 1 is the year.
 */
const YEAR_AFTER_ABROAD = new RegExp(
  String.raw`^(?:,?\s{1,3}(?:vol(?:ume|\.)?|n(?:\.?[º°o]|\.)|n[úu]mero|num[ée]ro|nummer|numer|Heft|Band|Jahrgang|edi[çc][ãa]o|edici[óo]n)\s{0,3}[\w-]{1,6})*,?\s{1,3}(?:em|en|in|im|am|nel|nell['’]|del|i|w|op|le|el|no|na|di|pada)\s{1,3}(?:(?:el|le|la|o|a|het|de)\s{1,3})?(?:\d{1,2}\.?(?:er|º)?\s{1,3}(?:de\s{1,3})?)?(?:${MONTH_ABROAD}\s{1,3}(?:(?:de|del)\s{1,3})?)?((?:19|20)\d{2})\b`,
  'iu',
);

/** The year {@link YEAR_AFTER_ABROAD} reads after a journal's name, else null. */
function yearAfterAbroad(tail: string): number | null {
  const m = YEAR_AFTER_ABROAD.exec(tail);
  return m ? Number(m[1]) : null;
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
    if (read && read.length >= span!.trim().length - 1) {
      const end = at + span!.length;
      out.push({ journal: read.name, kind: 'published', count: 1, year: yearAfterAbroad(text.slice(end, end + 100)), today: TODAY_ABROAD.test(m[0]), weak: false, block, index: at });
    }
  }
  return out;
}
