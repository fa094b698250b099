/**
 * Words that tie a text to the Syrian conflict. Place names are spellings, not claims, so
 * they live here rather than in the knowledge file; actors come from the knowledge file.
 */

/**
 * Cheap pre-filter used on every page: one of these in the title or URL, or two in the text.
 * Lower case, found by plain substring search (lib/topic/gate.ts checks the word boundaries).
 */
export const GATE_WORDS = [
  'syria', 'syrian', 'syrians', 'damascus', 'aleppo', 'idlib', 'idleb', 'assad', 'raqqa', 'homs', 'daraa', 'deraa',
  'deir ez-zor', 'deir ezzor', 'deir ez zor', 'deir-ez-zor', 'deirezzor', 'latakia', 'ghouta', 'afrin', 'kobani', 'kobane',
  'manbij', 'ypg', 'sdf', 'hts', 'daesh', 'isis', 'isil', 'hezbollah', 'kurdish',
];

// "Syrias": some sources strip apostrophes ("Syria's").
export const SYRIA_WORD = /(?<![\p{L}])syria(?:ns?|s)?(?![\p{L}])/giu;

export const SYRIAN_PLACES =
  /(?<![\p{L}])(?:damascus|aleppo|idlib|idleb|homs|hama|raqq?a|deir\s?(?:ez|al|el|e)?-?\s?zz?ou?r|daraa|deraa|latt?akia|tartus|ghouta|douma|afrin|kobani|kobane|manbij|qamishli|qamishlo|hass?akah?|hass?akeh|palmyra|jarabulus|ras\s+al-?ain|tal\s+abyad|khan\s+shaykhun|khan\s+sheikhoun|maarat\s+al-?numan|saraqeb|al-?bab|azaz|quneitra|sweida|suwayda|jisr\s+al-?shughur|yarmouk|madaya|zabadani|qusayr|qalamoun|baniyas|tadmur|mayadin|abu\s+kamal|albu\s+kamal|bukamal|sheikh\s+ma[qk]s(?:ou|oo|u)d|sheikh\s+najj?ar|a[iy]n\s+al-?tal|a[iy]n\s+issa|a[iy]n\s+al-?arab|t[ae]ll?\s+rif[a’']?at|t[ae]ll?\s+tame?r)(?![\p{L}])/giu;

export const CONFLICT_WORDS =
  /(?<![\p{L}])(?:war|rebels?|offensive|air\s?strikes?|strikes?|raids?|ceasefire|cease-fire|regime|opposition|militants?|militias?|refugees?|displaced|bombardment|bombing|shelling|shells?|mortars?|rockets?|blast|explosion|attacks?|massacre|martyrs?|terrorists?|jihadists?|insurgents?|uprising|chemical|barrel\s+bombs?|siege|besieged|truce|de-?escalation|fighters|troops|army|clashes|killed|kills?|injured|wounded|casualties)(?![\p{L}])/giu;

/** Other theatres that share vocabulary and actors with Syria's war: Iraq, Lebanon, Israel and Gaza, Yemen, Libya. */
export const OTHER_THEATRES =
  /(?<![\p{L}])(?:iraq|iraqi|iraqis|mosul|baghdad|fallujah|ramadi|tikrit|kirkuk|nineveh|anbar|erbil|basra|lebanon|lebanese|beirut|israel|israeli|gaza|hamas|palestinians?|west\s+bank|yemen|yemeni|houthis?|libya|libyan|tripoli|benghazi|afghanistan|afghan|kabul|ukraine|ukrainian)(?![\p{L}])/giu;
