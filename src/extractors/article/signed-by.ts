/**
 * A paper's quoted title after its noun in Portuguese, Spanish, French, Italian or German, and
 * the names of a "signed by" clause after it: "O artigo "Title", assinado por A, B e C, foi
 * publicado na revista X", "El artículo "Title", firmado por A y B, se publicó en …", "L'article
 * « Title » a été publié dans …" (the house style of many Brazilian and Iberian offices); and the
 * English "The paper "Title", written by A and B, was published in …". A "titled" participle may
 * stand before the marks: "El estudio, titulado "Title", fue publicado en la revista X", and a "scientific"
 * adjective after the noun: "O artigo científico, intitulado «Title», foi publicado …".
 * @packageDocumentation
 */
import type { Person } from '../../types.js';
import { parseNameList } from './name-list.js';

/** The paper's noun with its article, a quoted title, and what follows the closing mark (groups 1 and 2). */
const NOUN_QUOTED =
  /(?<![\p{L}])(?:[Oo]|[Ee]l|[Ll]['’]|[Ll]e|[Ii]l|[Ll]o|[Dd]er|[Dd]ie|[Dd]as|[Tt]he|[Tt]his)\s?(?:artigo|estudo|trabalho|artículo|estudio|trabajo|article|étude|articolo|studio|Artikel|Studie|Arbeit|paper|study|article)(?:\s(?:científic[oa]|scientifique|scientific[oa]|wissenschaftliche[rn]?))?,?\s?(?:(?:titulad[oa]|intitulad[oa]|intitulée?|intitolat[oa]|betitelt),?\s)?[“"«]\s?([^“”"«»\n]{10,300}?)[,.]?\s?[”"»]([^\n]{0,400})/gu;

/** A verb of publication after the title, perhaps after a comma, in one of those languages. */
const PUBLISHED_NEXT =
  /^,?\s(?:foi\spublicad[oa]|será\spublicad[oa]|est[áa]\sdisponível|fue\spublicad[oa]|se\spublicó|ha\ssido\spublicad[oa]|a\sété\spublié|est\sparu|vient\sd['’]être\spublié|è\sstat[oa]\spubblicat[oa]|ist\s(?:erschienen|veröffentlicht)|wurde\s(?:veröffentlicht|publiziert)|erschien|(?:was|is|has\sbeen|will\sbe)\spublished|appears|appeared)(?![\p{L}])/u;

/** "signed by", "written by", "whose authors are" after the title's comma; the names (or a group's description) follow. */
const SIGNED_BY =
  /^,\s(?:assinad[oa]\spor|escrit[oa]\spor|de\sautoria\sde|firmad[oa]\spor|sign[ée]e?\spar|écrit\spar|firmat[oa]\sda|scritt[oa]\sda|verfasst\svon|(?:co-?)?(?:written|authored)\sby|cuyos\sautores\sson|cujos\sautores\ssão|dont\sles\sauteurs\ssont|whose\sauthors\sare)\s/;

/** Where the names of a "signed by" clause end: the comma before the sentence's verb, or its end. */
const NAMES_END =
  /,\s(?:foi|será|está|fue|se|ha|a\sété|est|vient|è|ist|wurde|erschien|was|is|has|will|appears?|appeared)\s|[.;](?:\s|$)(?<!\b\p{Lu}\.\s)/u;

/** A quoted title after a paper's noun and the people a "signed by" clause names for it. */
export interface SignedTitle {
  /** The title inside the quotation marks. */
  title: string;
  /** Where the title starts in the text. */
  index: number;
  /** The people of the "signed by" clause, in printed order ([] without one). */
  authors: Person[];
}

/**
 * Quoted titles after "O artigo", "El artículo", "L'article", "Der Artikel" or "The paper" that a
 * verb of publication follows, directly or after a "signed by" clause, with that clause's names.
 */
export function findSignedTitles(text: string): SignedTitle[] {
  const out: SignedTitle[] = [];
  if (!/[“"«]/.test(text)) return out;
  NOUN_QUOTED.lastIndex = 0;
  for (let m = NOUN_QUOTED.exec(text), n = 0; m && n < 20; m = NOUN_QUOTED.exec(text), n++) {
    const title = m[1]!.trim();
    if (title.split(/\s+/).length < 4) continue;
    const rest = m[2]!;
    const index = m.index + m[0].indexOf(m[1]!);
    const signed = SIGNED_BY.exec(rest);
    if (signed) {
      // The clause ends at the comma before a verb of publication ("…, foi publicado"); else it names no paper's authors.
      const tail = rest.slice(signed[0].length);
      const end = NAMES_END.exec(tail);
      if (!end || !PUBLISHED_NEXT.test(tail.slice(end.index))) continue;
      // "assinado por pesquisadores do IOC": a clause of no names still leaves the title.
      const names = /^\p{Lu}/u.test(tail) ? parseNameList(tail.slice(0, end.index)) : [];
      out.push({ title, index, authors: names.map((x) => x.person) });
      continue;
    }
    if (PUBLISHED_NEXT.test(rest)) out.push({ title, index, authors: [] });
  }
  return out;
}
