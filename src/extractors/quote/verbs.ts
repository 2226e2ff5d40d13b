/**
 * Reporting verbs ("said", "explains", "according to") and the subjects that name no one
 * ("the authors", "the study") or point back to someone ("she", "the researcher").
 * @packageDocumentation
 */

/** Reporting verbs and phrases, lower case, longest first where one is a prefix of another; a few German, French, Spanish, Italian, Portuguese, Dutch ("aldus X" works as "according to"), Scandinavian, Polish, Welsh, Finnish, Indonesian and Turkish ones. */
export const REPORTING_VERBS: readonly string[] = [
  'according to', 'in the words of', 'pointed out', 'points out', 'point out', 'summed up', 'sums up', 'went on',
  'goes on', 'put it', 'puts it',
  'said', 'says', 'say', 'added', 'adds', 'add', 'explained', 'explains', 'explain', 'noted', 'notes', 'note',
  'commented', 'comments', 'comment', 'stated', 'states', 'state', 'wrote', 'writes', 'write', 'cautioned',
  'cautions', 'caution', 'concluded', 'concludes', 'conclude', 'continued', 'continues', 'continue', 'emphasized',
  'emphasizes', 'emphasize', 'emphasised', 'emphasises', 'emphasise', 'observed', 'observes', 'observe', 'remarked',
  'remarks', 'remark', 'suggested', 'suggests', 'suggest', 'reported', 'reports', 'report', 'revealed', 'reveals',
  'told', 'tells', 'asked', 'asks', 'argued', 'argues', 'argue', 'acknowledged', 'acknowledges', 'admitted',
  'admits', 'warned', 'warns', 'warn', 'recalled', 'recalls', 'insisted', 'insists', 'agreed', 'agrees',
  'declared', 'declares', 'announced', 'announces', 'affirmed', 'confirmed', 'confirms', 'replied', 'replies',
  'responded', 'responds', 'countered', 'retorted', 'urged', 'urges', 'predicted', 'predicts', 'stressed', 'stresses', 'stress',
  'highlighted', 'highlights', 'summarized', 'summarizes', 'summarised', 'summarises', 'elaborated', 'elaborates',
  'joked', 'jokes', 'mused', 'muses', 'quipped', 'reflected', 'reflects', 'clarified', 'clarifies', 'underlined',
  'underscored', 'underscores', 'maintained', 'maintains', 'believes', 'recounted', 'recounts', 'shared', 'shares',
  'offered', 'offers', 'advised', 'advises', 'proclaimed', 'exclaimed', 'wondered', 'hopes', 'hoped', 'described',
  'called', 'calls',
  // German and French releases ("…“, sagt Dr. X", "», explique X"): present-tense verbs of ASCII letters only, as the test of this list asks.
  'sagt', 'betont', 'explique', 'souligne', 'ajoute', 'indique', 'affirme', 'commente', 'poursuit',
  // Their accented forms and past tenses ("“, erklärt X", "», a déclaré X", "”, afirmó X"); each accented
  // letter has a one-letter capital, so the pattern below spells its case as it does for ASCII ones.
  'erklärt', 'ergänzt', 'erläutert', 'a déclaré', 'a expliqué', 'a ajouté', 'a souligné', 'a indiqué', 'déclare', 'précise',
  'afirmó', 'explicó', 'añadió', 'señaló', 'aseguró', 'dijo', 'afirma', 'explica', 'señala',
  'sostuvo', 'sostiene', 'agregó', 'agrega', 'comentó', 'indicó', 'destacó', 'precisó',
  'de acuerdo con', 'según', 'completó', 'concluyó', 'subrayó', 'remarcó', 'advirtió', 'enfatizó', 'resaltó', 'añade',
  'advierte', 'subraya', 'apunta', 'apuntó',
  // Italian and Portuguese ones ("”, ha dichiarato X", "”, afirmou X").
  'ha dichiarato', 'ha spiegato', 'ha aggiunto', 'ha sottolineato', 'dichiara', 'spiega', 'afirmou', 'explicou',
  'acrescentou', 'destacou', 'aggiunge', 'sottolinea', 'commenta', 'afferma', 'osserva',
  // Portuguese present tenses and more past ones ("…", refere X", "…", acrescenta X", "…", sublinha X").
  'refere', 'referiu', 'acrescenta', 'sublinha', 'sublinhou', 'salienta', 'salientou', 'frisa', 'frisou',
  'adianta', 'adiantou', 'conclui', 'concluiu', 'disse',
  // Brazilian present tenses ('X diz que …', '“…”, ressalta X', '“…”, completa.').
  'diz', 'comenta', 'ressalta', 'ressaltou', 'destaca', 'completa', 'lembra', 'lembrou', 'pondera', 'ponderou', 'avalia', 'avaliou', 'relata', 'relatou',
  // Brazilian "conta" (tells) after the quote ('“…”, conta X', '“…”, conta.').
  'conta', 'contou',
  // The Portuguese "according to" ("Segundo X, …", "…”, segundo X").
  'segundo',
  // Dutch, Danish, Norwegian, Swedish and Polish ones ("”, zegt X", "”, siger X", "”, sier X", "”, säger X", "” – mówi X").
  'zegt', 'aldus', 'vertelt', 'benadrukt', 'siger', 'sagde', 'sier', 'dodaje', 'säger', 'mówi', 'powiedział', 'powiedziała',
  // Dutch separable verbs whose particle closes the clause ("”, vult X aan", "”, legt X uit", "”, voegt X toe").
  'vult', 'legt', 'voegt',
  // Czech and Slovak ones, after the quote („…,“ říká X", „…,“ dodává X", „…,“ uvedla X").
  'říká', 'dodává', 'vysvětluje', 'doplňuje', 'uvádí', 'uvedl', 'uvedla', 'řekl', 'řekla', 'hovorí',
  // Croatian and Serbian ones, after the quote („…”, izjavila je X", „…”, kaže X", „…”, dodao je X", „…”, navodi X").
  'izjavio', 'izjavila', 'dodao', 'dodala', 'rekao', 'rekla', 'kaže', 'ističe', 'objašnjava', 'naglašava', 'pojasnio', 'pojasnila', 'navodi', 'naveo', 'navela', 'objasnio', 'objasnila',
  // Welsh and Finnish ones, from bilingual releases ("…,” meddai Dr X", "”, sanoo X").
  'meddai', 'dywedodd', 'ychwanegodd', 'sanoo', 'kertoo',
  // More Finnish ones ("”, toteaa X", "”, sanoi X", "”, korostaa X").
  'toteaa', 'totesi', 'sanoi', 'kertoi', 'korostaa', 'korosti', 'painottaa', 'painotti', 'muistuttaa', 'muistutti', 'lisäsi', 'arvioi',
  // Estonian ones ("“, ütles X", "“, sõnas X", "“, märkis X").
  'ütles', 'ütleb', 'sõnas', 'märkis', 'selgitas', 'kinnitas', 'lisas',
  // Indonesian and Malay ones, after the quote ("…,” kata Dr. X", "…,” ujar X", "…,” tutur X").
  'kata', 'ujar', 'ucap', 'tutur', 'ungkap', 'imbuh',
  // Icelandic ones, after the quote („…,“ segir X", „…,“ sagði X", „…,“ bætir X við").
  'segir', 'sagði', 'bætir', 'bætti',
  // More Swedish ones ("”, menar X", "”, förklarar X", "”, konstaterar X").
  'menar', 'förklarar', 'berättar', 'konstaterar', 'betonar', 'tillägger',
  // Swahili ones, after the quote ("…,” alisema Prof. X", "…,” aliongeza X").
  'alisema', 'anasema', 'aliongeza', 'anaongeza',
  // Turkish ones after the quote ('"…," diye ekledi X', '"…" dedi X'): forms without the dotless ı, whose capital /iu would not match.
  'diye ekledi', 'diye konuştu', 'diye belirtti', 'dedi', 'diyor',
  // Latvian ones, after the quote („…,” uzsver X", „…,” stāsta X", „…,” piebilda X").
  'uzsver', 'uzsvēra', 'stāsta', 'stāstīja', 'saka', 'sacīja', 'teica', 'skaidro', 'skaidroja', 'norāda', 'norādīja', 'piebilst', 'piebilda', 'atzīst', 'atzina',
];

