/**
 * Place names (continents, countries, nations and large regions) that follow "described in",
 * "reported in" or "seen in" without being journals.
 * @packageDocumentation
 */

/** Continents, countries, the UK's nations, US states and large regions, as whole names. */
const PLACE =
  /^(?:the\s+)?(?:Africa|Asia|Europe|Antarctica|Australia|Oceania|Australasia|Scandinavia|Siberia|Patagonia|Amazonia|Arctic|Antarctic|Caribbean|Mediterranean|Sahara|Sahel|Balkans|Baltics|Himalayas|Alps|Andes|Middle\s+East|Far\s+East|(?:North|South|Central|Latin)\s+America|(?:North|South|East|West|Central|Southern|Northern|Eastern|Western)\s+(?:Africa|Asia|Europe|England|Australia)|Southeast\s+Asia|South-East\s+Asia|Sub-Saharan\s+Africa|Britain|Great\s+Britain|England|Scotland|Wales|Ireland|Northern\s+Ireland|United\s+Kingdom|UK|U\.K\.|United\s+States|US|U\.S\.|USA|America|Canada|Mexico|Brazil|Argentina|Chile|Peru|Colombia|Venezuela|Ecuador|Bolivia|Uruguay|Paraguay|Cuba|Jamaica|Haiti|France|Germany|Spain|Portugal|Italy|Greece|Netherlands|Belgium|Luxembourg|Switzerland|Austria|Denmark|Norway|Sweden|Finland|Iceland|Poland|Czechia|Czech\s+Republic|Slovakia|Hungary|Romania|Bulgaria|Serbia|Croatia|Slovenia|Ukraine|Russia|Belarus|Estonia|Latvia|Lithuania|Turkey|T[üu]rkiye|Cyprus|Malta|Israel|Egypt|Morocco|Algeria|Tunisia|Libya|Nigeria|Ghana|Kenya|Ethiopia|Tanzania|Uganda|Rwanda|Zambia|Zimbabwe|Mozambique|Madagascar|Namibia|Botswana|Senegal|Cameroon|South\s+Africa|Sudan|Somalia|Saudi\s+Arabia|Iran|Iraq|Syria|Jordan|Lebanon|Yemen|Oman|Qatar|Kuwait|Pakistan|India|Bangladesh|Nepal|Bhutan|Sri\s+Lanka|Afghanistan|Kazakhstan|Uzbekistan|Mongolia|China|Japan|Korea|South\s+Korea|North\s+Korea|Taiwan|Hong\s+Kong|Vietnam|Viet\s+Nam|Thailand|Cambodia|Laos|Myanmar|Malaysia|Singapore|Indonesia|Philippines|Borneo|Sumatra|Papua\s+New\s+Guinea|New\s+Zealand|Fiji|Samoa|Tonga|Greenland|Alaska|Hawaii|California|Texas|Florida|New\s+York|Oregon|Washington\s+State|Arizona|Colorado|Queensland|Victoria|Tasmania|Ontario|Quebec|Bavaria|Tuscany|Catalonia|Andalusia|Provence|Brittany|Normandy|Yorkshire|Cornwall|Devon|Kent|London|Paris|Berlin|Tokyo|Beijing|Delhi|Mumbai|Sydney|Melbourne)$/;

/** An administrative area named by its kind: "Nyamasheke District", "Kilifi County", "the Eastern Province". */
const AREA = /^(?:the\s+)?\p{Lu}[\p{L}'’-]{1,24}(?:\s\p{Lu}[\p{L}'’-]{1,24}){0,2}\s(?:District|County|Province|Municipality|Prefecture|Governorate|Oblast|Township|Department|Region)$/u;

/** The last word {@link AREA} needs, checked first: most names end in none. */
const AREA_WORD = /\s(?:District|County|Province|Municipality|Prefecture|Governorate|Oblast|Township|Department|Region)$/;

/** A landform or body of water named by its kind: "the Mekong Delta", "the Congo Basin", "the Tibetan Plateau". */
const LANDFORM = /^(?:the\s+)?\p{Lu}[\p{L}'’-]{1,24}(?:\s\p{Lu}[\p{L}'’-]{1,24}){0,2}\s(?:Delta|Basin|Valley|Plateau|Peninsula|Desert|Highlands|Lowlands|Estuary|Archipelago|Rainforest)$/u;

/** The last word {@link LANDFORM} needs, checked first. */
const LANDFORM_WORD = /\s(?:Delta|Basin|Valley|Plateau|Peninsula|Desert|Highlands|Lowlands|Estuary|Archipelago|Rainforest)$/;

/** True when `name` is a continent, a country, a nation, a large region, a named district or a landform ("Britain", "the Arctic", "Kilifi County"). */
export const isPlaceName = (name: string): boolean => name.length <= 40 && (PLACE.test(name.trim()) || (AREA_WORD.test(name.trim()) && AREA.test(name.trim())) || (LANDFORM_WORD.test(name.trim()) && LANDFORM.test(name.trim())));
