/**
 * Words that tie a text to the Syrian conflict. Place names are spellings, not claims, so
 * they live here rather than in the knowledge file; actors come from the knowledge file.
 */

/** Cheap pre-filter used on every page: one of these in the title or URL, or two in the text. */
export const GATE_PATTERN =
  /(?<![\p{L}])(?:syria|syrian|syrians|damascus|aleppo|idlib|idleb|assad|raqqa|homs|daraa|deraa|deir\s?ez-?zor|latakia|ghouta|afrin|kobani|kobane|manbij|ypg|sdf|hts|daesh|isis|isil|hezbollah|kurdish)(?![\p{L}])/giu;

export const SYRIA_WORD = /(?<![\p{L}])syria(?:ns?)?(?![\p{L}])/giu;

export const SYRIAN_PLACES =
  /(?<![\p{L}])(?:damascus|aleppo|idlib|idleb|homs|hama|raqqa|deir\s?ez-?zor|deir\s?al-?zour|daraa|deraa|latakia|tartus|ghouta|douma|afrin|kobani|kobane|manbij|qamishli|hasakah|hassakeh|palmyra|jarabulus|ras\s+al-?ain|tal\s+abyad|khan\s+shaykhun|khan\s+sheikhoun|maarat\s+al-?numan|saraqeb|al-?bab|azaz|quneitra|sweida|suwayda|jisr\s+al-?shughur|yarmouk|madaya|zabadani|qusayr|qalamoun|baniyas|tadmur|mayadin|abu\s+kamal|albu\s+kamal|bukamal)(?![\p{L}])/giu;

export const CONFLICT_WORDS =
  /(?<![\p{L}])(?:war|civil\s+war|rebels?|offensive|air\s?strikes?|ceasefire|cease-fire|regime|opposition|militants?|militias?|refugees?|displaced|bombardment|shelling|jihadists?|insurgents?|uprising|chemical|barrel\s+bombs?|siege|besieged|truce|de-?escalation|fighters|troops|killed)(?![\p{L}])/giu;
