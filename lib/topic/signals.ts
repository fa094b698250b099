/**
 * Words that tie a text to the Syrian conflict. Place names are spellings, not claims, so
 * they live here rather than in the knowledge file; actors come from the knowledge file.
 */
import { wholeWords } from '../text/matches';

// "Syrias": some sources strip apostrophes ("Syria's").
// (One word: the engine's own search for it is quicker than a look-ahead.)
export const SYRIA_WORD = /(?<![\p{L}])syria(?:ns?|s)?(?![\p{L}])/giu;

export const SYRIAN_PLACES = wholeWords([
  'damascus', 'aleppo', 'idlib', 'idleb', 'homs', 'hama', 'raqq?a',
  String.raw`deir\s?(?:ez|al|el|e)?-?\s?zz?ou?r`, 'daraa', 'deraa', 'latt?akia', 'tartus',
  'ghouta', 'douma', 'afrin', 'kobani', 'kobane', 'manbij', 'qamishli', 'qamishlo', 'hass?akah?',
  'hass?akeh', 'palmyra', 'jarabulus', String.raw`ras\s+al-?ain`, String.raw`tal\s+abyad`,
  String.raw`khan\s+shaykhun`, String.raw`khan\s+sheikhoun`, String.raw`maarat\s+al-?numan`,
  'saraqeb', 'al-?bab', 'azaz', 'quneitra', 'sweida', 'suwayda', String.raw`jisr\s+al-?shughur`,
  'yarmouk', 'madaya', 'zabadani', 'qusayr', 'qalamoun', 'baniyas', 'tadmur', 'mayadin',
  String.raw`abu\s+kamal`, String.raw`albu\s+kamal`, 'bukamal',
  String.raw`sheikh\s+ma[qk]s(?:ou|oo|u)d`, String.raw`sheikh\s+najj?ar`,
  String.raw`a[iy]n\s+al-?tal`, String.raw`a[iy]n\s+issa`, String.raw`a[iy]n\s+al-?arab`,
  String.raw`t[ae]ll?\s+rif[a’']?at`, String.raw`t[ae]ll?\s+tame?r`,
]);

export const CONFLICT_WORDS = wholeWords([
  'war', 'rebels?', 'offensive', String.raw`air\s?strikes?`, 'strikes?', 'raids?', 'ceasefire',
  'cease-fire', 'regime', 'opposition', 'militants?', 'militias?', 'refugees?', 'displaced',
  'bombardment', 'bombing', 'shelling', 'shells?', 'mortars?', 'rockets?', 'blast', 'explosion',
  'attacks?', 'massacre', 'martyrs?', 'terrorists?', 'jihadists?', 'insurgents?', 'uprising',
  'chemical', String.raw`barrel\s+bombs?`, 'siege', 'besieged', 'truce', 'de-?escalation',
  'fighters', 'troops', 'army', 'clashes', 'killed', 'kills?', 'injured', 'wounded', 'casualties',
]);

/** Other theatres that share vocabulary and actors with Syria's war: Iraq, Lebanon, Israel and Gaza, Yemen, Libya. */
export const OTHER_THEATRES = wholeWords([
  'iraq', 'iraqi', 'iraqis', 'mosul', 'baghdad', 'fallujah', 'ramadi', 'tikrit', 'kirkuk',
  'nineveh', 'anbar', 'erbil', 'basra', 'lebanon', 'lebanese', 'beirut', 'israel', 'israeli',
  'gaza', 'hamas', 'palestinians?', String.raw`west\s+bank`, 'yemen', 'yemeni', 'houthis?',
  'libya', 'libyan', 'tripoli', 'benghazi', 'afghanistan', 'afghan', 'kabul', 'ukraine',
  'ukrainian',
]);
