/**
 * The words European releases print on a line of their own above a paper's reference
 * ("Référence", "Referencia bibliográfica", "Originalpublikation", "Original-Publikation", "Artikeln", "Publikacja", the Catalan "Article de referència", the Estonian "Viide", the Hungarian "Hivatkozás").
 * @packageDocumentation
 */

/**
 * The source of a pattern for a citation block's label in French, Spanish, Portuguese, Italian,
 * Catalan, German, Dutch, the Nordic languages, Polish, Estonian and Hungarian, without anchors or flags; callers anchor it.
 */
export const CITATION_LABEL_ABROAD = String.raw`r[ée]f[ée]rences?(?:\s+(?:bibliographiques?|de\s+l['’](?:article|[ée]tude|publication)|compl[èe]te))?|refer[eê]ncias?(?:\s+bibliogr[áa]ficas?)?|riferiment[oi](?:\s+bibliografic[oi])?|publication\s+originale|(?:original-?)?(?:publikation(?:en)?|ver[öo]ffentlichung)|(?:fach-?|original-?)?artikel|literatur(?:hinweis)?|(?:article|art[íi]culo|artigo)\s+de\s+refer[èeê]ncia|refer[èe]ncia(?:\s+bibliogr[àa]fica)?|(?:artigo|art[íi]culo|articolo)(?:\s+(?:cient[íi]fico|scientifico|original[e]?))?|(?:publica[çc][ãa]o|publicaci[óo]n|pubblicazione)(?:\s+original[e]?)?|publicatie|artikkel(?:en)?|artikeln|artikkeli|julkaisu|publikacja|viide|hivatkoz[áa]s|(?:eredeti\s+)?(?:publik[áa]ci[óo]|k[öo]zlem[ée]ny)|szakcikk`;