/** The letters `/iu` would also match for a lower-case ASCII letter: its capital, and "ſ" for s and the Kelvin sign for k. */
const CASE_VARIANTS: Readonly<Record<string, string>> = { s: 'Sſ', k: 'K\u212A' };

/**
 * `phrase` as a pattern that matches it in any case without the i flag, each letter a class of
 * its variants ("said" → `[sSſ][aA][iI][dD]`), and each space one or more spaces. V8 asks ICU for
 * the case closure of every letter of an `/i` pattern when it compiles it, which made the
 * reporting-verb patterns the costliest to compile of a run; these classes match the same text.
 */
const caseless = (phrase: string): string =>
  phrase.replace(/\p{Ll}| /gu, (c) => (c === ' ' ? '\\s+' : `[${c}${CASE_VARIANTS[c] ?? c.toUpperCase()}]`));

/**
 * Matches one reporting verb as a whole word, in any case (global, for scanning). The letters it
 * may not touch are `\p{L}` with what `/iu` would add to it (U+0345, which case-folds to a Greek
 * iota), and hyphens.
 */
export const VERB_RE = new RegExp(`(?<![\\p{L}\\u0345\\-])(?:${REPORTING_VERBS.map(caseless).join('|')})(?![\\p{L}\\u0345\\-])`, 'gu');

/** True when `verb` (as `VERB_RE` found it, lower case) names its person after it as "according to X" does ("según X", "segundo X", "de acuerdo con X"). */
export const isAccordingTo = (verb: string): boolean =>
  verb === 'according to' || verb === 'según' || verb === 'segundo' || verb === 'de acuerdo con';

