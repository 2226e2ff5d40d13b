/**
 * The German attribution "so X" after a quote („…“, so Professorin X vom Institut Y." /
 * "»…«, so X."): "so" stands where "sagt" would, with no verb, so the name follows it directly.
 * @packageDocumentation
 */

/** The opening of the words after a quote that attribute it with "so": a comma, then a lower-case "so". */
export const SO_LEAD = /^\s{0,2},\s{1,3}so\s{1,3}(?=\p{Lu})/u;

/**
 * What may follow the name after "so": the end of the sentence, a comma, or a German
 * preposition opening the person's place ("vom Institut", "von der Universität", "aus dem
 * Team"), so that a clause ("so Jane decided …") is not read as an attribution.
 */
export const SO_NAME_CLOSE = /^\s{0,2}(?:[.,;!?]|$|\s(?:vom|von|aus|an\s{1,3}der|am|der|die|des)\s)/u;
