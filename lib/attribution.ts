/**
 * Who the article says made a claim: "according to X", "X said", or the speaker of the
 * quotation the claim sits in ("…,” the US president tweeted). With where that is in the text,
 * so the analysis can tell which actor it names.
 */
import { ARABIC_ARTICLE, SENTENCE_OPENERS, SHORT_TITLES, WEEKDAY_STEMS, WEEKDAY_WORD, type Segment } from './text/segment';
import { isNationality, lexiconTags } from './text/lexicon';
import { matches } from './text/matches';
import { PARTS_OPENER } from './claims/extract';

export interface Attribution {
  text: string;
  start: number;
  end: number;
}

/** Verbs that say who a figure is from; the second list also reads as passives ("the toll reported by…"). */
// ("claims" only after a pronoun, "which", "who" or "also": as often the noun, "their claims".)
// ("the statement read": a text's words, as its issuer's.)
const SPEAKING = ['said', 'says', 'say', 'told', '(?:was|were)\\s+quoted(?:\\s+by\\s+[^.;:“”"]{2,60}?)?\\s+as\\s+saying', 'tweeted', 'wrote', 'added', 'stated', 'warned(?=\\s+that\\b)', 'claimed(?!\\s+(?:the\\s+)?(?:lives|responsibility|credit)|\\s+by\\b)', 'claims(?<=\\b(?:which|who|it|he|she|also)\\sclaims)(?!\\s+(?:the\\s+)?(?:lives|responsibility|credit))', 'announced', 'read(?<=(?:statement|report|communiqu[eé])\\sread)'];
const SAY = `(?:${[...SPEAKING, 'reported', 'estimated', 'estimates'].join('|')})`;
/** A verb of saying (or "reports") anywhere in a text. */
const SAYING = new RegExp(`\\b(?:${SAY}|reports)\\b`, 'i');
const QUOTE_REACH = 1500;
/** How far from a claim, within its sentence, a speaker is looked for: long sentences stay linear. */
const SPEAKER_REACH = 300;
// The speaker may carry an apposition ("Rami Abdel Rahman, head of the Observatory,"); the
// figure must be in what was quoted: no other saying, clause or "but" between them.
// (Not a passive's agency: "X was quoted by Reuters as saying" is X's.)
const QUOTED_AS = /(?<!\b(?:was|were)\s+)\bquot(?:ed|ing)\s+(?!by\s)([^.;:“”"]{2,80}?),?\s+as\s+saying\b/di;
const QUOTED_AS_AT_END = new RegExp(`${QUOTED_AS.source}(?:\\s+(?:on\\s+)?(?:(?:${WEEKDAY_STEMS})day|yesterday|today))?[\\s.]*$`, 'di');
const QUOTED_CLAUSE_ENDS = new RegExp(`[;:]|\\b(?:but|while|whereas|although|though|${SAY})\\b`, 'i');
// Or "per" before a source's name: "one was killed, per the SDF", "(per SOHR)"; not a rate ("per
// person", "per Syrian refugee") nor a document ("per the Astana Agreement"). "According to" is
// read first, whatever comes before it in the sentence.
const ACCORDING = /according\s+to\s+([^,.;:“”"]{3,120})/di;
const PER = /(?<![\p{L}])per\s+((?:the\s+)?\p{Lu}[^,.;:“”"]{1,118})/du;
const NOT_PER_SOURCE = /^(?:the\s+)?(?:\S+\s+){0,3}(?:agreement|deal|memorandum|accord|resolution|protocol|plan|law|rules|terms)\b/i;
/** "per" names a source where a name follows it, not a people's adjective and a noun ("per Syrian refugee"). */
const perSource = (who: string) => {
  const rate = /^(?:the\s+)?\p{Lu}\p{L}*(?:an|ian|ish|ese|i)\s+(\p{Ll}+)/u.exec(who);
  return !NOT_PER_SOURCE.test(who) && !(rate && !SPEAKER_NOUN.test(rate[1]!));
};
const DASH_ENDS_NAME = /\s*(?:—|\s–\s)[^]*$/;
const DASH_OPENS_ASIDE = /(?:—|\s–)\s*$/;
const ASIDE_DASH = /—|\s–\s/;
/** Longer than this, what follows "according to" has run on past the source. */
const ACCORDING_NAME_CHARS = 80;
const REPORT_MAKER = /^(?:(?:a|the)\s+)?(?:new\s+|latest\s+)?reports?\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,5}?)(?=(?:issued|published|released|compiled|put\s+out|presented)\b)/du;
const REPORT_THEN_NAME = /^((?:(?:a|the)\s+)?(?:new\s+|latest\s+)?reports?)\s+(?=\p{Lu})/u;
/**
 * Where the maker begins in words that name a thing made by someone ("figures compiled by the
 * Syrian Coalition", "a poll published by Levada"): after their last "by", or 0 when they open
 * with a name or make no mention of one. (Not who cited the one who did.)
 */
function madeBy(words: string): number {
  if (!/^\s*(?:[Aa]n?\s+|[Tt]he\s+)?\p{Ll}/u.test(words)) return 0;
  const by = [...matches(ACCORDING_BY, words)].pop();
  return by ? by.index + by[0].length : 0;
}
const ACCORDING_BY = /(?<!\b(?:cited|quoted)\s+)\bby\s+(?!the\s+(?:end|time|start|beginning|middle)\b)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?=(?:the|a|an)\s|\p{Lu})/gu;
// Where the source named after "according to" ends and the next clause begins: a figure or a verb.
const ACCORDING_ENDS = /\s(?:(?!(?:19|20)\d\d\b)\d(?![\d,.]*\p{L})|there\b|it\b|they\b|he\b|she\b|we\b|this\b|those\b|which\b|who\b|by\s+the\s+(?:end|time|start|beginning|middle)\b|has\b|have\b|had\b|is\b|are\b|was\b|were\b|will\b|would\b|claimed\b|killed\b|said\b|says\b|but\b|while\b|with\b|amid\b|after\b|as\b|when\b|since\b|following\b|despite\b|during\b|in\s+(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b|(?:dozens|hundreds|thousands|scores|tens|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b|the\s+(?:conflict|war|death|toll|number|fighting)\b|(?<!\b(?:of|into|on|about|over|investigating|monitoring|probing|examining)\s)the\s+(?:attacks?|strikes?|assault|offensive|raids?|shelling|bombing)\b)/iu;
// (The speaker after a quotation may follow where and when it was said: '…two homes" in the
// village of Hassajik … early on Tuesday the Russian defence ministry said'.)
const AFTER_QUOTE = new RegExp(`^[\\s,]*(?:(.{2,160}?)\\s+${SAY}\\b|${SAY}\\s+(.{2,70}?)(?=[,.;]|$))`, 'di');
// The sentence may end on the day it was said: "…, the agency UNICEF said Wednesday."
// (Or its date: "…, the Pentagon said on June 9.")
const SAID_WHEN = '(?:\\s+(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|earlier|(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{1,2}|\\d{1,2}\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))(?:\\s+(?:morning|afternoon|evening|night))?)?';
// Text that lost its commas runs the rest of the clause into it: "…were killed on Saturday the
// Syrian Observatory for Human Rights said", "…defending Division 30 said Observatory director
// Rami Abdel Rahman"; the speaker is then read in its last words. The sentence may go on with
// what else was said: "…, the ministry said, adding that…".
const SAID_TAIL = '\\s*(?:,?\\s+(?:adding|noting|saying|describing|quoting|citing|updating|revising|raising|without\\s+giving|while|whereas)\\b[^]*|,\\s+(?:an?|the|its)\\s+(?:[a-z-]+\\s+){0,3}?(?:group|monitor|organi[sz]ation|agency|network|body|watchdog|charity|observatory|outlet|channel|newspaper|broadcaster|official|spokes(?:man|woman|person))\\b[^]*|,?\\s+in\\s+an?\\s+(?:new\\s+|revised\\s+|updated\\s+|written\\s+)?(?:toll|statement|report|tweet)\\b[^]*|\\s+(?:on|in)\\s+(?:its|his|her|their)\\s+(?:official\\s+)?(?:website|Telegram\\s+channel|Twitter\\s+account|Facebook\\s+page|blog)\\b[^]*|[.,;]?\\s*)$';
/** "…said X." ending the sentence; X must then be a name or a phrase opened by "the", "a" or "an". */
// (Not "told X": X is who was told.)
const SAY_THEN_NAME = `(?:${[...SPEAKING, 'reported', 'estimated', 'estimates'].filter((v) => v !== 'told' && !v.startsWith('warned')).join('|')})`;
const SAID_NAME = new RegExp(`(?:^|[,;]\\s*)(?:[^,.;“”"]{0,230}?\\s)?${SAY_THEN_NAME}\\s+([^,.;]{2,70})${SAID_TAIL}`, 'di');
const NAME_OPENING = /^(?:(?:the|a|an)\s|\p{Lu})/u;
// Words of a clause, not of a name: "…told Al-Masdar News that the toll was above ten".
const CLAUSE_WORD = /\b(?:that|which|who|was|were|is|are|had|has|have|will|would|but)\b/;
/** A name after "said" has no verb in the past: one is what was said ("says U.S. attack caused deaths…"). */
const hasPastVerb = (words: string) => words.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && lexiconTags(w).includes('PastTense'));
// A day or a month after "said" is when it was said: "…said on Thursday", "…said Sunday".
const NOT_A_NAME = /^(?:on|in|at|last|this|earlier|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/** Whether the words after "said" name who said it: a name or a phrase, not a time or what was said. */
const saidName = (words: string) => NAME_OPENING.test(words) && !NOT_A_NAME.test(words) && !CLAUSE_WORD.test(words) && !hasPastVerb(words);
/**
 * Whether the words after a verb of saying name who said it: a name, or a phrase right after a
 * pause ("…, said the ministry") or opening with a speaker ("…people said the monitoring group"); not the
 * object of a subject's verb ("Militants claimed the destruction of a drone").
 */
const namedAfterVerb = (before: string, words: string) =>
  saidName(words) && (/(?:^|[,;”"])\s*\S+\s*$/.test(before) || (/^(?:[Tt]he\s+)?\p{Lu}/u.test(words) && !thingNamed(words)) || SPEAKER_NOUN.test(words.split(/\s+/, 3).join(' ')) || /^(?:an?|the)\s+(?:member|members|resident|residents|activist|activists|witness|commander|fighter|source|spokes(?:man|woman|person))\b/i.test(words));
/** A thing, not who speaks, that a name opens: "the Russian jet" (but "the Syrian army", "the Kremlin"). */
const thingNamed = (words: string) => {
  const common = words.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:the|of|for|and|in|on|al|el|de|bin|ibn)$/.test(w) && !/^\p{Ll}{1,3}-\p{Lu}/u.test(w));
  return common.length > 0 && !common.some((w) => SPEAKER_NOUN.test(w));
};
/** "…X said." ending the sentence. */
// "…, a hospital worker told RIA Novosti.": who was told follows the verb.
const TOLD_WHOM = '(?:(?<=\\btold)\\s+(?:the\\s+)?[A-Z][^,.;“”"]{1,40}?)?';
// A description set off by commas after a speaker's name: ", the head of the Observatory,", ", 45,",
// ", spokesman for the ministry,"; after an age, a second: ", 38, a mother of four,".
const APPOSITION_BODY = String.raw`(?:(?:the|a|an|its|his|her|their)\s+[^,;:“”"\d]{2,80}?|(?:aged\s+)?\d{1,3}|(?:(?:deputy|former|acting)\s+)?(?:head|spokes(?:man|woman|person)|director|chief|leader|commander|founder|coordinator|secretary|minister|envoy|representative|member)\s+(?:of|for|at|with|in)\s+[^,;:“”"\d]{2,70}?)`;
const APPOSITION = String.raw`(?:\s*,\s*(?:aged\s+)?\d{1,3}(?=\s*,))?\s*,\s*${APPOSITION_BODY}\s*,\s*`;
const APPOSITION_AT_END = new RegExp(`(?<=\\p{Lu}[\\p{L}\\p{M}’'.-]*)${APPOSITION}$`, 'u');
// (Or after a phrase quoted without a comma after it: '…resorting to "coping strategies" the UN said.')
const SAID_BY = new RegExp(`(?:^|[,;]\\s*|[“"][^“”".,;]{1,40}[”"]\\s+)([^,.;“”"]{2,230}?)\\s+${SAY}${TOLD_WHOM}${SAID_WHEN}${SAID_TAIL}`, 'di');
const SAID_BY_APPOSED = new RegExp(`(?:^|[,;]\\s*)([^,.;“”"]{2,230}?)${APPOSITION}${SAY}${TOLD_WHOM}${SAID_WHEN}${SAID_TAIL}`, 'di');
const DATE_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,2}\.\d{1,2}\.\d{4}/i;
/** Beyond this many characters between a figure and "X said", the speaker is read in the last words only. */
const SAID_BY_REACH = 70;
// A speaker's words at most, with what describes it: "The pro-opposition Syrian Observatory for Human Rights (SOHR) war monitor".
const SPEAKER_CHARS = 90;
// Past this many, a speaker holds no verb and no headline before it (see subjectOf).
const PLAIN_SPEAKER_CHARS = 70;

// "The Syrian Observatory said (on Sunday) (that) at least 20 civilians…": the last verb of
// saying before the figure, written in lower case (not "Abu Said"), with the figure in the
// clause it reports (no comma, "but" or "while" between them), and its speaker back to the
// start of the sentence or of the clause ("…, and the health ministry said 5…").
// "SOHR reported that…", "TRT World reported over 50…", "… reported on Friday that…": "reported"
// as a saying only before what was reported; not "reported by", "fighting reported near Aleppo".
// (A number in words too: "SANA reported four rebels were killed".)
const REPORTED_SAYING = 'reported(?=\\s+(?:that|the\\s+deaths?|(?!(?:19|20)\\d\\d\\b)\\d+|at\\s+least|more\\s+than|over|some|nearly|about|around|up\\s+to|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands|scores)(?:\\s|-)|(?:on|from|in)\\s+[^,.;]{1,30}?\\s+that)\\b)';
// "The UN estimated that…", "a study by X found that…": a finding reported, before what was found.
const FOUND_THAT = '(?:estimated|estimates|estimate|confirmed|confirms|found|finds|concluded|showed|shows|revealed|documented|recorded|pointed\\s+out|points\\s+out|noted|notes|stressed|stresses|alleged|alleges|alleging)(?=\\s+that\\b)';
// "Zouhir al-Shimale placed the death toll from the air raids at 50", "the SOHR put the number of killed at 168": a toll given.
const PUT_VERBS = 'placed|places|placing|put|puts|putting|gave|gives|giving';
const PUT_TOLL = `(?:${PUT_VERBS})(?=\\s+(?:(?:the|a|its)\\s+(?:(?:lower|higher|new|revised|updated|final|total|overall)\\s+)?(?:death\\s+)?toll|(?:the|its)\\s+(?:total\\s+)?number\\s+of)\\b)`;
// "The Observatory counted 24 dead" (not "the camp counts 10,000 residents", nor what a pronoun
// in the middle of a sentence "had documented", whose speaker is the verb's before it: "U.N.
// investigators said they had documented 33 attacks"; "It documented 12 attacks" opening a
// sentence is the body the sentence before names).
const COUNTED_FIGURE = '(?:counted|documented)(?<!\\b(?:they|we|you|he|she|it)\\s+(?:had\\s+|have\\s+|has\\s+)?(?:counted|documented))(?=\\s+(?:the\\s+(?:deaths?|killings?)\\s+of\\s+)?(?:at\\s+least\\s+|more\\s+than\\s+|some\\s+|nearly\\s+)?(?:\\d|dozens|hundreds|scores|thousands))';
// "…, with the SOHR saying helicopters had dropped 20 barrel bombs", "with Syrian state media
// reporting one civilian was killed": who is named after "with".
const WITH_VERBS = 'saying|reporting|confirming|recording';
const WITH_VERB_AT_START = new RegExp(`^(?:${WITH_VERBS})\\b`);
const WITH_SAYING = `(?:${WITH_VERBS})(?<=\\bwith\\s+[^,;.:“”"]{2,60}\\s(?:${WITH_VERBS}))`;
// "…, the ministry said, adding that 15…", 'the sources said adding "15 members…"': what the speaker of the words before added.
const ADDING_THAT = 'adding(?=\\s+that\\b|\\s*[,:]?\\s*["“])';
// "…the SOHR had differing numbers, reporting 135 fatalities": what the sentence's subject reports.
const REPORTING_AFTER = 'reporting(?<=,\\sreporting)(?=\\s+(?:that\\b|at\\s+least\\s|more\\s+than\\s|over\\s|some\\s|nearly\\s|about\\s|\\d))';
// "the coalition acknowledged the deaths of 735 civilians": a toll its maker owns to.
const ACKNOWLEDGED = '(?:(?:acknowledged|acknowledges|conceded|concedes)(?=\\s+(?:that\\b|(?:the\\s+)?(?:deaths?|killings?)\\s+of\\b|killing\\b|(?:at\\s+least\\s+|more\\s+than\\s+)?\\d))|(?:admitted|admits)(?=\\s+(?:that\\b|(?:the\\s+)?(?:deaths?|killings?)\\s+of\\b|killing\\b)))';
// "…the attack, which it estimates killed 1,429 people": what the sentence's subject estimates.
const IT_ESTIMATES = '(?:estimates|estimated|believes|believed)(?<=\\b(?:which|that)\\s+it\\s(?:estimates|estimated|believes|believed))';
// "The opposition accused government forces of killing 1,000 civilians": the toll is the accuser's
// (not one who "was accused of" it). "MSF has received reports of 71 attacks": the receiver's.
// (The figure is what the accused did: "of killing", "for the deaths of", "of dropping bombs"; not "blamed rebel forces for the killings".)
const ACCUSED = '(?:accused|accuses|accuse|blamed|blames|blame)(?<!\\b(?:was|were|been|being|is|are|be|get|got)\\s+(?:accused|accuses|accuse|blamed|blames|blame))(?=\\s+[^,.;:“”"]{1,80}?\\s(?:of|for)\\s+(?:(?:likely|probably|deliberately|repeatedly|allegedly)\\s+)?(?:having\\s+)?(?:killing|killed|massacring|murdering|wounding|displacing|using|used|dropping|dropped|firing|launching|shelling|bombing|targeting|attacking|(?:the\\s+)?(?:deaths?|killings?)\\s+of)\\b)';
const RECEIVED_REPORTS = '(?:received|receives|receive)(?=\\s+(?:[\\w,.]+\\s+)?reports?\\s+of\\b)';
// (Each look back of these verbs follows the verb it guards: a scan tries it only after that word,
// not at every word of the text, which made this expression four times slower.)
const SAY_BEFORE = new RegExp(`\\b(?:${SPEAKING.join('|')}|${REPORTED_SAYING}|${FOUND_THAT}|${PUT_TOLL}|${COUNTED_FIGURE}|${WITH_SAYING}|${ADDING_THAT}|${REPORTING_AFTER}|${IT_ESTIMATES}|${ACKNOWLEDGED}|${ACCUSED}|${RECEIVED_REPORTS})\\b`, 'g');
// The name after a verb of saying that a pause opens, before "adding that": "…, said Rami Abdel
// Rahman head of the Observatory adding that" (not the verb's object: "announced a curfew, adding that").
const NAMED_BEFORE_ADDING = new RegExp(`(?:^|[,”"]\\s*)${SAY_THEN_NAME}\\s+([^,.;“”"]{2,80}?)[\\s,]*$`, 'di');
// (A comma before the toll of what the clause's verb did goes on with it: "…had attacked the column, killing 14 people".)
const TOLL_PARTICIPLE = String.raw`(?:killing|wounding|injuring|leaving)\s`;
const TOLL_AT_START = new RegExp(`^${TOLL_PARTICIPLE}`);
const REPORTED_CLAUSE = new RegExp(String.raw`^(?:(?:\s+|,\s+(?=${TOLL_PARTICIPLE}))(?!(?:but|while|whereas|although|though|yet)\b)[^,;:“”"\s]+)*\s+$`, 'u');
const FIGURE_WORD = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|thousands)\b/i;
// What was said is "it", and the clause after tells when, with a subject of its own: "He said it a
// day after ISIL abducted more than 90…" (not "The army said it since September had killed…").
// ("it" is what was said only where no "had killed" of its own follows: not "said it after a week of fighting had killed 200".)
const SAID_IT_WHEN = /^\s+(?:it|this|so)\s+(?:(?:(?:a|one|two|three|several|some|few)\s+(?:hours?|days?|weeks?|months?|years?)\s+)?(?:after|before)|when|while)\s+(?:the\s+|an?\s+|\p{Lu})(?![^,.;]{0,60}\b(?:had|has|have|would|will)\s+\p{Ll}+(?:ed|en)\b)/u;
/** The figure right after "said on", "said in": the date of the saying, not what was said. */
const WHEN_SAID = /^\s+(?:on|in|at|by|from|since|until|last|this|of)\s+$/i;
// (A saying in the lead ends a clause too: "Turkey says the YPG alleged that…" is the YPG's.)
// (And, in text that lost its stops, a capitalised connective that opens the next sentence: "…in
// Idleb Meanwhile civil sources told SANA"; or a span of time: "…in last 24 hours media reported".)
const CLAUSE_BOUNDARY = /[,;:“”"]|\b(?:and|but|while|whereas|that|which|who|(?<!\b(?:well|such|known)\s+)as(?!\s+well\b)|when|because|although|though|where|says|said)\b|(?<=\S\s+)\b(?:Meanwhile|However|Elsewhere|Separately|Moreover|Furthermore|Additionally)\b|(?<=\d[ \t]+)(?:hours|days|weeks|months|years)\b/g;
const AUXILIARIES = /(?:\s+(?:has|have|had|also|further|repeatedly|long|previously|later|earlier|recently|alone|again|then|already|reportedly|however|meanwhile|instead|though|formally|officially|publicly|initially|subsequently|separately|jointly|openly))+\s*$/i;

// Who, written in lower case, can speak for a figure: "a monitoring group", "the military source", "activists".
const SPEAKER_NOUN = /\b(?:sources?|officials?|group|groups|watchdogs?|charity|charities|civil\s+defen[cs]e|monitors?|ministry|ministries|army|military|spokes(?:man|woman|person)|agency|agencies|observatory|activists?|residents?|(?:eye)?witness(?:es)?|doctors?|medics?|police|government|media|statement|report|reports|council|commanders?|rebels?|fighters?|authorities|officers?|diplomats?|analysts?|experts?|organi[sz]ations?|rescuers?|workers?|people|envoy|minister|president|leaders?|chief|head|director|coalition|forces|committee|commission|network|centre|center|opposition|regime|state|television|tv|radio|newspaper|channel|website|staff|correspondents?|reporters?|journalists?|paramedics?)\b/i;

/** Whether the last actor named between two offsets (one the file knows, or a name it lacks) is a person; undefined when none is. */
export type PersonNamed = (start: number, end: number) => boolean | undefined;

/** A speaker given as a pronoun ("…, it said."): who it stands for is read in the sentences before. */
interface Pronoun {
  pronoun: 'it' | 'he' | 'she';
  /** What the words say where no speaker before them can be what they stand for ("the report"). */
  asWritten?: Attribution;
}

const DATELINE_LEAD = new RegExp(String.raw`^\s*(?:${WEEKDAY_WORD},?\s+)?$`);
const PUBLISHED = /\b(?:published|updated|posted|modified|date\s+of\s+publication)(?:\s+(?:on|at))?\s*:?\s*$/i;

// The noun a speaker no actor names is told by: "the Civil Defense spokesman" is a person, "the
// monitoring group" is not. (Its head: the last such noun before what it is of, "a spokesman for the ministry".)
const PERSON_NOUN = /^(?:spokes(?:man|woman|person)|official|officer|commander|minister|president|director|head|chief|leader|activist|doctor|medic|paramedic|resident|witness|eyewitness|source|envoy|ambassador|secretary|general|governor|mayor|analyst|expert|journalist|reporter|correspondent|man|woman)$/i;
const BODY_NOUN = /^(?:ministry|group|agency|monitor|observatory|organi[sz]ation|army|military|government|council|committee|network|charity|coalition|centre|center|office|media|television|channel|newspaper)$/i;
/** Whether a speaker is a person by its head noun; undefined when no noun tells. */
function personByNoun(speaker: string): boolean | undefined {
  const head = speaker.split(/\s+(?:for|of|at|in|with|from|within)\s/)[0]!.split(/\s+/).reverse();
  for (const word of head) {
    if (PERSON_NOUN.test(word)) return true;
    if (BODY_NOUN.test(word)) return false;
  }
  return undefined;
}

/** How many sentences back a pronoun's speaker is looked for. */
const PRONOUN_REACH = 2;

/**
 * `headline`: where the text's headline is, when the text opens with it; a source a headline ends
 * with is its figures' ("… kills 18 civilians in Raqa Monitor").
 */
export function attributionFinder(original: string, sentences: Segment[], sentenceIndex: (offset: number) => number, personNamed: PersonNamed, headline?: { start: number; end: number }) {
  // Read with the dots of "U.S." and "U.N." hidden, which end no clause; quoted from the text.
  const text = withoutAbbreviationDots(original);
  // (Emphasis markup inside is the page's: "the *Violations Documentation Center*".)
  const asWritten = (at: Attribution): Attribution => ({ ...at, text: original.slice(at.start, at.end).replace(/\s+/g, ' ').replace(/(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])/gu, '') });
  const found = rawFinder(text, sentences, sentenceIndex, headline);
  // Each sentence's last speaker, read once however many pronouns look back to it.
  const speakers = new Map<number, Attribution | undefined>();
  const speakerOf = (i: number) => {
    if (!speakers.has(i)) speakers.set(i, lastSpeakerIn(text, sentences[i]!));
    return speakers.get(i);
  };
  return (start: number, end: number): Attribution | undefined => {
    const at = found(start, end);
    if (!at) {
      // A toll's breakdown in the next sentence is the toll's speaker's: "…, the Observatory said.
      // Among the dead were 22 children."
      const index = sentenceIndex(start);
      const s = sentences[index];
      const before = index > 0 && s && start - s.start <= 120 && PARTS_OPENER.test(text.slice(s.start, start)) ? speakerOf(index - 1) : undefined;
      return before && asWritten(before);
    }
    if (!('pronoun' in at)) return asWritten(at);
    // "The ICRC said on Friday … . “…,” it said.": the last speaker named before, if it can be
    // the pronoun ("it" a body or state, "he" or "she" a person) and names an actor, known or not.
    const index = sentenceIndex(start);
    for (let i = index - 1; i >= Math.max(0, index - PRONOUN_REACH); i--) {
      const speaker = speakerOf(i);
      if (!speaker) continue;
      const person = personNamed(speaker.start, speaker.end) ?? personByNoun(speaker.text);
      if (person !== undefined && person === (at.pronoun !== 'it')) return asWritten(speaker);
      break;
    }
    return at.asWritten && asWritten(at.asWritten);
  };
}

/**
 * The text with the dots of capitals' abbreviations ("U.S.", "U.N.") made a letter-less mark of
 * the same length: as for the sentences, they end no clause and no sentence, unless a word
 * that opens sentences follows.
 */
function withoutAbbreviationDots(text: string): string {
  // A title written short before a name: "said Dr. Farid al-Asfar".
  const titled = text.replace(TITLE_ABBREVIATION, (m: string) => `${m.slice(0, -1)}·`);
  if (!/\p{Lu}\.\p{Lu}\./u.test(titled)) return titled;
  return titled.replace(ABBREVIATION, (m: string, at: number) => {
    const ends = SENTENCE_OPENER.test(titled.slice(at + m.length, at + m.length + 8));
    return ends ? `${m.slice(0, -1).replaceAll('.', '·')}.` : m.replaceAll('.', '·');
  });
}
// Here too each look back follows what it guards (a title, a capital), so a scan of a long text
// tries it only there.
const TITLE_ABBREVIATION = new RegExp(String.raw`(?:${SHORT_TITLES})(?<![\p{L}.](?:${SHORT_TITLES}))\.(?=[ \t]+\p{Lu})`, 'gu');
// After an abbreviation, a word that opens sentences: the abbreviation's dot ends one.
const SENTENCE_OPENER = new RegExp(String.raw`^\s+(?:${SENTENCE_OPENERS})\s`);
const ABBREVIATION = /\p{Lu}(?<![\p{L}.]\p{Lu})\.(?:\p{Lu}\.){1,2}/gu;

/**
 * The last speaker a sentence names before a verb of saying ("The ICRC said …", "…, the ministry
 * said."), each read within reach of its verb, so a text without full stops stays linear; or
 * after the verb that ends it ("…, said Rami Abdel Rahman.").
 */
function lastSpeakerIn(text: string, s: Segment): Attribution | undefined {
  let best: Attribution | undefined;
  for (const verb of matches(SAY_BEFORE, text.slice(s.start, s.end))) {
    // ("…, adding that": the same speaker goes on.)
    if (verb[0] === 'adding') continue;
    const at = subjectOf(text, Math.max(s.start, s.start + verb.index - SPEAKER_REACH), s.start + verb.index, s.start);
    if (at && !('pronoun' in at)) best = at;
  }
  // Or after its verb at the sentence's end: "…, said the ministry.", and in text without commas
  // "…nine women said Observatory director Rami Abdel Rahman." (a name, not what "Russia said the
  // strikes hit" reports).
  const tail = Math.max(s.start, s.end - SPEAKER_REACH);
  const named = SAID_NAME.exec(text.slice(tail, s.end));
  if (named && namedAfterVerb(text.slice(tail, tail + named.indices![1]![0]), named[1]!)) {
    const at = span(text, tail + named.indices![1]![0], tail + named.indices![1]![1]);
    if (at && !('pronoun' in at) && at.start >= (best?.end ?? 0)) best = at;
  }
  return best;
}

function rawFinder(text: string, sentences: Segment[], sentenceIndex: (offset: number) => number, headline: { start: number; end: number } | undefined) {
  // "according to X" speaks for the whole sentence: read once per sentence.
  // (Set off by dashes, it speaks only for the words up to the clause's end: "… troops and—according
  // to unnamed sources—potentially tanks, …".)
  const accordingIn = new Map<number, { who: Attribution | Pronoun | undefined; at: number; from: number; to: number }>();
  return (start: number, end: number): Attribution | Pronoun | undefined => {
    // The page's own date ("Published 12 March 2016") is no one's claim.
    if (PUBLISHED.test(text.slice(Math.max(0, start - 24), start))) return undefined;
    // Nor is the dateline that opens the text ("Monday 21 November 2016 One mother…").
    // (A date with its day or month, not a year a verb follows: "2015 was the deadliest year, UNICEF said".)
    if (DATELINE_LEAD.test(text.slice(0, start)) && /(?:\p{L}|\d[./-]\d).*(?:19|20)\d\d$/u.test(text.slice(start, end))) return undefined;
    // The source a headline ends with is its figures', its colon or dash lost where the text runs
    // on: "US-led strike kills 18 civilians in Syrias Raqa Monitor" (not an object: "…in a raid on
    // activists", "…as regime arrests activists").
    const label = headline && start >= headline.start && end <= headline.end && headline.end - end <= HEADLINE_REACH ? HEADLINE_LABEL_AT_END.exec(text.slice(end, headline.end)) : null;
    if (label) return span(text, end + label.indices![1]![0], end + label.indices![1]![1]);
    const index = sentenceIndex(start);
    const s = sentences[index];
    if (!s) return undefined;
    if (!accordingIn.has(index)) {
      const sentence = text.slice(s.start, s.end);
      const per = PER.exec(sentence);
      const m = ACCORDING.exec(sentence) ?? (per && perSource(per[1]!) ? per : null);
      let who = m ? m[1]! : '';
      let at = m ? s.start + m.indices![1]![0] : 0;
      // "(per SOHR)": the bracket it closes ends it.
      if (m && who.includes(')') && !who.slice(0, who.indexOf(')')).includes('(')) who = who.slice(0, who.indexOf(')'));
      // A dash ends it too: "according to unnamed sources—potentially tanks".
      if (m) who = who.replace(DASH_ENDS_NAME, '');
      // Cut at the reach of the expression: the last word whole, or none.
      if (m && /\p{L}/u.test(text[at + who.length] ?? '')) who = who.replace(/\s*\S*$/, '');
      // Where a figure or a verb begins, the source has ended: in text without commas it runs
      // on into the clause after it.
      if (m) who = who.slice(0, who.search(ACCORDING_ENDS) >>> 0);
      // "according to report ISIS has executed…": the report, not the name its clause opens with.
      // ("according to the report Amnesty International issued": its maker.)
      const maker = m ? REPORT_MAKER.exec(who) : null;
      const report = m && !maker ? REPORT_THEN_NAME.exec(who) : null;
      if (maker) {
        at += maker.indices![1]![0];
        who = maker[1]!.trimEnd();
      } else if (report) who = report[1]!;
      // "according to information handed over … by the local council": who gave it.
      const by = madeBy(who);
      at += by;
      who = who.slice(by);
      // And after a name followed by words that are no part of it ("according to Reuters over a
      // dozen airstrikes"). With commas, the comma ends it, unless it runs longer than a name does.
      if (m && (!text.slice(s.start, s.end).includes(',') || who.length > ACCORDING_NAME_CHARS)) {
        const name = /^\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|the|and|al|el|de)\s+)*\p{Lu}[\p{L}’'-]*)*/u.exec(who);
        // Not an adjective of nationality ("Syrian state media", "Turkish officials").
        if (name && !/(?:[’']s|an|ish|ese|i|ch)$/u.test(name[0]) && /^\s+\p{Ll}/u.test(who.slice(name[0].length))) who = name[0];
      }
      // (An aside only where a dash closes it too: "…killed 20 — according to the Observatory." speaks for the sentence.)
      const opens = m ? DASH_OPENS_ASIDE.exec(sentence.slice(0, m.index)) : null;
      const closes = opens ? sentence.slice(m!.index).search(ASIDE_DASH) : -1;
      const dash = closes >= 0 ? opens : null;
      const closing = m ? m.index + closes : -1;
      const clauseEnd = dash ? sentence.slice(closing).search(/[,;]/) : -1;
      // "as according to them the Syrian Army had…": a pronoun, no name.
      accordingIn.set(index, {
        who: m && !/^(?:them|him|her|it|us|me)\b/.test(who) ? span(text, at, at + who.length) : undefined,
        at: m ? s.start + m.index : s.start,
        from: dash ? s.start + dash.index : s.start,
        to: dash && clauseEnd >= 0 ? s.start + closing + clauseEnd : s.end,
      });
    }
    const according = accordingIn.get(index)!;
    if (according.who && start >= according.from && end <= according.to) {
      // Who relays what a speaker named before the figure said is not its source: "the Local
      // Coordination Committees reported at least 30 bodies…, according to Reuters".
      // (Only where the figure is in the clause the speaker's verb opens: not "Russia said its jets
      // hit targets, killing 30 civilians, according to the Observatory".)
      const relayed = according.at > end ? speakerBefore(text, Math.max(s.start, start - SPEAKER_REACH), start, s.start) : undefined;
      return relayed && !('pronoun' in relayed) && !/[,;]/.test(text.slice(relayed.end, start)) ? relayed : according.who;
    }
    // "SANA quoted a source at Aleppo Police Command as saying that two women were killed": the one quoted.
    const from = Math.max(s.start, start - SPEAKER_REACH);
    const quoted = QUOTED_AS.exec(text.slice(from, start));
    if (quoted && !QUOTED_CLAUSE_ENDS.test(text.slice(from + quoted.index + quoted[0].length, start))) {
      const at = from + quoted.indices![1]![0];
      const who = span(text, at, at + quoted[1]!.length);
      if (who) return who;
    }

    // Inside a quotation: find its closing mark and read who speaks after it.
    // Quotations are looked for within a bounded window, so long texts stay linear.
    const close = closingQuote(text, start, end);
    // A quotation that ends its sentence before a new one ('…in Idlib." For its part the
    // Observatory said…') is not said by the next sentence's speaker.
    const endsSentence = close !== -1 && /[.!?]/.test(text[close - 1] ?? '') && /^\s*\p{Lu}/u.test(text.slice(close + 1, close + 4));
    if (close !== -1 && !endsSentence) {
      const after = text.slice(close + 1, close + 200).split(/[.!?\n]/)[0] ?? '';
      const m = AFTER_QUOTE.exec(after);
      if (m) {
        const [a, b] = m.indices![1] ?? m.indices![2]!;
        if (m.indices![2]) return span(text, close + 1 + a, close + 1 + b);
        // "…” On 28 February, the spokesman said": the speaker after the clause's last comma.
        const words = after.slice(a, b);
        const at = a + words.lastIndexOf(',') + 1;
        const within = b - at > SAID_BY_REACH ? speakerAfterDay(after.slice(at, b)) : speakerWithin(after.slice(at, b));
        return within ? span(text, close + 1 + at + within.at, close + 1 + at + within.at + within.text.length) : undefined;
      }
    }
    // "…, said Maria Zakharova." or "…, the ministry said." at the end of the sentence.
    if (s.end - end <= SPEAKER_REACH) {
      const rest = text.slice(end, s.end);
      // "1.5 million Syrians estimated by UNHCR in December 2020": who the passive names.
      const by = ESTIMATED_BY.exec(rest);
      if (by) return span(text, end + by.indices![1]![0], end + by.indices![1]![1]);
      // "…3000 new militants, AP quoted SOHR as saying.": the one quoted, where the sentence ends so.
      const quotedAtEnd = QUOTED_AS_AT_END.exec(rest);
      if (quotedAtEnd && !QUOTED_CLAUSE_ENDS.test(rest.slice(0, quotedAtEnd.index))) {
        const who = span(text, end + quotedAtEnd.indices![1]![0], end + quotedAtEnd.indices![1]![1]);
        if (who) return who;
      }
      // (Each expression below needs a verb of saying or "report": most clauses after a figure have neither.)
      const saying = SAYING.test(rest);
      const named = saying ? SAID_NAME.exec(rest) : null;
      if (named && namedAfterVerb(rest.slice(0, named.indices![1]![0]), named[1]!)) return span(text, end + named.indices![1]![0], end + named.indices![1]![1]);
      // "…were killed in such attacks Anadolu Agency reports.": a news agency, named as one, at the end.
      const agency = rest.includes('report') ? AGENCY_REPORTS.exec(rest) : null;
      if (agency) return span(text, end + agency.indices![1]![0], end + agency.indices![1]![1]);
      // "…, Rami Abdulrahman, the head of the Observatory, said.": the name before the description.
      // (Two commas at least, or there is no description set off: read only then.)
      const apposed = saying && rest.indexOf(',') !== rest.lastIndexOf(',') ? SAID_BY_APPOSED.exec(rest) : null;
      const name = apposed && /^\p{Lu}/u.test(apposed[1]!.trim().split(/\s+/).pop()!) ? speakerWithin(apposed[1]!) : undefined;
      if (name) return span(text, end + apposed!.indices![1]![0] + name.at, end + apposed!.indices![1]![0] + name.at + name.text.length);
      const m = saying ? SAID_BY.exec(rest) : null;
      if (m) {
        const [a, b] = m.indices![1]!;
        const words = text.slice(end + a, end + b).replace(AUXILIARIES, '');
        // A date a long clause follows is the dateline's, no speaker's.
        const far = words.length > SAID_BY_REACH;
        const within = far ? (DATE_WORD.test(text.slice(start, end)) ? undefined : speakerAtEnd(words)) : speakerWithin(words);
        let found = within && span(text, end + a + within.at, end + a + within.at + within.text.length);
        // Or a pronoun after a clause run on without a comma, read from the sentences before: "…were killed in the attack he said".
        const pronoun = !found && (RUN_ON_CLAUSE.test(words) || PERSONAL_AT_END.test(words)) ? subjectPronounAtEnd(words) : null;
        if (pronoun) found = span(text, end + a + pronoun.index, end + a + pronoun.index + pronoun[0].length);
        // No speaker in those words ("…the inaccuracy of earlier estimates."): the one before the figure, if any.
        if (found) return found;
      }
    }
    // A headline's source after a colon at its end: "Islamic State killed 270 in gas field battle: monitor".
    const source = index === 0 && s.end - end <= HEADLINE_REACH ? HEADLINE_SOURCE.exec(text.slice(end, s.end)) : null;
    if (source && SPEAKER_NOUN.test(source[1]!) && !/\b(?:report|reports|statement|all|some|most|many|several)\b/i.test(source[1]!) && !FIGURE_WORD.test(source[1]!)) {
      return span(text, end + source.indices![1]![0], end + source.indices![1]![1]);
    }
    // Or before a colon that opens it: "Syrian opposition: 1300 killed in chemical attack" (ending
    // in a speaker's noun, not a topic's label: "Idlib: 20 killed", "Rebel offensive: 50 killed";
    // nor where the headline names its own: "Syrian opposition: regime says 20 rebels killed").
    const opening = index === 0 && start - s.start <= HEADLINE_REACH ? HEADLINE_SOURCE_FIRST.exec(text.slice(s.start, start)) : null;
    if (opening && SPEAKER_NOUN.test(/\S+$/.exec(opening[1]!)![0]) && !/\b(?:report|reports|statement)\b/i.test(opening[1]!) && !SAYING.test(opening[2]!)) {
      return span(text, s.start + opening.indices![1]![0], s.start + opening.indices![1]![1]);
    }
    const before = speakerBefore(text, Math.max(s.start, start - SPEAKER_REACH), start, s.start);
    if (before) return before;
    // A figure in an embedded post no one in it speaks for is its author's, named after the post's
    // picture link: "…35+ dead & 70+ wounded pic.twitter.com/… Charles Lister (@CharlesLister) June 12, 2016".
    const post = POST_AUTHOR.exec(text.slice(end, end + POST_REACH));
    return post ? span(text, end + post.indices![1]![0], end + post.indices![1]![1]) : undefined;
  };
}

/**
 * Where the quotation around a claim closes, or -1 when the claim is not quoted: curly marks,
 * or straight ones, which open and close alike (an odd number of them since the paragraph began
 * means one is open). Looked for within a bounded window, so long texts stay linear.
 */
function closingQuote(text: string, start: number, end: number): number {
  const from = Math.max(0, start - QUOTE_REACH);
  const before = text.slice(from, start);
  const after = text.slice(end, end + QUOTE_REACH);
  const curlyOpen = before.lastIndexOf('“');
  if (curlyOpen !== -1 && before.lastIndexOf('”') < curlyOpen) {
    const close = after.indexOf('”');
    return close === -1 ? -1 : end + close;
  }
  const paragraph = before.slice(before.lastIndexOf('\n\n') + 1);
  if ((paragraph.match(/"/g)?.length ?? 0) % 2 === 1) {
    const close = after.indexOf('"');
    if (close !== -1 && !after.slice(0, close).includes('\n\n')) return end + close;
  }
  return -1;
}

/** "X said (that) …<claim>": the speaker of the clause the claim is in, if it opens it. */
function speakerBefore(text: string, from: number, start: number, sentenceStart: number): Attribution | Pronoun | undefined {
  const window = text.slice(from, start);
  let verb: RegExpExecArray | undefined;
  // A little past the figure's start, for what "reported" must be followed by ("reported over 50").
  for (const m of matches(SAY_BEFORE, text.slice(from, start + 40))) if (m.index + m[0].length <= window.length) verb = m;
  if (!verb) return undefined;
  // A figure that opens with the toll of what the clause's verb did goes on with it past its comma: "…the column, killing 14".
  // (Not past an "and" that opens another clause: "Russia said it would halt its strikes and hours
  // later jets hit a market, killing 40" is no figure of Russia's.)
  // What was reported goes on past a breakdown ("13 militants, including five suicide attackers,
  // and six fighters") and into the next figure of a list it began ("10 were killed while 15
  // were wounded"; not "the road was closed, and 12 people were hurt").
  let said = window
    .slice(verb.index + verb[0].length)
    // A quotation the verb opens is what was said: 'Trump tweeted "The U.S. will soon control 100%…'.
    .replace(/^\s*[,:]?\s*["“]/, ' ')
    // A word or two quoted inside is still what was said: 'claimed the army "indiscriminately" killed eleven'.
    .replace(/["“]([^"“”,;:]{1,40})["”]/g, ' $1 ')
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/,(\s+including\b)/g, ' $1')
    // And its own losses: "said it had killed 15 rebels, while losing 11 servicemen".
    .replace(/,?\s+while(\s+losing\b)/g, '$1')
    // A date set off by a comma is the figure's: "estimate that as of January 2019, 112 soldiers".
    .replace(DATE_SET_OFF, '$1');
  // So does a list of figures: "claimed to have killed six Syrian soldiers, five Russian soldiers".
  if (FIGURE_WORD.test(said)) said = said.replace(/(?:,\s+and|\s+while|,)(\s+)$/, ' and$1');
  const reported = /\band\b/.test(said) ? said : said.replace(/,(\s+)$/, (m, space: string) => (TOLL_AT_START.test(text.slice(start, start + 20)) ? ` ${space}` : m));
  if (!REPORTED_CLAUSE.test(reported) || WHEN_SAID.test(reported) || SAID_IT_WHEN.test(said)) return undefined;
  if (verb[0] === 'adding') {
    const before = text.slice(from, from + verb.index);
    const named = NAMED_BEFORE_ADDING.exec(before);
    const after = named && saidName(named[1]!) ? span(text, from + named.indices![1]![0], from + named.indices![1]![1]) : undefined;
    if (after) return after;
    const saying = [...matches(SAY_BEFORE, before)].filter((m) => m[0] !== 'adding').pop();
    return saying ? subjectOf(text, from, from + saying.index, sentenceStart) : undefined;
  }
  if (verb[0] === 'reporting' && /,\s$/.test(text.slice(from + verb.index - 2, from + verb.index))) return sentenceSubject(text, sentenceStart, from + verb.index, true);
  return subjectOf(text, from, from + verb.index, sentenceStart);
}

const WHICH_AT_END = /\b(?:which|who)(?:\s+(?:also|has|have|had|now))*\s*$/;
const NAME_THEN_WHICH = /(?:^|[\s(])((?:[Tt]he\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}’'.-]*){0,6}),?\s+(?:which|who)\s+(?:also\s+|has\s+|have\s+|had\s+|now\s+)*$/du;
const DATE_SET_OFF = /\b((?:as\s+of|by|in|until)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:\s+\d{4})?|\d{4})),(?=\s*$)/;
const ESTIMATED_BY = /^[^,.;:“”"]{0,30}?\b(?:estimated|counted|documented|recorded|registered|reported)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|for)\s+)?(?:\p{Lu}[\p{L}’'.-]*|state|television|tv|media|news|agency|officials|sources|monitor|group|ministry|station)){0,6})/du;
const IT_SAYS_IN_RELATIVE = /\b(?:which|that)\s+it\s+$/i;
// A name opening the sentence, before its verb in lower case: "Washington blames…", "The US State Department accuses…".
const SUBJECT_AT_START = /^\s*((?:[Tt]he\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,5})\s+(\p{Ll}+)/du;
const NOT_A_SUBJECT_OPENING = /^(?:In|On|At|After|Before|Since|During|Yesterday|Today|Last|Earlier|Later|Meanwhile|When|While|As|If|Although|Though)\b|[-‐‑](?:led|backed|based)$/;

/**
 * The name that opens the sentence as the subject of its first verb ("The United States accused…");
 * not "The Syrian army released…", "In Aleppo the army…", "Yesterday Russia…".
 */
function sentenceSubject(text: string, sentenceStart: number, verbAt: number, saidAlone = false): Attribution | Pronoun | undefined {
  const subject = SUBJECT_AT_START.exec(text.slice(sentenceStart, verbAt));
  // With `saidAlone`, no one else's saying may stand between (the subject's own first verb may be one):
  // "Turkey reported no fatalities, but stated that…", not "Israel struck…, state media reported, and said…".
  if (saidAlone && SAYING.test(text.slice(sentenceStart + (subject ? subject.index + subject[0].length : 0), verbAt))) return undefined;
  const verb = subject?.[2];
  const tags = verb ? lexiconTags(verb) : [];
  const clean = subject && !NOT_A_SUBJECT_OPENING.test(subject[1]!) && !tags.some((t) => t === 'Noun' || t === 'Singular' || t === 'Plural') && (tags.some((t) => t === 'PresentTense' || t === 'PastTense') || /(?:s|ed)$/.test(verb!));
  return clean ? span(text, sentenceStart + subject.indices![1]![0], sentenceStart + subject.indices![1]![1]) : undefined;
}
// (Its name's words, not a place or a day before it: "in Idlib on Sunday Anadolu Agency reports";
// "…injured SANA news agency reported".)
const AGENCY_REPORTS = new RegExp(String.raw`(?:^|\s)(?<!\b(?:in|on|at|near|from|of)\s)((?:(?!(?:${WEEKDAY_STEMS})day\b)\p{Lu}[\p{L}-]*\s+){0,3}(?:News\s+)?(?:Agency|Network)|(?:AFP|Reuters|AP|SANA|Xinhua|TASS|IRNA|FNA|DPA|dpa)|\p{Lu}[\p{L}-]*\s+news\s+agency)\s+report(?:s|ed)[.\s]*$`, 'du');
const TIME_AFTER_SPEAKER = new RegExp(String.raw`\s+(?:in|on)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|(?:19|20)\d\d|(?:${WEEKDAY_STEMS})day)\s*$`);
// (Not a day that opens a name: "the Sunday Times reported".)
const DAY_IN_RUN = new RegExp(String.raw`\b(?:on\s+)?(?<!\bthe\s+)(?:(?:${WEEKDAY_STEMS})day|yesterday|today|tonight|overnight)(?:\s+(?:morning|afternoon|evening|night))?\s+`, 'gi');
const SHARED_SUBJECT = /,\s*(?:but|and)(?:\s+(?:also|later|then))?\s+$/;
const PARTICIPLE = /^(?:putting|placing|giving|reporting|alleging)\b/;
const SAID_FIRST = /^[^,;]*?\b(?:said|says|stated|announced|reported|added|issued|released|published)\b/;

// (The words before "and" end "of" or "for" and a name; those after it go on with one.)
const NAME_OF_AT_END = /^\s*(?:[Tt]he\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s*$/u;
const NAME_GOES_ON = /^\s*(?:the\s+)?\p{Lu}[\p{L}’'-]*\s*$/u;

/**
 * Who speaks before a verb of saying at `verbAt`: the words from where the sentence or a clause
 * starts (within reach, from `from`), less a run-in date ("Published 12 March 2016 Syrian army
 * says…"); no one for a passive ("It was reported that…").
 */
function subjectOf(text: string, from: number, verbAt: number, sentenceStart: number): Attribution | Pronoun | undefined {
  // "Washington blames the Syrian government for the attack, which it says killed 1,400": "it" in
  // a relative clause is the sentence's subject, named at its start (or no one the words show).
  // "Amnesty International, which also claims Turkey returned thousands": the name the relative clause is of.
  // (Looked for only where the lead ends with the relative word, and in its last words.)
  const tailFrom = Math.max(from, verbAt - 160);
  const whichSays = WHICH_AT_END.test(text.slice(Math.max(from, verbAt - 40), verbAt)) ? NAME_THEN_WHICH.exec(text.slice(tailFrom, verbAt)) : null;
  if (whichSays) return span(text, tailFrom + whichSays.indices![1]![0], tailFrom + whichSays.indices![1]![1]);
  if (IT_SAYS_IN_RELATIVE.test(text.slice(Math.max(from, verbAt - 16), verbAt))) return sentenceSubject(text, sentenceStart, verbAt);
  // "Turkey reported no fatalities, but stated that three soldiers had been injured", "The WHO said
  // in a statement, putting the death toll at 70": the verb shares the sentence's subject.
  // (Not after a deed: "Israel struck the airport, putting the death toll at 30" is the writer's tally.)
  const afterSaying = PARTICIPLE.test(text.slice(verbAt, verbAt + 10)) && /,\s*$/.test(text.slice(Math.max(from, verbAt - 3), verbAt)) && SAID_FIRST.test(text.slice(sentenceStart, verbAt));
  if (SHARED_SUBJECT.test(text.slice(Math.max(from, verbAt - 8), verbAt)) || afterSaying) {
    return sentenceSubject(text, sentenceStart, verbAt, true);
  }
  // "SOHR which closely monitors the fighting said…", "the ministry, which runs the camps, said…":
  // the relative clause describes the speaker, who is before it.
  let lead = withoutRelativeClause(text.slice(from, verbAt)).replace(RELATIVE_CLAUSE, '').replace(ASIDE_BEFORE_VERB, '');
  // A description set off by commas between a name and its verb is no speaker of its own: "Rami
  // Abdulrahman, the head of the Observatory, said", "Abu Ahmed, 45, told…".
  if (/,\s*$/.test(lead)) lead = lead.replace(APPOSITION_AT_END, '');
  // Nor is what the text calls a name before it, set off the same way: "Another activist group,
  // the Local Coordination Committees, said".
  const described = DESCRIPTION_THEN_NAME.exec(lead);
  if (described) return span(text, from + described.indices![1]![0], from + described.indices![1]![1]);
  // (The speaker of "with X saying" or "with X reporting" is X alone, whose clause opens after "with".)
  const withSaying = WITH_VERB_AT_START.test(text.slice(verbAt, verbAt + 10));
  if (withSaying) {
    const withAt = lead.lastIndexOf(' with ');
    if (withAt < 0) return undefined;
    from += withAt + 6;
    lead = lead.slice(withAt + 6);
  }
  // Where each clause starts, the first at the sentence's start (when the lead begins there).
  const starts = from === sentenceStart || withSaying ? [0] : [-1];
  const joins: string[] = [];
  for (const b of matches(CLAUSE_BOUNDARY, lead)) {
    starts.push(b.index + b[0].length);
    joins.push(b[0]);
  }
  let cut = starts[starts.length - 1]!;
  if (cut < 0) return undefined;
  /** The clause that the `i`th join closes, when it is whole in the lead. */
  const clauseBefore = (i: number) => (starts[i]! >= 0 ? { text: lead.slice(starts[i]!, starts[i + 1]! - joins[i]!.length), start: starts[i]! } : undefined);
  // Names joined by "and" speak together: "SDF and Coalition officials said", "Russia, Iran(,)
  // and Turkey said" (after a time: "Yesterday Russia and Turkey said"); so do two bodies named
  // with "the" or "a", the first opening its clause: "the monitor and a civil defence official said".
  const lastJoin = joins.length - 1;
  const firstBody = joins[lastJoin] === 'and' && DETERMINER_AT_START.test(lead.slice(cut)) ? clauseBefore(lastJoin) : undefined;
  const joinedBody = !!firstBody && JOINED_BODY.test(firstBody.text);
  // A name with "of" and "and" in it is one: "The Islamic State of Iraq and the Levant claimed".
  const nameBefore = joins[lastJoin] === 'and' && NAME_GOES_ON.test(lead.slice(cut)) ? clauseBefore(lastJoin) : undefined;
  if (nameBefore && NAME_OF_AT_END.test(nameBefore.text)) cut = nameBefore.start;
  else if (joins[lastJoin] === 'and' && CAPITALISED_AT_START.test(lead.slice(cut))) {
    for (let i = lastJoin; i >= 0 && (i === lastJoin || joins[i] === ','); i--) {
      const name = clauseBefore(i);
      if (name === undefined) break;
      // The serial comma: ", and" is one join.
      if (i === lastJoin && joins[i - 1] === ',' && !name.text.trim()) continue;
      const time = (TIME_LEAD.exec(name.text) ?? ADVERB_LEAD.exec(name.text))?.[0].length ?? 0;
      const words = name.text.slice(time);
      if (!JOINED_NAME.test(words) || NOT_A_SPEAKER_OPENING.test(words) || LIST_OPENER.test(words)) break;
      cut = name.start + time;
      if (time) break;
    }
  } else if (joinedBody) cut = firstBody.start;
  let subject = lead.slice(cut).replace(AUXILIARIES, '');
  // (Nor is when it spoke: "The U.N. in August said", "On Sunday Associated Press said".)
  subject = subject.replace(TIME_AFTER_SPEAKER, '');
  // (A conjunction that opens the sentence is no part of it: "But activists say…", "But over the past year MSF…".)
  const conjunction = /^\s*(?:But|And|Yet|So)\s+(?=\S)/.exec(subject);
  if (conjunction) {
    cut += conjunction[0].length;
    subject = subject.slice(conjunction[0].length);
  }
  const when = TIME_LEAD.exec(subject);
  if (when && /^\s*(?:the\s+)?\p{Lu}/u.test(subject.slice(when[0].length))) {
    cut += when[0].length;
    subject = subject.slice(when[0].length);
  }
  // (Nor a participle's clause that opens the sentence before the name: "Addressing the council Liu said".)
  const participle = PARTICIPLE_OPENING.exec(subject);
  if (participle) {
    cut += participle[0].length;
    subject = subject.slice(participle[0].length);
  }
  // (Nor what the text calls it before its name: "Another group the Local Coordination Committees said";
  // not before a clause: "A group the United States backs said".)
  const describer = DESCRIBER_BEFORE_NAME.exec(subject);
  if (describer && NAME_TO_VERB.test(subject.slice(describer[0].length))) {
    cut += describer[0].length;
    subject = subject.slice(describer[0].length);
  }
  const date = [...matches(RUN_IN_DATE, subject)].pop();
  if (date) {
    cut += date.index + date[0].length;
    subject = subject.slice(date.index + date[0].length);
    // A number before a noun is a count, not a date: "Some 12 activists said…" names no one (but
    // "In 2014 the UN said…" does).
    // (Unless a verb follows it, and the speaker after: "…among the 126 people killed in the attack the Observatory said".)
    if (/^\d{1,3}$/.test(date[0]) && /^\s*\p{Ll}/u.test(subject) && !/^\s*(?:the|a|an|its|their|his|her)\s/i.test(subject) && !RUN_ON_CLAUSE.test(subject)) return undefined;
  }
  // (With an adverb after it too: "It was initially estimated that…".)
  if (/\b(?:was|were|is|are|been|be|being)(?:\s+\p{L}+ly)*\s*$/iu.test(subject)) return undefined;
  // "A study by the ICRC found that…", "a poll published by Levada showed that…": who made it.
  const by = madeBy(subject);
  cut += by;
  subject = subject.slice(by);
  let within = joinedBody && !date && !by ? { text: subject.trim(), at: subject.length - subject.trimStart().length } : speakerWithin(subject);
  // A whole clause run into the speaker without a comma: "…126 people killed in the attack the Syrian Observatory said".
  const runOn = subject.search(RUN_ON_CLAUSE);
  // (A pronoun there is read from the sentences before: "…were killed in the attack he said".)
  const pronounAtEnd = runOn >= 0 ? subjectPronounAtEnd(subject.slice(runOn)) : null;
  if (pronounAtEnd && (!within || /\d/.test(within.text) || within.text.trim().length > SPEAKER_CHARS)) {
    within = { text: pronounAtEnd[0], at: runOn + pronounAtEnd.index };
  } else if (within && (/\d/.test(within.text) || within.text.trim().length > SPEAKER_CHARS) && runOn >= 0) {
    const tail = subject.slice(runOn);
    // (Plain speakers first: "…in a raid on a market activists said" is the activists'.)
    const atEnd = plainSpeakerAtEnd(tail) ?? speakerAtEnd(tail);
    within = atEnd && { text: atEnd.text, at: runOn + atEnd.at };
  }
  // A speaker described at length holds no verb (a headline's in capitals): "…tortured to death by
  // Syrian regime Meanwhile a human rights group", "Civilians Killed in Regime Air Raids… The Syrian National" are headlines run on.
  if (within && within.text.trim().length > PLAIN_SPEAKER_CHARS && within.text.split(/\s+/).some((w) => /^(?:Killed|Kills?|Dead|Die|Dies|Wounded|Injured)$/.test(w) || (/^\p{Ll}/u.test(w) && lexiconTags(w).some((t) => t === 'PastTense' || t === 'PresentTense')))) return undefined;
  // Nor a headline run into the name in title case: "Regime Helicopters Drop Barrel Bombs … The Syrian Network said".
  const named = within && within.text.trim().length > PLAIN_SPEAKER_CHARS ? /(?<=\s)The\s+\p{Lu}(?![^]*\sThe\s+\p{Lu})/u.exec(within.text) : null;
  if (within && named) within = { text: within.text.slice(named.index), at: within.at + named.index };
  if (!within || /\d/.test(within.text) || within.text.trim().length > SPEAKER_CHARS) return undefined;
  // What put a toll higher is no source of it: "Another air strike put the death toll at 60"; nor
  // is a figure itself: "Another estimate put the number at 15,000".
  // Nor what claimed lives: "air strikes near Manbij claimed more than 100 civilians".
  // (The subject's head, not a clause about it: "Rescue workers responding to the attacks gave a toll of 23".)
  if (PUT_AT.test(text.slice(verbAt, verbAt + 8)) && (EVENT_SUBJECT.test(within.text.trim().split(/\s+/).slice(0, 4).join(' ')) || ESTIMATE_SUBJECT.test(within.text.trim()))) return undefined;
  if (/^claimed\b/.test(text.slice(verbAt, verbAt + 8)) && EVENT_OPENS.test(subject)) return undefined;
  // A report's saying is that of who published it: "X published a report alleging that…".
  const at = from + cut + within.at;
  const reportFrom = Math.max(from, at - 30);
  const published = PUBLISHED_REPORT.exec(text.slice(reportFrom, at + within.text.length));
  if (published) return subjectOf(text, from, reportFrom + published.index, sentenceStart);
  return span(text, at, at + within.text.length);
}

const CAPITALISED_AT_START = /^\s*\p{Lu}/u;
// An aside between the speaker and its verb: "The SDF leadership, on the other side, claimed…".
const ASIDE_BEFORE_VERB = /(?<=\S)\s*,\s*(?:on\s+the\s+other\s+(?:side|hand)|for\s+(?:its|their|his|her)\s+part|in\s+turn|in\s+response|however|meanwhile|though|too|also|for\s+instance|in\s+a\s+(?:statement|tweet|report))\s*,\s*$/i;
// (Verbs of speaking only, not a name ending in "-ing": "Downing Street said"; nor an object in capitals, whose end is unknown: "Addressing the Security Council Nikki Haley".)
const PARTICIPLE_OPENING = /^\s*(?:Speaking|Addressing|Talking|Writing|Citing|Quoting|Visiting|Commenting|Responding|Reacting|Testifying|Briefing|Appearing)\s+(?:(?!(?:in|at|from)\s+\p{Lu})[\p{Ll}’'-]+\s+){0,5}(?<!\b(?:the|a|an)\s+)(?:(?:in|at|from)\s+\p{Lu}[\p{L}’'-]*\s+)?(?:(?:on|late\s+on|early\s+on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?=\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:de|al|el|bin|ibn|van|von)[\s-])?\p{Lu}[\p{L}’'-]*){0,3}\s*$)/u;
const DESCRIPTION_THEN_NAME = /(?<=^|[,;]\s*)\s*(?:[Aa]nother|[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}(?:group|monitor|organi[sz]ation|body|agency|network|watchdog|charity|coalition|alliance|militia)\s*,\s*((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+|(?:al|el|bin|ibn|de)[\s-])*\p{Lu}[\p{L}’'.-]*)*)\s*,\s*$/du;
const NAME_TO_VERB = /^the\s+\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)*\p{Lu}[\p{L}’'-]*)*\s*$/u;
const DESCRIBER_BEFORE_NAME = /^\s*(?:Another|An?|One|The)\s+(?:[\p{Ll}-]+\s+){0,2}(?:group|monitor|organi[sz]ation|body|agency|network|watchdog)\s+(?=the\s+\p{Lu})/u;
const PUBLISHED_REPORT = /\b(?:published|issued|released|put\s+out)\s+(?:a|an|the|its)\s+(?:new\s+|latest\s+)?(?:report|study|statement)\s*$/;
// A headline's source after a colon at its end ("…battle: monitor"), in the text's first sentence,
// where a headline stands; and the author of an embedded post.
const HEADLINE_REACH = 240;
const HEADLINE_LABEL_AT_END = /(?<![\p{L}])(?<!\b(?:of|on|by|against|with|from|the|a|an|to|for|in|at|and|arrests?|arrested|targets?|targeted|bombs?|bombed|hits?|attacked|detains?|detained|raided|accuses?|accused|blames?|blamed|bans?|banned|shells?|shelled|struck|threatens?|threatened|warns?|warned|slams?|expels?|expelled|sues?|condemns?|condemned|critici[sz]es?|critici[sz]ed|meets?|met|joins?|joined|backs?|backed|funds?|funded|arms?|trains?|trained|helps?|kills?|killed|kidnaps?|kidnapped|abducts?|abducted|executes?|executed|frees?|freed|releases?|released)\s+)((?:Syrian\s+)?Observatory|[Mm]onitor(?:ing\s+group)?|NGO|[Aa]ctivists|[Rr]ights\s+group|[Ss]tate\s+media|SOHR|[Mm]edics)\s*$/du;
const HEADLINE_SOURCE = /^[^:.;]{0,200}:[ \t]+((?:(?:the|a|an)[ \t]+)?[\p{L}’'-]+(?:[ \t]+[\p{L}’'-]+){0,3})[ \t]*[.!?]?[ \t]*$/du;
const HEADLINE_SOURCE_FIRST = /^\s*((?:the[ \t]+)?[\p{L}’'-]+(?:[ \t]+[\p{L}’'-]+){0,3})[ \t]*:[ \t]+([^:.;]*)$/diu;
const POST_REACH = 400;
const POST_AUTHOR = /^[^.!?\n]{0,280}?\bpic\.twitter\.com\/?\S*\s+(?:[—–-]\s*)?(\p{Lu}[^()\n]{1,60}?)\s+\(@?\w{1,15}\)/du;
// A body's name, as such a description follows it: "the Syrian Observatory for Human Rights", not "the Free Syrian Army".
const NAMED_BODY = /\b(?:Observatory|Network|Cent(?:re|er)|Committees?|Commission|Council|Agency|Organi[sz]ation|Group|Monitor|Office|Institute|Foundation|Society|Union)\b/;
// A name, then what it is: "The Syrian Observatory for Human Rights a Britain-based monitoring group".
const NAME_DESCRIBED = String.raw`((?:[Tt]he\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}’'.-]*)*)\s+(?:a|an)\s+(?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+-[\p{Ll}-]+)\s+){1,3}(?:group|monitor|organi[sz]ation|agency|body|network|charity|watchdog)`;
const DESCRIBED_AT_END = new RegExp(`(?<![\\p{L}])${NAME_DESCRIBED}\\s*$`, 'u');
const NAME_THEN_DESCRIPTION = new RegExp(`^${NAME_DESCRIBED}$`, 'u');
const PRONOUN_AT_END = /(?<![\p{L}])(?:he|she|it)\s*$/u;
const PERSONAL_AT_END = /(?<![\p{L}])(?:he|she)\s*$/u;
/** A pronoun that ends a clause and is its subject, not an object ("the aid group that supports it said", "treated victims near it said"). */
function subjectPronounAtEnd(words: string): RegExpExecArray | null {
  const pronoun = PRONOUN_AT_END.exec(words);
  const before = pronoun ? /([\p{L}-]+)\s+$/u.exec(words.slice(0, pronoun.index))?.[1] : undefined;
  // ("he" and "she" are never objects: "…since the conflict began he said".)
  if (!pronoun || (pronoun[0].trim() === 'it' && before && lexiconTags(before).some((t) => OBJECT_BEFORE_TAGS.has(t)))) return null;
  return pronoun;
}
const OBJECT_BEFORE_TAGS = new Set(['Preposition', 'Conjunction', 'Adjective', 'Adverb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Verb']);
// A clause of the figure's that a speaker runs on from, without a comma.
const RUN_ON_CLAUSE = /\b(?:killed|wounded|injured|died|were|was)\b/i;
// Words that open a sentence before who speaks: a time ("Yesterday Russia and Turkey said") or
// an adverb ("Elsewhere the Syrian Observatory reported", "Now Russia and Turkey said").
// (Or a period up to now: "Over the past year MSF has received reports of…", "Last week the UN said".)
const OPENING_TIMES = `Yesterday|Today|Tonight|Overnight|Earlier|Later|Meanwhile|(?:${WEEKDAY_STEMS})day|(?:[Oo]ver|[Ii]n|[Dd]uring|[Ww]ithin|[Ff]or)\\s+the\\s+(?:past|last)\\s+(?:(?:few|several|couple\\s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})\\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)(?:\\s+alone)?|(?:[Ll]ast|[Tt]his)\\s+(?:week|month|year|night|weekend)`;
const OPENING_ADVERBS = 'However|Elsewhere|Separately|Moreover|Instead|Still|Also|Now|Then';
const TIME_LEAD = new RegExp(`^\\s*(?:On\\s+)?(?:${OPENING_TIMES})\\s+`);
const ADVERB_LEAD = new RegExp(`^\\s*(?:${OPENING_ADVERBS})\\s+(?=\\p{Lu})`, 'u');
// A list's element that only opens the sentence: "However, Russia and Turkey said", "Near Aleppo, …".
const LIST_OPENER = new RegExp(`^\\s*(?:${OPENING_TIMES}|${OPENING_ADVERBS}|In|On|At|Near|From|After|Before|During|Since|Outside|Inside)\\b`);
const DETERMINER_AT_START = /^\s*(?:the|a|an)\s/i;
const SPEAKING_BODY = '(?:monitor|ministry|observatory|agency|army|military|government|official|source|spokesman|spokeswoman|spokesperson|council|command|police|network|committee|coalition)';
const BODY_PHRASE = String.raw`(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}${SPEAKING_BODY}`;
const JOINED_BODY = new RegExp(`^\\s*${BODY_PHRASE}\\s+$`, 'iu');
const JOINED_BODY_AND = new RegExp(`(?:^|\\s)${BODY_PHRASE}\\s+and\\s+$`, 'iu');
// A name alone, of up to four capitalised words, that could be one of the speakers a list joins.
const JOINED_NAME = /^\s*(?:the\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s*$/u;

// An event that opens the subject, not one a modifier names ("Rebels behind the attack claimed…").
const EVENT_WORDS = 'strikes?|airstrikes?|attacks?|blasts?|bombings?|explosions?|shelling|raids?|offensive|fighting|clashes|fire|rockets?|mortars?|shells?';
const EVENT_OPENS = new RegExp(String.raw`^\s*(?:(?:but|and|yet|however|meanwhile)\s+)?(?:(?:the|an?|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${EVENT_WORDS}|war|conflict)\b(?!\s+(?:monitor(?:ing)?|observers?|group|reporters?|correspondents?|experts?|analysts?|crimes?|researchers?|planes?))`, 'iu');
const EVENT_SUBJECT = new RegExp(String.raw`\b(?:${EVENT_WORDS}|deaths|killings?|massacre)\b`, 'i');
const PUT_AT = new RegExp(`^(?:${PUT_VERBS})\\b`);
// A figure that is no one's: "Another estimate put the number at…" (not "Iraq Body Count put…").
const ESTIMATE_SUBJECT = /^(?:[Tt]he|[Aa]n?|[Aa]nother|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Oo]ne)\s+(?:\p{Ll}+\s+){0,2}(?:estimates?|figures?|counts?|tally|tallies)$/u;

// Closed by a comma, or short where the text has none (a long one may hold the speaker: "an attack
// which killed dozens in Idlib Turkeys health ministry said"; see `RELATIVE_CLAUSE_OF_SPEAKER`).
// (Or an aside on where they spoke: "Erdoğan, speaking at the Turkic Council in Baku, said…".)
const RELATIVE_CLAUSE = /(?<=\S)(?:\s*,\s*(?:which|who|speaking|writing|addressing|talking)\s[^,;:“”"]*,\s*|\s+(?:which|who)(?:\s+[^\s,;:“”"]+){1,7}\s*)$/i;

const RUN_IN_DATE = /\b\d{1,4}(?:[:.]\d{2})?(?:\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)?(?:\s*(?:GMT|UTC|am|pm|a\.m\.|p\.m\.)(?![\p{L}]))?(?![\p{L}\p{N}])/gu;

// The opening of words that are a time, a place or the end of the claim, not a speaker.
// ("Several days before the Russian Defense Ministry announced…": a time too.)
const NOT_A_SPEAKER_OPENING = /^\s*(?:for\s+(?:its|their|his|her)\s+part|in\s+turn|in\s+response|on|in|at|during|after|before|since|by|from|late|early|last|earlier|later|meanwhile|also|including|and|or|more|ago|dead|killed|wounded|injured|both|(?:(?:several|a\s+few|some|many|two|three|four|five|ten)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:before|after|later|earlier|ago)|-|–|—)\b/i;
// Who speaks, in lower case and without "the": "…, opposition sources reported", "state media claimed that…".
const PLAIN_SPEAKER_NOUN = '(?:sources|officials|activists|media|residents|witnesses|eyewitnesses|medics|paramedics|rescuers|monitors|doctors|journalists|reporters|correspondents|authorities|TV|television|radio)';
const PLAIN_SPEAKER = new RegExp(`^\\s*((?:[\\p{Ll}-]+\\s+){0,3}${PLAIN_SPEAKER_NOUN})\\s*$`, 'u');
// Longer after a name or a speaking body's noun: "The Observatory which relies on a network of
// sources inside Syria said", "Archimandrite Emanuel Youkhana who works … in the region said", "An
// activist who spoke on condition of anonymity for fear of retribution said"; not
// where a phrase that may be a speaker (a determiner, then a name or a speaking body's noun, not a
// place) ends the clause, run into it ("…in Azaz which has been held by rebels since 2012 the
// Syrian Observatory said", "…by MSF which has worked there for years the charity said").
const RELATIVE_CLAUSE_OF_SPEAKER = /(?<=\b(?:\p{Lu}[\p{L}’'-]*|[Gg]roup|[Mm]onitor|[Mm]inistry|[Oo]bservatory|[Aa]gency|[Oo]rgani[sz]ation|[Nn]etwork|[Cc]harity|[Aa]ctivist|[Ss]ource|[Oo]fficial|[Rr]esident|[Ww]itness|[Dd]octor|[Ss]pokes(?:man|woman|person)))\s+(?:which|who)(?:\s+[^\s,;:“”"]+){1,14}\s*$/u;
const SPEAKER_ENDS_CLAUSE = new RegExp(String.raw`\b(?:the|a|an)\s+(?:\S+\s+){0,3}?(?:\p{Lu}[\p{L}’'-]*|${PLAIN_SPEAKER_NOUN}|${SPEAKING_BODY}|group|charity)\s*$`, 'u');
// (A place ends such a clause as often: "…who runs the Observatory from a house in Coventry".)
const PLACE_ENDS_CLAUSE = /\b(?:in|from|near|at|across|inside|outside|of)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,2}?\p{Lu}[\p{L}’'-]*\s*$/u;
const withoutRelativeClause = (lead: string) => {
  // (Tried only from the last "which" or "who", a word or so back: each try would otherwise start
  // at every character of the lead.)
  const at = Math.max(lead.lastIndexOf(' which '), lead.lastIndexOf(' who '));
  if (at < 0) return lead;
  const from = Math.max(0, lead.lastIndexOf(' ', Math.max(0, at - 1)));
  const found = RELATIVE_CLAUSE_OF_SPEAKER.exec(lead.slice(from));
  const clause = found && { 0: found[0], index: from + found.index };
  return clause && !(SPEAKER_ENDS_CLAUSE.test(clause[0]) && !PLACE_ENDS_CLAUSE.test(clause[0])) ? lead.slice(0, clause.index) : lead;
};
// What a figure counts, not who speaks: "killing nine children and 14 others local activists said".
const COUNTED = /^(?:others?|more|people|persons|civilians|children|women|men)$/;
/** Tags of a word that cannot describe the speaker: "were killed in sources". */
const NOT_DESCRIBING = new Set(['Verb', 'PastTense', 'PresentTense', 'Gerund', 'Copula', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Possessive', 'QuestionWord', 'Adverb', 'Value']);

/**
 * The speaker in words that may hold more: text without commas runs a time, a place or the
 * claim's last words into it ("on Wednesday a monitoring group", "In Daraa al-Balad the military
 * source", "…20 dead a monitor said"). Then the speaker is the last phrase that opens with
 * "the", "a" or "an" (with a body joined to it by "and": "the monitor and a civil defence
 * official"), or else the capitalised words at the end; with neither, there is none.
 */
// A surname's particle opens a name in lower case: "de Mistura said", "al-Jaafari told".
const NAME_PARTICLE_AT_START = /^\s*(?:de|al|el|van|von|bin|ibn)[\s-](?=\p{Lu})/u;

function speakerWithin(words: string): { text: string; at: number } | undefined {
  if (/^\s*(?:it|he|she)\s*$/i.test(words)) return { text: words, at: 0 };
  // A pronoun right before the verb, in text that lost its commas: "…killed in raids he said".
  const pronoun = /\s(?:he|she)\s*$/.exec(words);
  if (pronoun) return { text: pronoun[0].trim(), at: pronoun.index + 1 };
  // A sentence's adverb is no part of the speaker: "Elsewhere the Syrian Observatory reported…".
  const adverb = SENTENCE_ADVERB.exec(words);
  if (adverb) {
    const rest = speakerWithin(words.slice(adverb[0].length));
    return rest && { text: rest.text, at: rest.at + adverb[0].length };
  }
  // Whole, unless a clause runs into it in copy without commas ("Syrian civilians were killed the Syrian Network").
  // (Nor a time and a clause of the figure's: "…Friday including 10 when their bus was hit the civil defence said".)
  // (Nor what a bracket closes: "…three kilometres (two miles) east of Dabiq the Turkish army said".)
  if (!NOT_A_SPEAKER_OPENING.test(words) && !/^\s*[()]/.test(words) && !/^\s*\p{Ll}/u.test(words.replace(/^\s*(?:the|a|an|its|their|his|her)\s/i, 'X ').replace(NAME_PARTICLE_AT_START, 'X')) && !CLAUSE_BEFORE_SPEAKER.test(words.split(/\b(?:who|which|that)\b/)[0]!) && !FIGURE_CLAUSE_IN.test(words)) return { text: words, at: 0 };
  const plain = PLAIN_SPEAKER.exec(words);
  if (plain && !NOT_A_SPEAKER_OPENING.test(words) && describesSpeaker(plain[1]!)) return { text: plain[1]!, at: words.indexOf(plain[1]!) };
  // In copy without commas, the clause runs into the speaker: "…the group were killed overnight
  // civil defence sources", "…killed in Idlib local sources": the speaker is after its last verb.
  const verb = [...matches(CLAUSE_VERB, words)].pop();
  const tail = verb ? words.slice(verb.index + verb[0].length) : words;
  // The day the clause tells of ends it: "…were killed in the blasts on Tuesday state media said".
  const afterDay = speakerAfterDay(tail);
  if (afterDay) return { text: afterDay.text, at: words.length - tail.length + afterDay.at };
  // A counted witness ends it: "…to the nearby Azaz hospital one witness said".
  const counted = endingGroup(COUNTED_SPEAKER_AT_END, words, words.length - tail.length);
  if (counted) return counted;
  const determiner = [...matches(/\b(?:the|a|an)\s/gi, tail)].pop();
  // Those counted before plain speakers are not of them: "…with children among the casualties media reported".
  const harmedThenPlain = determiner ? HARMED_THEN_PLAIN.exec(tail.slice(determiner.index)) : null;
  if (determiner && harmedThenPlain) return { text: harmedThenPlain[1]!, at: words.length - tail.length + determiner.index + harmedThenPlain[0].trimEnd().length - harmedThenPlain[1]!.length };
  if (determiner) {
    const at = words.length - tail.length + determiner.index;
    // One of a body, whole: "…in Aleppo a source in the Syrian militia said".
    const partOf = partOfBodyAt(words, at);
    if (partOf !== undefined) return { text: words.slice(partOf).trimEnd(), at: partOf };
    // An ordinal counts the one before the name, who is not it: "…injuring a fourth SANA said";
    // a name and its speaker's noun come after an object: "…with a rocket shelling SANA news agency
    // reported"; "a" or "an" before plural speakers is the last object's: "…in a raid on a market
    // activists said".
    const after =
      endingGroup(ORDINAL_THEN_NAME, words, at) ??
      endingGroup(OBJECT_THEN_NAMED, words, at) ??
      endingGroup(OBJECT_THEN_PLAIN, words, at) ??
      endingGroup(PLACE_THEN_PLAIN, words, at) ??
      endingGroup(NOUN_THEN_NAME, words, at);
    if (after) return after;
    // Two bodies speaking together: "…including children the monitor and a civil defence official said".
    const joined = JOINED_BODY_AND.exec(words.slice(0, at));
    // Only right after the noun of what was counted ("…including children the monitor and…"),
    // not after a verb or a preposition that takes it ("jets struck the army and a local official said").
    const taker = joined && /(\S+)\s*$/.exec(words.slice(0, joined.index + joined[0].length - joined[0].trimStart().length))?.[1];
    // (A plural that a name before it makes a verb is none: "as Turkey attacks the army and…".)
    const beforeTaker = /(\S+)\s+\S+\s*$/.exec(words.slice(0, joined?.index ?? 0))?.[1];
    return joined && taker && lexiconTags(taker).includes('Plural') && !(beforeTaker && /^\p{Lu}/u.test(beforeTaker)) ? { text: words.slice(joined.index + joined[0].length - joined[0].trimStart().length).trimEnd(), at: joined.index + joined[0].length - joined[0].trimStart().length } : personAfterRole(words, at);
  }
  // The words that describe the speaker, not those before them: "…injured many others local sources".
  const plainAtEnd = plainSpeakerAtEnd(tail);
  if (plainAtEnd) return { text: plainAtEnd.text, at: words.length - tail.length + plainAtEnd.at };
  const named = NAME_AT_END.exec(tail);
  return named ? { text: tail.slice(named.index), at: words.length - tail.length + named.index } : undefined;
}

/** Whether the words before a speaker noun describe it ("civil defence sources"), not count it or run a clause into it. */
const describesSpeaker = (phrase: string) => phrase.split(/\s+/).slice(0, -1).every((w) => !COUNTED.test(w) && !TIME_WORD.test(w) && !lexiconTags(w).some((t) => NOT_DESCRIBING.has(t)));
const SENTENCE_ADVERB = new RegExp(`^\\s*(?:${OPENING_ADVERBS})\\s+(?=\\S)`);
// (Only after the figure's words: "Residents returning after the town was retaken said" are whole.)
const FIGURE_CLAUSE_IN = /(?:\d|\b(?:killed|dead|wounded|injured|including)\b)[^]*?\b(?:when|where|after|as)\s+(?:\S+\s+){0,3}?(?:was|were)\s+\p{Ll}{2,}\b/u;
const CLAUSE_BEFORE_SPEAKER = /\b(?:were|was|been)\s+(?:\p{Ll}{2,}ed|taken|driven|beaten|hidden|shaken)\s+(?:the|a|an)\s/u;
const CLAUSE_VERB = /\b(?:were|was|are|is|been|killed|wounded|injured|died|fled|displaced|arrested|captured)\b/gi;
const COUNTED_SPEAKER_AT_END = /(?:^|\s)((?:one|two|three|four|five|several|some|many)\s+(?:[\p{Ll}-]+\s+)?(?:witness(?:es)?|officials?|sources?|residents?|activists?|doctors?|medics?|rescuers?|paramedics?))\s*$/u;
// (Of the words before the speakers, only those that say whose: "a rebel-held town opposition activists".)
const OBJECT_THEN_PLAIN = new RegExp(`^(?:a|an)\\s+(?:(?!and\\s)\\S+\\s+)+?((?:(?:local|opposition|rebel|government|state|medical|civil|rights|Kurdish|Syrian|Turkish|Russian|Iranian)\\s+)?${PLAIN_SPEAKER_NOUN})\\s*$`, 'u');
const OBJECT_THEN_NAMED = /^(?:a|an)\s+(?:[\p{Ll}-]+\s+){2}(?:\S+\s+)*(?<!\b(?:in|near|at|on|of|from)\s)(\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,3}?\s+(?:news\s+)?(?:agency|monitor|observatory|media|television|tv|channel|newspaper|ministry|group))\s*$/u;
const PART_OF_BODY = /\b(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:source|sources|official|officials|spokes(?:man|woman|person)|member|members|commander|officer|unit)\s+(?:in|from|within|at|of|with|close\s+to|linked\s+to|affiliated\s+with)\s+$/u;
/** Where one of a body begins, before the determiner at `at`: "a source in |the Syrian militia". */
function partOfBodyAt(words: string, at: number): number | undefined {
  const from = Math.max(0, at - 60);
  const m = PART_OF_BODY.exec(words.slice(from, at));
  return m ? from + m.index : undefined;
}
// After a place that ends an object, in copy without commas: "…close to the border with Turkey local sources said", "…at an army checkpoint in Homs state media said".
// (A people's adjective is the speaker's: "…in the town of Al Bab Turkish media said".)
const PLACE_THEN_PLAIN = new RegExp(`^(?:the|an?)\\s+(?:\\S+\\s+)*?(?:with|of|to|near|in|from|at|on)\\s+\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*?\\s+((?:\\p{Lu}\\p{Ll}+(?:ish|ian|an|ese|i)\\s+)?(?:(?:local|opposition|rebel|government|state|medical|civil|rights)\\s+)?${PLAIN_SPEAKER_NOUN})\\s*$`, 'u');
// A name after an object of common nouns: "…pulled back from the battlefield FNA reported" (not "the city of Aleppo").
const NOUN_THEN_NAME = /^the\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?<!\b(?:of|in|near|at|from|to|with|on|and)\s)(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s*$/u;
const ORDINAL_THEN_NAME = /^(?:a|an|the)\s+(?:first|second|third|fourth|fifth|sixth|another|other)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s*$/u;
const HARMED_THEN_PLAIN = new RegExp(`^(?:the|a|an)\\s+(?:casualties|victims|dead|deaths|wounded|injured|killed|fatalities)\\s+(${PLAIN_SPEAKER_NOUN})\\s*$`, 'iu');
const WHOSE_PLAIN_AT_END = new RegExp(`(?:^|\\s)((\\p{Lu}[\\p{L}.·]*)\\s+(?:[\\p{Ll}-]+\\s+)?${PLAIN_SPEAKER_NOUN})\\s*$`, 'u');
// A state's or a people's word, or a group of them, as officials or media are theirs: "US", "Turkish", "Western".
const isPeoples = (word: string) => isNationality(word) || /^(?:Western|Arab|Gulf)$/.test(word);
const PLAIN_AT_END = new RegExp(`(?:^|\\s)((?:[\\p{Ll}-]+\\s+){0,2}${PLAIN_SPEAKER_NOUN})\\s*$`, 'u');
const TIME_WORD = /^(?:overnight|yesterday|today|tonight|earlier|later|recently|meanwhile)$/i;

// Capitalised words ending a phrase, with an Arabic article glued to one: "…journalist Zouhir al-Shimale".
// (One quantifier per gap between words: a run of spaced capitalised words stays linear.)
const NAME_AT_END = new RegExp(String.raw`(?<![\p{L}-])(?:${ARABIC_ARTICLE})?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|de|van|von|bin|ibn)\s+)?(?:${ARABIC_ARTICLE})?\p{Lu}[\p{L}’'-]*)*\s*$`, 'u');

/**
 * The phrase from `at`, or the person it ends with after their role: "the Britain-based
 * monitoring group Rami Abdel Rahman" is Rami Abdel Rahman.
 */
function personAfterRole(words: string, at: number): { text: string; at: number } {
  const person = ROLE_THEN_PERSON.exec(words.slice(at));
  return person ? { text: person[1]!.trimEnd(), at: at + person.index + person[0].length - person[1]!.length } : { text: words.slice(at), at };
}
// (A body the person heads, whose "head of" the clause cut off; a role itself stays: "Observatory head Rami Abdel Rahman".)
const ROLE_THEN_PERSON = /\b(?:group|monitor|organi[sz]ation|network|agency)\s+(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)+\s*)$/u;

/** The first group of an expression that runs to the end of `words` from `from`, where it stands in `words`. */
function endingGroup(re: RegExp, words: string, from: number): { text: string; at: number } | undefined {
  const m = re.exec(words.slice(from));
  return m ? { text: m[1]!, at: from + m.index + m[0].trimEnd().length - m[1]!.length } : undefined;
}

/** Plain speakers ending words ("…on a market activists"), less the words before them that do not describe them. */
function plainSpeakerAtEnd(words: string): { text: string; at: number } | undefined {
  const plain = PLAIN_AT_END.exec(words);
  if (!plain) return undefined;
  let speaker = plain[1]!;
  while (!describesSpeaker(speaker)) speaker = speaker.slice(speaker.indexOf(' ') + 1);
  return { text: speaker, at: words.trimEnd().length - speaker.length };
}

/** The speaker after the day a clause run on without commas tells of: "…at an army checkpoint on Tuesday |state media". */
function speakerAfterDay(words: string): { text: string; at: number } | undefined {
  // (Within a speaker's length of the end: a longer speaker is none.)
  const from = Math.max(0, words.length - SPEAKER_CHARS);
  const day = [...matches(DAY_IN_RUN, words.slice(from))].pop();
  const rest = day ? from + day.index + day[0].length : words.length;
  const inner = rest < words.length ? speakerWithin(words.slice(rest)) : undefined;
  return inner && { text: inner.text, at: rest + inner.at };
}

// A name with what it is after it: "…the Syrian Observatory for Human Rights monitoring group".
const NAME_THEN_WHAT = /\p{Lu}[\p{L}’'-]*\s+(?:(?:human\s+)?rights\s+group|monitoring\s+group|monitor|watchdog|news\s+agency)\s*$/u;

/**
 * The speaker at the end of a clause that ran on without a comma ("…on Saturday the Syrian
 * Observatory for Human Rights"): its last phrase opened by "the", "a" or "an" if that is short
 * and has no figure, or else its last capitalised words.
 */
function speakerAtEnd(words: string): { text: string; at: number } | undefined {
  // (The day the clause tells of ends it.)
  const afterDay = speakerAfterDay(words);
  if (afterDay) return afterDay;
  // (A body's name with what it is after it: "…killed 19 people the Syrian Observatory a Britain-based monitoring group".)
  // (Within the last words: a name and its description are short.)
  const tail = Math.max(0, words.length - 160);
  const found = DESCRIBED_AT_END.exec(words.slice(tail));
  const described = found && Object.assign(found, { index: found.index + tail });
  if (described && NAMED_BODY.test(described[1]!)) return { text: described[1]!, at: described.index + described[0].indexOf(described[1]!) };
  const determiner = [...matches(/\b(?:the|a|an)\s/gi, words)].pop();
  // (Two bodies speaking together: "…in the strikes a Britain-based monitor and a medical source";
  // only right after the noun of what the clause tells of, not after a word that takes the first
  // as its object: "positions held by the army and a medical source said".)
  const joinedFrom = determiner ? Math.max(0, determiner.index - 60) : 0;
  const joined = determiner ? JOINED_BODY_AND.exec(words.slice(joinedFrom, determiner.index)) : null;
  const firstAt = joined ? joinedFrom + joined.index + joined[0].length - joined[0].trimStart().length : -1;
  const taker = joined ? /(\S+)\s*$/.exec(words.slice(0, firstAt))?.[1] : undefined;
  // (A word right after an article is a noun, whatever else the lexicon says: "in the fighting".)
  const afterArticle = joined ? /\b(?:the|a|an|this|that)\s+\S+\s*$/i.test(words.slice(0, firstAt)) : false;
  const together = !!taker && (afterArticle || !lexiconTags(taker).some((t) => OBJECT_BEFORE_TAGS.has(t)));
  // (One of a body: "…in Aleppo a source in the Syrian militia said", "a media unit linked to the Hezbollah group".)
  const partOf = determiner && !together ? partOfBodyAt(words, determiner.index) : undefined;
  const from = !determiner ? 0 : together ? firstAt : (partOf ?? determiner.index);
  const phrase = determiner ? words.slice(from) : '';
  // (A name with what it is after it is longer: "the British-based Syrian Observatory for Human Rights monitoring group".)
  const most = together || partOf !== undefined ? 12 : NAME_THEN_WHAT.test(phrase) ? 10 : 7;
  if (determiner && phrase.trim().split(/\s+/).length <= most && !/\d/.test(phrase)) {
    if (partOf !== undefined) return { text: phrase, at: from };
    return (!together && (endingGroup(PLACE_THEN_PLAIN, words, from) ?? endingGroup(NOUN_THEN_NAME, words, from))) || { text: phrase, at: from };
  }
  // (Or a state's or a people's officials or sources: "…following weeks of quiet preparations US officials".)
  const whose = WHOSE_PLAIN_AT_END.exec(words);
  if (whose && isPeoples(whose[2]!)) return { text: whose[1]!, at: whose.index + whose[0].indexOf(whose[1]!) };
  const named = NAME_AT_END.exec(words);
  return named ? { text: words.slice(named.index), at: named.index } : undefined;
}

const SPEAKER_BREAK = /\n\s*|[.!?]\s+(?=[*_“"]?\p{Lu})|\s[—–]\s/gu;
// (Nor when or why it was made: "the SNHR published on Wednesday".)
const SPEAKER_THEN = /\s+(?:adding|noting|saying|describing|stressing|explaining|warning|writing|speaking|citing|quoting|published|released|issued|due\s+to|(?:in|on)\s+(?:a|an|its|his|her|their)\s+(?:statement|interview|briefing|report|tweet|post|message|speech)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+(?:19|20)\d\d)\b/i;

// A capitalised word and a plural ("Chemical attacks") before a name: a heading's words.
const HEADING_RUN_ON = /^\p{Lu}\p{Ll}+\s+(\p{Ll}{3,}s)\s+(?=\p{Lu}\p{L}*(?:\s+(?:of|for|the|al|el|\p{Lu}[\p{L}’'-]*))*$)/u;

/** The attribution between two offsets, trimmed of spaces and closing quotes; a pronoun to be read, or none. */
function span(text: string, start: number, end: number): Attribution | Pronoun | undefined {
  // "said the Observatory, adding…" without its comma: what it added is not who.
  const more = SPEAKER_THEN.exec(text.slice(start, end));
  if (more) end = start + more.index;
  // Nor what ends before a line break, a full stop or a dash: a heading, another sentence, an aside.
  const before = [...matches(SPEAKER_BREAK, text.slice(start, end))].pop();
  if (before) start += before.index + before[0].length;
  // Nor a word that joins it to what was cut off: "JOHUD and", "confirmation on".
  end = start + text.slice(start, end).replace(/(?:\s+(?:and|or|of|on|in|at|by|for|the|had|has|have))+\s*$/i, '').length;
  const raw = text.slice(start, end);
  // A list's bullet, a table's bar and emphasis markup around the name are the page's, not the speaker's: "* *Middle East Monitor*".
  let lead = raw.length - raw.replace(/^[\s*_•‣◦|-]+/, '').length;
  // (Nor the dash or comma that opened an aside after it: "The Observatory - which relies on…".)
  let body = raw.slice(lead).replace(/[\s”"’,–—-]+$/, '');
  // Nor a heading whose line break was lost, run into the name: "Chemical attacks Human Rights Watch".
  const heading = HEADING_RUN_ON.exec(body);
  // (A plural the lexicon knows: "Médecins sans Frontières" is a name.)
  const plural = heading ? lexiconTags(heading[1]!) : [];
  if (heading && plural.includes('Plural') && !plural.includes('Actor') && !SPEAKER_NOUN.test(heading[1]!)) {
    lead += heading[0].length;
    body = body.slice(heading[0].length);
  }
  // (A name with what it is run on after it, its commas lost: "The Syrian Observatory for Human
  // Rights a Britain-based monitoring group" is the Observatory.)
  const described = NAME_THEN_DESCRIPTION.exec(body);
  if (described && NAMED_BODY.test(described[1]!)) return { text: described[1]!.replace(/\s+/g, ' '), start: start + lead, end: start + lead + described[1]!.length };
  const who = body.replace(/\s+/g, ' ');
  const pronoun = /^(?:it|he|she)$/i.exec(who)?.[0].toLowerCase();
  if (pronoun) return { pronoun: pronoun as Pronoun['pronoun'] };
  // "According to the report", "the statement said": the body named as speaking just before, if any.
  if (/^(?:the\s+)?(?:report|statement)$/i.test(who)) return { pronoun: 'it', asWritten: { text: who, start: start + lead, end: start + lead + body.length } };
  // (Nor a claim, which is what was said: "The claim, which did not mention a wedding, said…".)
  if (who.length < 2 || /^(?:they|this|that|which|who|we|i|the|a|an|(?:the|a|this|that)\s+claims?)$/i.test(who)) return undefined;
  // A speaker is named ("SANA", "Mr Lavrov") or is someone who can speak: not "it was", "abruptly".
  if (!/\p{Lu}/u.test(who) && !SPEAKER_NOUN.test(who)) return undefined;
  return { text: who, start: start + lead, end: start + lead + body.length };
}