/** Pronouns that point back to the last named person. */
export const PRONOUN = /^(?:he|she)$/i;

/** "They" as the subject of an attribution: it points back to a person only when the release prints them with "(they/them)". */
export const THEY = /^they$/i;

/** Subjects that stand for a named person earlier in the release ("the researcher"). */
export const BACK_REFERENCE =
  /^(?:the\s+)?(?:study'?s?\s+|paper'?s?\s+|trial'?s?\s+)?(?:lead\s+|senior\s+|first\s+|corresponding\s+|principal\s+)?(?:(?:associate|assistant|adjunct|visiting|emeritus|clinical)\s+)?(?:researcher|scientist|professor|physician|doctor|author|investigator|scholar|engineer|clinician|surgeon|psychologist|neuroscientist|biologist|chemist|physicist|epidemiologist)$/i;

/**
 * An office alone after "the" ("the minister", "the premier"): it points back to the person
 * last named only when that person is printed with the same office ("Minister for Health X").
 */
export const OFFICE_BACK = /^the\s{1,3}(minister|premier|governor|mayor|secretary|commissioner|ambassador|chancellor|senator|judge)$/i;

/** Subjects that are not one person: the quote has no speaker. */
export const NO_SPEAKER =
  /^(?:they|we|it|(?:the|this|that|our|their|an?|these)\s+(?:[\w'’]+\s+){0,2}(?:authors|researchers|scientists|investigators|team|teams|group|study|studies|paper|papers|article|report|editorial|commentary|review|trial|analysis|statement|release|findings|results|guidelines|letter|committee|panel|organization|organisation|agency|company|university|institute|consortium|writers|editors|experts|officials|doctors|physicians|collaborators|members|participants|spokes(?:person|man|woman)|representative|official|minister|administrator|secretary|governor|mayor|chancellor|commissioner|ambassador|premier))$/i;

/**
 * One unnamed official after the capitalised name of the body they speak for ("a Leeds City
 * Council spokesperson", "a Department of Transport official"): the quote has no speaker.
 */
export const BODY_OFFICIAL =
  /^(?:[Tt]he|[Aa]n?)\s{1,3}(?:\p{Lu}[\p{L}&'’.-]{0,30}\s{1,3}(?:(?:of|for|and|on|the)\s{1,3}){0,2}){1,6}(?:spokes(?:person|man|woman)|representative|official|press\s{1,3}officer)$/u;

/**
 * One unnamed person, introduced with an indefinite article ("one mother", "a local farmer",
 * "another participant"): never a back-reference, so the quote has no speaker.
 */
export const UNNAMED_PERSON =
  /^(?:one|an?|another)\s+(?:[\p{Ll}'’-]{2,20}\s+){0,2}(?:mother|father|parent|patient|participant|resident|farmer|fisher|fisherman|grower|shepherd|herder|hunter|diver|miner|driver|shopkeeper|trader|vendor|neighbou?r|commuter|teacher|student|pupil|nurse|volunteer|survivor|woman|man|worker|villager|visitor|caregiver|carer|user|customer|trial\s+participant|local)$/iu;

/**
 * A sentence that opens with one unnamed person and a reporting verb ("A fisherman from one of
 * the villages said …", "One grower told us …"): a later "he" or "she" points to that person.
 */
export const UNNAMED_OPENER =
  /^\s{0,3}(?:One|An?|Another)\s+(?:[\p{Ll}'’-]{2,20}\s+){0,2}(?:mother|father|parent|patient|participant|resident|farmer|fisher|fisherman|grower|shepherd|herder|hunter|diver|miner|driver|shopkeeper|trader|vendor|neighbou?r|commuter|teacher|student|pupil|nurse|volunteer|survivor|woman|man|worker|villager|visitor|caregiver|carer|user|customer|local)\b[^.!?"“”]{0,120}?\b(?:said|says|told|tells|added|adds|explained|explains|recalled|recalls)\b/u;

/** Words that cannot be the subject of a reporting verb in an attribution ("it", "which"). */
export const NOT_A_SUBJECT = /^(?:it|which|that|this|what|who|there|one|many|some|others?|data|evidence)$/i;

/**
 * A subject that is one unnamed official with the body they speak for ("a spokesperson for the
 * X Corporation", "the state minister for science, who visited …"): the quote has no speaker.
 */
export const UNNAMED_OFFICIAL =
  /(?:^\s{0,3}|\b(?:and|but)\s{1,3})(?:the|an?)\s{1,3}(?:[\p{L}'’-]{1,30}\s{1,3}){0,2}(?:spokes(?:person|man|woman)|representative|official|minister|administrator|secretary|governor|mayor|commissioner|ambassador|premier)\s{1,3}(?:for|of|at|from|in)\s[^"“”,;:]{1,100}(?:,\s{1,3}who\s[^"“”]{1,100})?$/iu;
