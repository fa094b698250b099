/**
 * People and organisations that the knowledge file does not know. A name is a run of two or
 * more capitalised words; it is a person when it starts with a given name in compromise's
 * lexicon or follows a title ("President", "spokesman"), an organisation when its head word
 * names a body ("Council", "Front", "Ministry of ..."). Lexicon look-ups instead of a full
 * parse keep this at the speed of one regular expression over the text.
 */
import { headlineVerb, isDemonym, isNationality, lexiconTags } from '../text/lexicon';
import { SYRIAN_PLACES } from '../topic/signals';
import { inIdentifier } from '../text/spans';
import { ARABIC_ARTICLE, SHORT_TITLES, WEEKDAY_STEMS } from '../text/segment';
import { matches } from '../text/matches';

export interface NameHit {
  kind: 'person' | 'organisation';
  name: string;
  start: number;
  end: number;
}

// Words on one line: a name never runs on past a line break ("...Group\nSinjar Resistance Units").
// A word of a name, or, before another such word, a middle initial ("John R. Allen") or a title
// written short ("Lt. Gen. Stephen Townsend").
// (A title's abbreviation first, with its stop: "Brig. Gen. Deeb Bazi" is one run, not "Brig. Gen".)
const NAME_WORD = String.raw`(?:(?:\p{Lu}|${SHORT_TITLES})(?<![\p{L}.](?:\p{Lu}|${SHORT_TITLES}))\.(?=[ \t\u00a0]+\p{Lu})|\p{Lu}[\p{L}\p{M}’'.-]*[\p{L}\p{M}])`;
const NAME_SHAPE = new RegExp(String.raw`${NAME_WORD}(?:[ \t\u00a0]+(?:(?:al|el|bin|ibn|bint|abu|de|du|da|von|van|der|of|for|the|and|wal|wa|on|in)[ \t\u00a0-]+)*${NAME_WORD})+`, 'gu');

// Capitalised words that open a sentence or a headline and are no part of a name: "If the Senate",
// "Meanwhile the Observatory", "Related Iraqi Militia…", "Dozens Killed…".
export const OPENING_WORD = /^(?:On|In|At|From|For|With|By|Related|Dozens|Hundreds|Thousands|Scores|If|Meanwhile|Whereas|Thus|Nevertheless|Nonetheless|Moreover|Furthermore|Additionally|Instead|Indeed|Other|One|Among|When|While|After|Before|Then|But|As|Since|Although|Though|However|Also|Both|Some|Many|Several|Most|Each|Every|Such|Only|Even|Still|Now|Today|Yesterday|Later|Earlier|This|That|These|Those|Where|Why|How|What|Once|Unlike|Like|Despite|During|Under|Over|Following|According)$/;

// "Britain-based", "Turkish-backed", "US-led": a word that describes the name after it.
const DESCRIBER = /[-‐‑](?:based|backed|led|funded|supported|sponsored|allied|aligned|affiliated|linked)$/i;

// Or what someone was: "Ex-President Ahmed Hamdan". ("Anti-Terror Units" and "the Ex-Im Bank" are names.)
const STANCE = /^(?:Pro[-‐‑]|Ex[-‐‑](?=\p{Lu}\p{Ll}{2,}))/u;
// Or a faith (see findNames).
const FAITH = /^(?:Sunni|Shia|Shiite|Shi['’]ite|Alawite|Alawi|Maronite|Druze|Christian|Muslim|Catholic|Orthodox|Ismaili|Sufi|Salafi|Salafist)$/;
const MOSTLY_BEFORE = /\b(?:mainly|mostly|predominantly|largely|overwhelmingly|chiefly|primarily)\s+$/;

/** A body named only in words any state's would have ("Armed Forces", "Central Command", "Special Forces"). */
export const namesAnyStatesBody = (name: string) => name.split(/\s+/).every((w) => INSTITUTION_WORD.test(w));
const INSTITUTION_WORD = /^(?:Armed|Forces?|Air|Navy|Naval|Army|Military|Central|General|High|Joint|Special|Command|Staff|Headquarters|Foreign|Interior|Defen[cs]e|Health|Justice|Finance|Information|Ministry|Ministries|Office|Council|Intelligence|Security|Police|Border|Guards?|National|Presidency|Presidential|Government|Cabinet|Parliament|Embassy|Mission|Delegation|Operations|Department)$/;
// A word in the past tense that a headline runs onto a name (see nameIn).
const PAST_SHAPE = /^\p{Lu}\p{Ll}+ed$/u;
// Words of a headline, never of a name: "Dozens Killed Injured in … Attack on Aleppo Hospital".
const HEADLINE_WORD = /^(?:Killed|Kills|Injured|Wounded|Dead|Dies|Died|Slain)$/;

// Roles right before a person's name, in lower case (and the letters MP and VP).
const ROLE_WORDS = String.raw`spokes(?:man|woman|person)|commander|emir|official|resident|witness|teacher|doctor|nurse|student|leader|chief|envoy|ambassador|author|analyst|journalist|reporter|correspondent|researcher|activist|lawyer|cleric|preacher|officer|director|founder|politician|lawmaker|negotiator|advis[eo]r|economist|professor|photographer|blogger|musician|singer|poet|writer|filmmaker|winner|laureate|minister|president|premier|secretary|governor|mayor|senator|chairman|chairwoman|MP|VP`;
const ROLE_BEFORE = new RegExp(String.raw`\b(?:${ROLE_WORDS})\s+$`);
// Or before the name's aside, with what the role is of: "the ISIL emir of the city, Khalil Mohameed, was killed".
// (An office in capitals too: "The Minister of Defense of Armenia, Seyran Ohanyan,".)
const ROLE_APPOSITION_BEFORE = new RegExp(String.raw`\b(?:${ROLE_WORDS}|Minister|President|Premier|Secretary|Governor|Mayor)(?:\s+(?:of|in|for)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?){0,2},\s+$`, 'u');
// (Where the role's place ends the phrase, the aside may name the place: "a teacher in the capital, Addis Ababa,".)
const ROLE_OF_A_PLACE_BEFORE = /\b(?:capital|city|town|village|district|province|governorate|area|region|neighbou?rhood|countryside|camp),\s+$/i;
// The role said of a name right after it: "Redur Khalil, one of the spokespersons of the YPG",
// "Bahram Ghasemi, the ministry's spokesman", "Kenneth Roth, Human Rights Watch's executive director".
const ROLE_AFTER = /^,[ \t]+(?:(?:a|an|the|one[ \t]+of[ \t]+the|its|his|her|their)[ \t]+)?(?:(?!(?:was|is|were|are|has|had|have|will|said|says|told)[ \t])[\p{L}’'-]+[ \t]+){0,3}?(?:spokes(?:man|woman|person)s?|commanders?|official|leader|chief|envoy|ambassador|director|founder|analyst|researcher|journalist|correspondent|activist|lawyer|negotiator|advis[eo]r|professor)(?![\p{L}]|[ \t]+\p{Lu})/u;
// Or without the comma, in lower case, in copy that lost its commas: "said Nadim Houry deputy director of…".
// (A person's: a given name opens it, or it follows a saying; not a body's or a place's member: "A Thuwar
// al-Raqqa commander said", "Zaman al-Wasl correspondent", "a Baba Amr activist".)
const DETERMINER_BEFORE = /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+$/;
const SAID_BEFORE = /\b(?:said|says|told|according\s+to)\s+$/;
const ROLE_RIGHT_AFTER = /^[ \t]+(?:(?:a|an|the)[ \t]+)?(?:(?:deputy|senior|regional|executive|chief|top|local|military|political|field)[ \t]+)?(?:spokes(?:man|woman|person)|commander|official|leader|chief|envoy|ambassador|director|founder|analyst|researcher|journalist|correspondent|activist|lawyer|negotiator|advis[eo]r|professor|doctor)(?=\s*(?:[,.;]|$)|\s+(?:of|at|for|in|with|said|says|told)\b)/u;
// A word that describes the role after it: "Pulitzer Prize-winning journalist".
const DESCRIBING_WORD = /[-‐‑]\p{Ll}+(?:ing|ed)$/u;
const AGE_BEFORE_NAME = /(?<![\d,.])\b\d{1,3}[-\s]year[-\s]old\s+$/i;
const AGE_AFTER_NAME = /^,?\s+(?:(?:a|an)\s+\d{1,3}[-\s]year[-\s]old|aged\s+\d{1,3})\b/i;
// A person's kunya after the name: ' ("Abu Furat")', ', known as Abu Omar', "Qasim Halabouni (Abu
// Mohammad)"; not a place's name in brackets ("Baghuz Fawqani (Abu Kamal)", "(Abu Dhabi)").
const KUNYA_AFTER = /^\s*(?:\(\s*["“'‘]|,?\s+(?:known\s+as|also\s+known\s+as|alias|aka|nicknamed|dubbed)\s+["“'‘]?)(?:Abu|Umm)\s+\p{Lu}/u;
const KUNYA_IN_BRACKETS = /^\s*\(\s*((?:Abu|Umm)\s+(?:(?:al|el)[-‐‑])?(\p{Lu}[\p{L}’'-]*))\s*\)/u;
function kunyaInBrackets(after: string): boolean {
  const k = KUNYA_IN_BRACKETS.exec(after);
  return !!k && !isPlace(k[1]!) && ![k[1]!, k[2]!].some((w) => lexiconTags(w).some((t) => t === 'Place' || t === 'City' || t === 'Country'));
}
// A battle or an operation, not a body: "an operation entitled The Battle of One Army" (not "the
// Battle of Aleppo Coordination Room"). Nor a bill: "House Resolution 674".
const EVENT_NAME = /^(?:The\s+)?(?:Battle|Battles|Siege|Operation|Offensive)\s+(?:of|for)\s(?!.*\s(?:Room|Command|Headquarters|Council|Centre|Center)$)|\s(?:Resolution|Bill)$/;
// (Not a place the clause before names, which the speaker of the next one follows: "shelled Kafr
// Zita, a rebel commander said", "in Tal Hamis, one of the commanders of the YPG said".)
const PLACE_VERB_BEFORE = /\b(?:in|near|at|into|shelled|bombed|besieged|stormed|entered)\s+$/i;
const BODY_NOUN_BEFORE = /\b(?:website|site|channel|newspaper|daily|paper|agency|outlet|station|network|group|faction|brigade|battalion|militia|movement|party|monitor|television|TV|radio)\s+(?:(?:al|el)[-‐‑])?$/i;
const ARABIC_SURNAME = /^(?:al|el|Al|El)[-‐‑]\p{Lu}/u;
const PLACE_FIRST = /^(?:Kafr|Kfar|Tal|Tall|Tell|Deir|Khan|Ain|Ayn|Jabal|Jebel|Wadi|Maarat|Ma'arat|Beit|Bab|Ras|Jisr|Qasr|Tel|Arab|Hayy|Hay)$/;
// The Arabic words for a group, brigade, front or army that open armed groups' names: "Ansar
// al-Tawhid", "Ajnad al-Kavkaz" are bodies, whatever follows. ("Hayat" is also a woman's name:
// only "Hay'at" is here; "Hayat Tahrir al-Sham" and its spellings are the file's.)
const GROUP_FIRST = /^(?:Liwa|Liwaa|Fouj|Fawj|Jaysh|Jaish|Jabhat|Harakat|Kataib|Kata'ib|Katibat|Ahrar|Faylaq|Failaq|Ansar|Ajnad|Jund|Junud|Saraya|Tajammu|Alwiya|Firqat|Quwat|Hay'at|Tahrir|Usbat|Jamaat|Jama'at)$/;
const NAME_POSSESSIVE = /^(?:People|Women|Men|Children|Workers|Martyrs)[’']s$/u;

// The word for a publication or a channel in lower case, then its name: up to four capitalised
// words, or an Arabic title with its article ("Al-Watan", "As-Safir").
// ("daily" and "weekly" as nouns only: in a phrase a determiner opens, or after a name; not "held
// daily Kurdish rallies".) Each look back follows the word it guards, so a scan tries it only
// where that word is, not at every character of the text.
const ROLE_THEN_ONE_NAME = new RegExp(String.raw`\b(?:${ROLE_WORDS})[ \t]+(\p{Lu}\p{Ll}{2,})(?=[ \t]+(?:said|says|told|added)\b)`, 'gu');
const ONE_NAME_SAYING = /(?<![\p{L}\p{N}’'-])(\p{Lu}\p{Ll}{2,})(?=[ \t]+(?:said|says|told|added)\b)/gu;
const MEDIA_NAMED = /(?<![\p{L}])(?:newspaper|magazine|channel|broadcaster|website|news\s+site|news\s+agency|(?:daily|weekly)(?<=(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)(?:[ \t]+[\p{L}-]+){0,3}|\p{Lu}[\p{L}-]*)[ \t]+(?:daily|weekly)))[ \t]+((?:\p{Lu}\p{Ll}?-)?\p{Lu}[\p{L}\p{M}’'-]*\p{L}(?:[ \t]+\p{Lu}[\p{L}\p{M}’'-]*\p{L}){0,3})/gu;

// A picture's file name in page text ("Flag of the Hazm Movement.svg"): the name that follows is a caption's.
// (A video's title names its people: "We are all Kobane - Maryam Namazie and Karima Bennoune.webm".)
const FILE_NAME = /\.(?:svg|png|jpe?g|gif|webp|webm|ogv|ogg|mp4|mp3|pdf)$/i;

// Three to six capitals standing alone, in mixed-case text only (a line in capitals is a headline).
const INITIALISM = /\p{Lu}(?<![\p{L}\p{N}&.-]\p{Lu})\p{Lu}{2,5}(?![\p{L}\p{N}&-])(?=[^\p{Lu}]*\p{Ll})/gu;
const ROMAN_NUMERAL = /^[IVX]+$/;
const NOT_A_BODY = new Set(['CEO', 'GMT', 'UTC', 'EST', 'EDT', 'PDT', 'BST', 'CET', 'AM', 'PM', 'USD', 'EUR', 'GBP', 'TRY', 'SYP', 'GDP', 'COVID', 'AIDS', 'HIV', 'DNA', 'FAQ', 'PDF', 'HTML', 'URL', 'TV', 'LIVE', 'VIDEO', 'PHOTO', 'PHOTOS', 'READ', 'MORE', 'NEW', 'UPDATE', 'BREAKING', 'NEWS', 'THE', 'AND', 'FOR', 'VIP', 'III', 'XII', 'XIII', 'XIV', 'XVI', 'XVII', 'XIX', 'XXI',
  // Generic and weapon initialisms: "an NGO", "PMC's" (private military companies), "an IED", "TOW missiles".
  'NGO', 'INGO', 'PMC', 'IED', 'VBIED', 'DMZ', 'MLRS', 'SVBIED', 'TOW', 'BMP', 'BTR', 'RPG', 'SCUD', 'ISR', 'JDAM', 'HIMARS', 'MANPADS', 'IFV', 'APC', 'UAV', 'UAS', 'GPS', 'ATGM', 'GRAD', 'SAM', 'MRAP', 'MBT', 'ICBM',
  'KPV', 'DSHK', 'AMRAAM', 'ASRAAM', 'AAA', 'CSAR', 'ATAK', 'SMS', 'LGBT', 'AWACS', 'SEAD', 'NOTAM',
  // People, not a body: "an IDP camp".
  'IDP', 'IDPS',
  // Time zones: "EET", "EEST".
  'EET', 'EEST', 'CEST', 'MSK',
  // A company's legal form, intelligence disciplines, a share button.
  'LLC', 'SIGINT', 'HUMINT', 'ELINT', 'COMINT', 'IMINT', 'OSINT', 'SEND', 'SHARE', 'TWEET', 'EMAIL']);
const LEADING_ARTICLE = new RegExp(`^${ARABIC_ARTICLE}(?=\\p{Lu})`, 'u');
const WEEKDAY = new RegExp(`^(?:${WEEKDAY_STEMS})day$`);
const CALENDAR_WORD = /^(?:easter|christmas|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

// Titles before a person's name: evidence that a name follows, not part of it.
/** Words of a title before a person's name ("President", "Mr", "Foreign"): no part of the name. */
// Offices also written after a holder's name: "Peter Salama Executive Director".
const OFFICE_NOUNS = 'director|executive|chairman|chairwoman|chairperson|coordinator';
export const TITLE = new RegExp(`^(?:president|premier|marshal|prime|ministers?|foreign|interior|defen[cs]e|spokesman|spokeswoman|spokesperson|general|gen|mr|mrs|ms|dr|sheikh|king|queen|prince|senator|sen|secretary|secretaries|state|envoy|special|advis[eo]r|ambassador|former|late|leader|commander|chief|deputy|colonel|col|major|maj|brigadier|brig|sgt|adm|cmdr|lieutenant|lt|captain|capt|sergeant|imam|pope|judge|professor|prof|rep|representative|governor|mayor|emir|crown|vice|vp|he|hrh|sir|lord|lady|dame|chancellor|author|activist|journalist|analyst|researcher|officer|mufti|grand|ayatollah|patriarch|archbishop|mp|mep|${OFFICE_NOUNS})$`, 'i');

/** A title's word, or titles joined by hyphens: "Gen.", "Major-General", "Vice-President". */
const isTitle = (word: string) => word.replace(/\.$/, '').split(/[-‐‑]/).every((part) => TITLE.test(part));

// An office written after a name: "Peter Salama Executive Director" (not "Hashem al Sheikh",
// "Martin Luther King": a title's word in a name, after a particle or alone at its end).
const OFFICE_NOUN = new RegExp(`^(?:${OFFICE_NOUNS})$`, 'i');
const NAME_PARTICLE = /^(?:al|el|bin|ibn|bint|abu|de|du|da|von|van|der)$/i;

// Titles that are also ordinary words ("State", "General"): after one of these, a lone common
// word is not a surname ("Islamic State Rises", "General Staff").
const WEAK_TITLE = /^(?:state|general|major|chief|late|former|leader|special|foreign|prime|crown|vice|deputy|interior|defen[cs]e|envoy|grand)$/i;

// Head words of bodies: "Syrian Civil Defence", "Ministry of Defence", "Free Syrian Army", "Imam Bukhari Jamaat".
const ORG_HEAD = /^(?:army|forces|jamaat|jama'at|force|group|groups|council|committee|commission|front|brigade|brigades|battalion|battalions|regiment|regiments|division|corps|movement|party|organisation|organization|ministry|agency|union|network|observatory|coalition|centre|center|office|institute|foundation|association|society|bank|fund|programme|program|court|tribunal|parliament|assembly|government|administration|authority|department|police|guard|guards|militia|militias|unit|units|league|alliance|federation|mission|secretariat|cabinet|senate|congress|directorate|service|services|crescent|cross|watch|international|news|agency|times|post|press|shimbun|zeitung|gazette|herald|tribune|telegraph|chronicle|weekly|television|tv|radio|channel|company|corporation|establishment|media|university|club|world|nations|forum|initiative|platform|monitor|campaign|team|board|conference|command|staff|affairs|headquarters)$/i;
/**
 * Whether a name says it is a body's: a head word at its end, before any place it is "in" ("UN
 * Development Programme", "UN Supervision Mission in Syria"), or before "of" or "for" ("UN Office
 * of the High Commissioner for Human Rights").
 */
export function namesABody(name: string): boolean {
  const words = name.split(/\s+in\s+/)[0]!.split(/\s+/);
  return ORG_HEAD.test(words[words.length - 1]!) || words.some((w, i) => /^(?:of|for)$/.test(words[i + 1] ?? '') && ORG_FIRST.test(w));
}
// The nouns of bodies, armed or political, that no surname is.
const UNIT_HEAD = /^(?:Army|Forces|Brigade|Brigades|Battalion|Battalions|Front|Movement|Party|Militia|Division|Corps|Council|Committee|Group|Organisation|Organization)$/;
// Words that name a body only before what it is of or for: "the Syrian Center for Policy Research" (not "Foundation Director Suleiman al-Khalidi").
const BODY_BEFORE_OF = /^(?:center|centre|foundation|fund|network|bureau|academy|forum)$/i;
const ORG_FIRST = /^(?:ministry|office|department|council|committee|commission|organisation|organization|union|league|bank|court|institute|agency|secretariat|directorate|board|association|society|federation|university|embassy|government|house|senate|times)$/i;

const GIVEN_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const NAME_TAGS = new Set([...GIVEN_NAME_TAGS, 'LastName', 'Person']);
const isGivenName = (word: string) => lexiconTags(word).some((t) => GIVEN_NAME_TAGS.has(t));
const MEDIUM = /^(?:tv|television|radio|media|press|channel)$/i;
// What the lexicon calls a common word: "Staff" (Singular), "Rises" (Plural), "May" (Modal).
const COMMON_WORD_TAGS = new Set(['Singular', 'Plural', 'Noun', 'Uncountable', 'Infinitive', 'Verb', 'PresentTense', 'PastTense', 'Gerund', 'Modal', 'Adjective', 'Comparative', 'Superlative', 'Adverb']);
const FUNCTION_WORD_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Pronoun']);
const ABSTRACT_NOUN = /^\p{L}{4,}(?:ments?|tions?|sions?|ness|ity|ities|ory|ories|isms?|ships?|hoods?)$/u;
/**
 * A lone word after a title may be a surname unless the lexicon knows it only as a common word,
 * or it has a common noun's ending.
 */
function maybeSurname(word: string): boolean {
  const tags = lexiconTags(word);
  // A noun the lexicon lacks, by its ending: "Major Victory", "Foreign Involvement", "Special Operations" (not "Gregory").
  if (!tags.some((t) => NAME_TAGS.has(t)) && ABSTRACT_NOUN.test(word)) return false;
  return tags.some((t) => NAME_TAGS.has(t)) || !tags.some((t) => COMMON_WORD_TAGS.has(t));
}

// Last words that make a run a place: "Abu Kamal District", "Aleppo Governorate", "Nasser Street",
// "the Umayyad Mosque", "Sednaya Prison", "the National Hospital" (a building the fighting is over).
const PLACE_HEAD =
  /^(?:district|subdistrict|sub-district|governorate|province|neighbou?rhood|countryside|camp|crossing|airport|airbase|river|valley|mountains?|mount|hills?|desert|plain|region|village|town|city|island|lake|street|road|avenue|highway|roundabout|square|bridge|dam|gate|park|market|souk|mosque|church|cathedral|shrine|palace|tower|stadium|hotel|prison|hospital|clinic|school|bakery|empire)$/i;

export function findNames(text: string, covered: (start: number, end: number) => boolean): NameHit[] {
  const hits: NameHit[] = [];
  for (const m of matches(NAME_SHAPE, text)) {
    // Words with their offsets; a possessive owner is a separate name ("Italy’s Rai News").
    let words = [...matches(/\S+/g, m[0])].map((w) => ({ text: w[0], start: m.index + w.index }));
    // (Not a word of the name itself: "Kurdish People's Defense Units", "Women's Protection Units".)
    const owner = words.findLastIndex((w) => (/[’']s$/u.test(w.text) && !NAME_POSSESSIVE.test(w.text)) || FILE_NAME.test(w.text));
    if (owner >= 0 && owner < words.length - 1) words = words.slice(owner + 1);
    // An initialism's possessive that lost its apostrophe is the owner's: "Kevin Kennedy OCHAs regional…".
    if (words.length > 1 && /^\p{Lu}{2,6}s$/u.test(words[words.length - 1]!.text)) words = words.slice(0, -1);
    // A name that ends a file's: "…Karima Bennoune.webm" is Karima Bennoune.
    const last = words[words.length - 1]!;
    if (FILE_NAME.test(last.text)) words = [...words.slice(0, -1), { ...last, text: last.text.slice(0, last.text.lastIndexOf('.')) }];
    // A word that places or backs the body describes it: "the Great Britain-based Observatory".
    const describer = words.findLastIndex((w) => DESCRIBER.test(w.text));
    if (describer >= 0 && describer < words.length - 1) words = words.slice(describer + 1);
    // So does a stance: "Pro-Ba'ath Forces" names no body.
    const stance = words.findLastIndex((w) => STANCE.test(w.text));
    if (stance >= 0) words = words.slice(stance + 1);
    // So does a faith, when the text says so ("the mainly Sunni Future Movement") or names two ("the
    // Maronite Christian Lebanese Forces Party"); not one that names it ("the Muslim Brotherhood").
    let faiths = 0;
    while (faiths < words.length - 1 && FAITH.test(words[faiths]!.text)) faiths++;
    if (faiths > 1 || (faiths === 1 && MOSTLY_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 24), words[0]!.start)))) words = words.slice(faiths);
    if (words.length === 0) continue;
    // (A weekday before a name is when: "On Tuesday the UK Parliament convened".)
    while (words.length > 1 && (OPENING_WORD.test(words[0]!.text) || WEEKDAY.test(words[0]!.text))) words = words.slice(1);
    // A heading that opens with a verb: "Capturing the Brigade 93 base".
    if (words.length > 2 && /^\p{Lu}\p{Ll}+ing$/u.test(words[0]!.text) && words[1]!.text === 'the') words = words.slice(2);
    // "David Brunnstrom Our Standards": a possessive word starts the page's next line of boilerplate.
    const determiner = words.findIndex((w, i) => i > 0 && /^(?:Our|Your|My|Their|His|Her|Its)$/.test(w.text));
    if (determiner > 0) words = words.slice(0, determiner);
    // A time after the name is no part of it: "Pope Francis on Sunday", "Assad in March".
    const when = words.findIndex((w, i) => i > 0 && /^(?:on|in)$/.test(w.text) && CALENDAR_WORD.test(words[i + 1]?.text ?? ''));
    if (when > 0) words = words.slice(0, when);
    for (const hit of MAX_RUN_WORDS < words.length ? splitAtAnd(words).flatMap((part) => namesIn(text, part)) : namesIn(text, words)) {
      if (covered(hit.start, hit.end) || inIdentifier(text, hit.start, hit.end) || namesAPlace(text, hit) || EVENT_NAME.test(hit.name)) continue;
      // A maker before its model is no person: "General Dynamics F-16", "General Atomics MQ-1".
      // (One word, or one and the model's letters: not "Suheil al-Hassan T-90 tanks".)
      if (hit.kind === 'person' && MODEL_AFTER.test(text.slice(hit.end, hit.end + 12)) && /^\S+(?:\s\p{Lu}{1,3})?$/u.test(hit.name) && !isGivenName(hit.name.split(/\s/)[0]!)) continue;
      // A unit named after a person: "the Shahid Ahmad Abdo brigade".
      const unit = hit.kind === 'person' ? UNIT_AFTER_NAME.exec(text.slice(hit.end, hit.end + 14)) : null;
      // A unit's number is its name's: "the 9th Armoured Division".
      // (Not one that counts what follows it: "the 4th International Crisis Group report".)
      const number = hit.kind === 'organisation' && NUMBERED_UNIT.test(hit.name) && !COUNTED_AFTER.test(text.slice(hit.end, hit.end + 16)) ? UNIT_NUMBER_BEFORE.exec(text.slice(Math.max(0, hit.start - 8), hit.start)) : null;
      if (number) hits.push({ ...hit, name: text.slice(hit.start - number[0].length, hit.end), start: hit.start - number[0].length });
      else hits.push(unit ? { kind: 'organisation', name: `${hit.name}${unit[0]}`, start: hit.start, end: hit.end + unit[0].length } : hit);
    }
  }
  // A publication or a channel named after the word for it: "the newspaper Al-Watan", "Turkish daily Yeni Safak".
  for (const m of matches(MEDIA_NAMED, text)) {
    let words = [...matches(/\S+/g, m[1]!)].map((w) => ({ text: w[0].replace(/[’']s$/u, ''), start: m.index + m[0].length - m[1]!.length + w.index }));
    const verb = words.findIndex((w, i) => i > 0 && headlineVerb(w.text));
    if (verb > 0) words = words.slice(0, verb);
    const first = words[0]!;
    const final = words[words.length - 1]!;
    // Not the next sentence's first word after an adverb: "strikes happen daily In Idlib".
    const alone = words.length === 1;
    if (OPENING_WORD.test(first.text) || (alone && isDemonym(first.text)) || lexiconTags(first.text).some((t) => FUNCTION_WORD_TAGS.has(t) || (alone && COMMON_WORD_TAGS.has(t))) || words.some((w) => CALENDAR_WORD.test(w.text))) continue;
    const start = first.start;
    const end = final.start + final.text.length;
    if (hits.some((h) => h.start < end && start < h.end) || covered(start, end) || inIdentifier(text, start, end) || isPlace(text.slice(start, end))) continue;
    hits.push({ kind: 'organisation', name: text.slice(start, end), start, end });
  }
  // A person named by one word between a role and a verb of saying, "Syrian Kurd activist Havidar
  // said", and by it again before one: "Havidar told AFP".
  const oneWordNames = new Set<string>();
  for (const m of matches(ROLE_THEN_ONE_NAME, text)) {
    const word = m[1]!;
    if (OPENING_WORD.test(word) || isDemonym(word) || isDemonym(word.replace(/s$/, '')) || isPlace(word) || CALENDAR_WORD.test(word) || lexiconTags(word).some((t) => FUNCTION_WORD_TAGS.has(t) || COMMON_WORD_TAGS.has(t))) continue;
    oneWordNames.add(word);
  }
  for (const m of oneWordNames.size ? matches(ONE_NAME_SAYING, text) : []) {
    const start = m.index;
    const end = start + m[1]!.length;
    if (!oneWordNames.has(m[1]!) || hits.some((h) => h.start < end && start < h.end) || covered(start, end)) continue;
    hits.push({ kind: 'person', name: m[1]!, start, end });
  }
  // Capitalised initialisms ("UNGA", "SNHR") name bodies; the common ones that do not are left out.
  for (const m of matches(INITIALISM, text)) {
    // (Nor a number in Roman numerals: "Chapter VII".)
    if (NOT_A_BODY.has(m[0]) || ROMAN_NUMERAL.test(m[0]) || covered(m.index, m.index + m[0].length) || inIdentifier(text, m.index, m.index + m[0].length)) continue;
    hits.push({ kind: 'organisation', name: m[0], start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}

type Word = { text: string; start: number };

/**
 * Beyond this many words a run is a list, a menu or a line of tags, not one name: it is read
 * in its parts between "and", so that reading each "and" both ways stays linear.
 */
const MAX_RUN_WORDS = 20;

function splitAtAnd(words: Word[]): Word[][] {
  const parts: Word[][] = [[]];
  for (const w of words) {
    if (w.text === 'and') parts.push([]);
    else parts[parts.length - 1]!.push(w);
  }
  return parts.filter((p) => p.length > 0);
}

/**
 * A name that is a place's: one the words after it call a place ("the Sheikh Maqsood
 * neighbourhood", "Abu Abrus village"), or one in a list of places ("the villages of Tuba and
 * Sheikh Idris", "the villages of Abu Ruwayl, Hawbar and Birnah"): the first of the list, or one
 * after "and", or one a comma and another place follow. A name that speaks is a person's
 * ("In the village of Tuba, Ahmed Khalil said…"). Looked at within a few words.
 */
function namesAPlace(text: string, hit: NameHit): boolean {
  const after = text.slice(hit.end, hit.end + 32);
  const before24 = text.slice(Math.max(0, hit.start - 24), hit.start);
  if (PLACE_AFTER_NAME.test(after) || SITE_BEFORE.test(before24) || CAPITAL_BEFORE.test(before24)) return true;
  // A village before its province, as an address: "near Abu Khashab, Deir ez-Zor".
  if (hit.kind === 'person' && PROVINCE_AFTER.test(after) && /\b(?:in|near|at|outside|from)\s+$/.test(text.slice(Math.max(0, hit.start - 8), hit.start))) return true;
  if (SPEAKS_AFTER.test(after)) return false;
  const before = text.slice(Math.max(0, hit.start - 60), hit.start);
  // A village taken, alone or in a list: "rebels recaptured Sheikh Idris", "captured al-Sullaumiyah and Abu Omar"
  // (not "captured ISIS commander Abu Omar").
  // (A village's name is short, and no role follows it: "captured Mohammed Remedan Eyd al-Talah, ISIL's chief…".)
  // (Nor one a given name opens, or who owns something: "seized John Smith", "seized Mohammed Emwazi's passport".)
  if (hit.kind === 'person' && hit.name.split(/\s+/).length <= 2 && !/^(?:,|['’]s\b)/.test(after) && !isGivenName(hit.name.split(/\s+/)[0]!) && TAKEN_BEFORE.test(before)) return true;
  // A place on whose side or to whose north something lies: "on the south side of Sheikh Helal", "east of Abu Kamal".
  if (hit.kind === 'person' && SIDE_OF_BEFORE.test(before)) return true;
  if (!PLACE_LIST_BEFORE.test(before)) return false;
  return !/,\s*(?:\p{Lu}[\p{L}’'-]*\s+){0,2}$/u.test(before) || /^\s*(?:,|and\b)/.test(after);
}
const TAKEN_BEFORE = /\b(?:captured|recaptured|retook|retaken|seized)\s+(?:(?:(?:al|el)-)?\p{Lu}[\p{L}’'-]*(?:\s*,\s*|\s+and\s+|\s+)){0,4}$/u;
// (Not a word that describes the person: "Ahmad Primo, Aleppo-based activist".)
const PROVINCE_AFTER = new RegExp(String.raw`^,[ \t]+${SYRIAN_PLACES.source}(?![-‐‑'’])`, 'iu');
const UNIT_AFTER_NAME = /^\s(?:brigade|battalion|regiment|division)\b/;
const SHIP_PREFIX = /^(?:USS|HMS|RFS|TCG|FS|INS)$/;
// Bodies whose name holds where they are: "the UN Supervision Mission in Syria", "the Islamic Jihad
// Movement in Palestine" (not "the Health Ministry in Gaza", "the Education Directorate in Idlib").
const PLACE_TAKING_HEAD = /^(?:mission|office|representation|delegation|movement|alliance)$/i;
const COUNTED_AFTER = /^[ \t]+(?:report|briefing|statement|study|survey|meeting|conference|summit|session|edition|round|anniversary)\b/i;
const NUMBERED_UNIT = /\b(?:Division|Brigade|Battalion|Regiment|Corps|Army|Squadron|Fleet|Group|Unit|Wing|Force|Command)$/;
// (Not a date's: "On May 2nd Lebanese Army units…".)
const UNIT_NUMBER_BEFORE = /(?<![\p{L}\p{N}])(?<!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+)\d{1,3}(?:st|nd|rd|th)\s+$/u;
const SPEAKING_BUILDING = /^(?:hospital|clinic|school)$/i;
const SPEAKS_AFTER = /^\s*,?\s+(?:said|says|told|added|stated|reported)\b/i;
const MODEL_AFTER = /^(?:-\d|[ \t]+\p{Lu}{1,4}-\d)/u;
const SIDE_OF_BEFORE = /\b(?:(?:(?:north|south|east|west)(?:ern)?\s+)(?:side|edge|edges|outskirts)|outskirts|vicinity|countryside|entrance|environs|(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west))\s+of\s+(?:\p{Lu}[\p{L}’'-]*\s+)?$/u;
const PLACE_AFTER_NAME = /^\s+(?:(?:military|international|civilian|main|old|new|central)\s+)?(?:neighbou?rhoods?|district|quarter|village|town|area|hills?|mountains?|valley|plain|crossroads|camp|mosque|hospital|square|street|road|checkpoint|roundabout|dam|airport|airbase|air base|base)\b/i;
// A site named after the word for it: "the Syrian Air Force base at Abu al-Thuhur", "the Kazakh
// capital Nur Sultan". ("the base of Suheil al-Hassan" is his.)
const SITE_BEFORE = /\b(?:(?:base|airbase|air\s+base|airport|airfield|prison|facility|checkpoint|crossing)\s+(?:at|in|near)|(?:airbase|air\s+base|airport|airfield)\s+of)\s+$/i;
// (A capital after its state's word, not "In the capital Ahmed Hassan said".)
const CAPITAL_BEFORE = /\b\p{Lu}[\p{L}-]+\s+capital\s+$/u;
// Places of up to three words each: "the Karrada district of Baghdad Foreign Office Minister, Tobias Ellwood" lists none.
const PLACE_LIST_BEFORE = /\b(?:villages?|towns?|hamlets?|neighbou?rhoods?|districts?|quarters?|hills?|cities|areas?)\s+of\s+(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}\s*(?:,|and)\s*)*(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,2}$/u;

/**
 * The names in a run, read apart where "and" joins two: a person after it and no body before
 * it ("President Macron and Chancellor Merkel", "Turkish President Erdogan and Russian
 * President Putin"), or a name on either side of "and the" ("the Syrian Islamic Front and the
 * Kurdish Islamic Front"). A body named with "and" stays whole: "Ministry of Economy and
 * Foreign Trade", "Ministry of Water and the Environment", "Internal Security Forces and
 * General Security".
 */
function namesIn(text: string, words: Word[]): NameHit[] {
  // Past that length a run is a menu or a list without "and": read whole, as each split below
  // reads the words on either side again.
  if (words.length > MAX_RUN_WORDS) {
    const whole = nameIn(text, words);
    return whole ? [whole] : [];
  }
  for (let i = 1; i < words.length - 1; i++) {
    // A person "in" a place is no longer name: "Erika Solomon in Beirut", "Mustafa Mohammed in Manbij".
    if (words[i]!.text === 'in') {
      const before = nameIn(text, words.slice(0, i));
      if (before?.kind === 'person') return [before, ...namesIn(text, words.slice(i + 1))];
      // A place "in" a place: "the Abu al-Duhur Military Airbase in Idlib", "…Syria from Turkey in
      // Latakia Russian Coordination Center" (a headline run on; a Syrian place of one or two words).
      const placeAfter = isPlace(words[i + 1]!.text) || (!!words[i + 2] && isPlace(text.slice(words[i + 1]!.start, words[i + 2]!.start + words[i + 2]!.text.length)));
      if (PLACE_HEAD.test(words[i - 1]!.text) || (i === 1 && lexiconTags(words[0]!.text).includes('Country') && placeAfter)) return namesIn(text, words.slice(i + 1));
      // A body "in" a place is that body, the place in its name where the name holds it: "the
      // United Nations Supervision Mission in Syria", "Ansar Allah al-Awfiya in Iraq and Syria".
      // (A long formal name read whole stays so: "the UN Relief and Works Agency for Palestine Refugees in the Near East".)
      const whole = before?.kind === 'organisation' ? nameIn(text, words) : null;
      if (whole?.kind === 'organisation') return [whole];
      if (before?.kind === 'organisation') {
        const place = words.slice(i + 1);
        const named = (PLACE_TAKING_HEAD.test(words[i - 1]!.text) || GROUP_FIRST.test(words[0]!.text)) && place.length <= 4 && !place.some((w) => isGivenName(w.text) || CALENDAR_WORD.test(w.text) || HEADLINE_WORD.test(w.text) || /[’']s$/u.test(w.text));
        if (!named) return [before, ...namesIn(text, place)];
        const last = place[place.length - 1]!;
        return [{ ...before, name: text.slice(before.start, last.start + last.text.length), end: last.start + last.text.length }];
      }
      continue;
    }
    // A person "of" a body is two names: "Laila Kiki of The Syria Campaign"; so is a group of a
    // body: "Liwa al-Fatah of the Islamic Front".
    if (words[i]!.text === 'of') {
      const person = nameIn(text, words.slice(0, i));
      const member = person?.kind === 'person' || (person?.kind === 'organisation' && GROUP_FIRST.test(words[0]!.text) && words[i + 1]!.text === 'the');
      const body = member ? nameIn(text, words.slice(i + 1)) : null;
      if (body?.kind === 'organisation') return [person!, ...namesIn(text, words.slice(i + 1))];
      continue;
    }
    if (words[i]!.text !== 'and') continue;
    // "and" before a preposition joins two phrases, not two names: "the city of Raqqa and of Brigade 93".
    if (/^(?:of|in|for|on)$/.test(words[i + 1]!.text)) return [...namesIn(text, words.slice(0, i)), ...namesIn(text, words.slice(i + 2))];
    const left = nameIn(text, words.slice(0, i));
    const right = nameIn(text, words.slice(i + 1));
    // (Or a group's name opening after "and": "Liwa al-Fateh and Liwa Ahrar Helfaya"; or a body
    // named with "the" after one word, a state's name the file reads: "Turkey and the Syrian Government";
    // or a name before a place: "the Ba'ath Party and the National Hospital".)
    const split = GROUP_FIRST.test(words[i + 1]!.text) ? right !== null && (left !== null || i === 1) : words[i + 1]!.text === 'the' ? (right !== null && (left !== null || i === 1)) || (left !== null && PLACE_HEAD.test(words[words.length - 1]!.text)) : right?.kind === 'person' && left?.kind !== 'organisation';
    if (split) return [...(left ? [left] : pairedPerson(text, words.slice(0, i), right)), ...namesIn(text, words.slice(i + 1))];
  }
  const whole = nameIn(text, words);
  return whole ? [whole] : [];
}

/**
 * The first of two persons joined by "and", whose name alone the lexicon cannot tell: "Nassim
 * Terreri and Walid Bledi were killed". Two or three words that could each be a surname, none a place's.
 */
function pairedPerson(text: string, words: Word[], right: NameHit | null): NameHit[] {
  if (right?.kind !== 'person' || words.length < 2 || words.length > 3 || isDemonym(words[0]!.text) || PLACE_FIRST.test(words[0]!.text)) return [];
  // (Not a place or a thing: "Reports from Qalaat Madiq and Ahmed Hassan", "A Toyota Hilux and…".)
  if (THING_OR_PLACE_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 12), words[0]!.start))) return [];
  // (Three words only after a given name: not "the Mariinsky Theatre Orchestra and Sergei Roldugin".)
  if (words.length === 3 && !isGivenName(words[0]!.text)) return [];
  if (!words.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && maybeSurname(w.text) && !ORG_HEAD.test(w.text) && !INSTITUTION_WORD.test(w.text) && !lexiconTags(w.text).includes('Place'))) return [];
  const name = text.slice(words[0]!.start, words[words.length - 1]!.start + words[words.length - 1]!.text.length);
  return isPlace(name) ? [] : [{ kind: 'person', name, start: words[0]!.start, end: words[0]!.start + name.length }];
}

const THING_OR_PLACE_BEFORE = /(?:^|\b)(?:[Aa]n?|[Tt]he|from|in|near|at|to|into|outside|of)\s+$/;

/** The person or body a run of capitalised words names, if any. */
function nameIn(text: string, given: Word[]): NameHit | null {
  let words = [...given];
  const last = words[words.length - 1]!;
  if (/[’']s$/u.test(last.text)) words[words.length - 1] = { ...last, text: last.text.slice(0, -2) };
  while (words[0] && /^the$/i.test(words[0].text)) words = words.slice(1);
  // A headline's verb run onto a name is no word of it: "Youssef Diab Launched in London" (a
  // word the lexicon knows only in the past tense, last).
  if (words.length > 2 && PAST_SHAPE.test(words[words.length - 1]!.text) && lexiconTags(words[words.length - 1]!.text).join() === 'PastTense') words = words.slice(0, -1);
  if (words.length === 0 || words.some((w) => CALENDAR_WORD.test(w.text) || HEADLINE_WORD.test(w.text))) return null;
  // A ship's name is no person's: "USS George H.W. Bush".
  if (SHIP_PREFIX.test(words[0]!.text) || SHIP_PREFIX.test(text.slice(Math.max(0, words[0]!.start - 5), words[0]!.start).trim())) return null;

  let kind: NameHit['kind'] | null = null;
  let titled = false;
  const head = words[words.length - 1]!.text.replace(/\.$/, '');
  const run = text.slice(words[0]!.start, words[words.length - 1]!.start + words[words.length - 1]!.text.length);
  // A town's army units ("Lattakia Army units") are the army's, not a body of the town's name.
  // (Not after a role and a given name: "UNICEF director Anthony Lake".)
  const rolePerson = words.length >= 2 && isGivenName(words[0]!.text) && ROLE_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 24), words[0]!.start));
  // (A hospital or a school that speaks is a body: "The Al-Kindi Hospital said 20 had died".)
  const speaks = SPEAKING_BUILDING.test(head) && (SPEAKS_AFTER.test(text.slice(words[0]!.start + run.length, words[0]!.start + run.length + 16)) || /\baccording\s+to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, words[0]!.start - 20), words[0]!.start)));
  // An office of a body before a person's name is the person's title: "Senate Majority Leader Harry Reid".
  const officeOf = words.slice(0, 4).findLastIndex((w) => isTitle(w.text));
  const personAfterOffice = officeOf > 0 && officeOf < words.length - 2 && isGivenName(words[officeOf + 1]!.text) && !ORG_HEAD.test(head);
  // A given name before a place's word, beside a verb of saying: a person ("UNICEF Executive
  // Director James Hill said", "James Hill said"), not a place ("King Hussein Hospital").
  // (Not where a place may stand: "Crowds gathered in George Square, said witnesses".)
  // ("said James Hill", "according to James Hill" too.)
  const saysBefore = /\b(?:said|says|told|according\s+to)\s+$/.test(text.slice(Math.max(0, words[0]!.start - 14), words[0]!.start));
  const givenThenPlace =
    (saysBefore || /^\s+(?:said|says|told|added)\b/.test(text.slice(words[0]!.start + run.length, words[0]!.start + run.length + 8))) &&
    (personAfterOffice ||
      (words.length === 2 && isGivenName(words[0]!.text) && (saysBefore || !THING_OR_PLACE_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 12), words[0]!.start)))));
  if ((PLACE_HEAD.test(head) && !rolePerson && !givenThenPlace && !speaks) || isPlace(run) || (words.length === 2 && /^army$/i.test(head) && isPlace(words[0]!.text))) return null;
  // The words before "of" or "for" say what it is: a body ("Iraqi Ministry of Culture", "State
  // Board of Antiquities") or an office ("Minister of Foreign Affairs", "Chief of the General
  // Staff"), whose holder is read elsewhere.
  const connector = words.findIndex((w) => /^(?:of|for)$/.test(w.text));
  // (An army "of" what it fights for is a group's name, "Army of Mujahedeen"; not "the Mahdi Army of
  // Iraqi Shia cleric…", nor a run on past "and": "Army of Revolutionaries and the Mare…".)
  const armyOf = connector === 1 && words[0]!.text === 'Army' && !words.some((w) => w.text === 'and');
  const body = connector > 0 && (armyOf || words.slice(0, connector).some((w) => ORG_FIRST.test(w.text) || BODY_BEFORE_OF.test(w.text)));
  // Nationalities joined before a body's noun describe two bodies, not name one: "US and French
  // Special Forces", "Russian and Syrian Air Forces"; nor is a nationality before a medium a name ("Lebanese TV").
  if (words.some((w, i) => w.text === 'and' && i > 0 && isNationality(words[i - 1]!.text) && isNationality(words[i + 1]?.text ?? ''))) return null;
  if (words.length === 2 && isNationality(words[0]!.text) && MEDIUM.test(head)) return null;
  // (An operations room is a command: "the Great Conquest Operations Room".)
  const operationsRoom = head === 'Room' && words.length >= 3 && /^Operations?$/.test(words[words.length - 2]!.text);
  if (words.length >= 2 && !personAfterOffice && (ORG_HEAD.test(head) || operationsRoom || speaks || ORG_FIRST.test(words[0]!.text) || GROUP_FIRST.test(words[0]!.text) || body)) {
    if (connector > 0 && TITLE.test(words[connector - 1]!.text.replace(/\.$/, ''))) return null;
    kind = 'organisation';
  } else {
    // Titles in front ("Iraqi President", "FCO Minister", "Mr") say a person's name follows;
    // they are not part of it. With a title, one word is enough ("Secretary Kerry").
    const lastTitle = words.slice(0, 4).findLastIndex((w) => isTitle(w.text));
    titled = lastTitle >= 0 && lastTitle < words.length - 1;
    if (titled) {
      const titleWord = words[lastTitle]!.text.replace(/\.$/, '');
      words = words.slice(lastTitle + 1);
      // An office with its remit before the name: "Minister for the Middle East Tobias Ellwood".
      if (/^\p{Ll}/u.test(words[0]!.text)) words = words.slice(Math.max(0, words.findIndex((w) => isGivenName(w.text))));
      // No common word for a name: not "Staff" after "General", not "Faces Growing Pressure"
      // after "President" (a headline); "Secretary Hunt" and "Mr Brown" stay names.
      if (words.length > 1 ? maybeSurname(words[0]!.text) : !WEAK_TITLE.test(titleWord) || maybeSurname(words[0]!.text)) kind = 'person';
    } else {
      // A nationality before the name is no part of it: "Briton David Haines", "Syrian Ahmed Hassan".
      const named = words.findIndex((w) => !isDemonym(w.text));
      if (named >= 0 && named <= 2 && words.length - named >= 2 && isGivenName(words[named]!.text)) {
        words = words.slice(named);
        kind = 'person';
      } else if (words.length >= 2 && ROLE_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 24), words[0]!.start)) && maybeSurname(words[words.length - 1]!.text)) {
        // A role in lower case before it says a person is named: "YPG spokesman Nouri Mahmoud".
        kind = 'person';
      } else if (words.length >= 2 && words.length <= 3 && !isDemonym(words[0]!.text) && !PLACE_FIRST.test(words[0]!.text) && words.every((w) => maybeSurname(w.text) && !lexiconTags(w.text).includes('Place')) && text[words[0]!.start + run.length] === ',' && ROLE_APPOSITION_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 60), words[0]!.start)) && (isGivenName(words[0]!.text) || !ROLE_OF_A_PLACE_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 24), words[0]!.start)))) {
        // Or in an aside after one: "the ISIL emir of the city, Khalil Mohameed, was killed".
        kind = 'person';
      } else if (words.length >= 2 && words.length <= 3 && !isDemonym(words[0]!.text) && !PLACE_FIRST.test(words[0]!.text) && words.every((w) => maybeSurname(w.text) && !lexiconTags(w.text).includes('Place')) && (ROLE_AFTER.test(text.slice(run.length + words[0]!.start, run.length + words[0]!.start + 80)) || (ROLE_RIGHT_AFTER.test(text.slice(run.length + words[0]!.start, run.length + words[0]!.start + 40)) && !words.some((w) => DESCRIBING_WORD.test(w.text)) && !DETERMINER_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 8), words[0]!.start)) && (isGivenName(words[0]!.text) || SAID_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 12), words[0]!.start))))) && !PLACE_VERB_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 12), words[0]!.start))) {
        // Or one said of it right after, in an aside ("said Redur Khalil, one of the spokespersons"), or
        // without its comma after a saying ("said Nadim Houry deputy director of…").
        kind = 'person';
      } else if (words.length >= 2 && words.length <= 4 && !isDemonym(words[0]!.text) && !PLACE_FIRST.test(words[0]!.text) && words.every((w) => maybeSurname(w.text) && !lexiconTags(w.text).includes('Place')) && (AGE_BEFORE_NAME.test(text.slice(Math.max(0, words[0]!.start - 20), words[0]!.start)) || AGE_AFTER_NAME.test(text.slice(words[0]!.start + run.length, words[0]!.start + run.length + 24)))) {
        // Or an age given with it: "21-year-old Faysal Hussein Habibi", "said Hossam Qassab, a 32-year-old pharmacist".
        kind = 'person';
      } else if (words.length >= 2 && words.length <= 4 && !isDemonym(words[0]!.text) && !PLACE_FIRST.test(words[0]!.text) && !/^(?:Abu|Umm)$/.test(words[0]!.text) && words.every((w) => maybeSurname(w.text) && !lexiconTags(w.text).includes('Place')) && (KUNYA_AFTER.test(text.slice(words[0]!.start + run.length, words[0]!.start + run.length + 40)) || kunyaInBrackets(text.slice(words[0]!.start + run.length, words[0]!.start + run.length + 40)))) {
        // Or one whose "Abu …" follows it, in brackets or as an alias: 'Yusef al-Jadr ("Abu Furat")'.
        kind = 'person';
      } else if (words.length >= 2 && words.length <= 3 && (isGivenName(words[0]!.text) || /^(?:Abu|Umm)$/.test(words[0]!.text)) && words.slice(1).some((w) => ARABIC_SURNAME.test(w.text)) && words.every((w) => maybeSurname(w.text) && !lexiconTags(w.text).includes('Place')) && SPEAKS_AFTER.test(text.slice(words[0]!.start + run.length, words[0]!.start + run.length + 16)) && !BODY_NOUN_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 24), words[0]!.start))) {
        // Or a given name and a surname with an Arabic article, speaking: "Haider al-Abadi said…" (not a
        // group's or an outlet's name: "Zaman al-Wasl reported"; nor one a body's noun introduces:
        // "the website al-Durrar al-Shamiyyah reported").
        kind = 'person';
      }
    }
  }
  if (kind === 'person') {
    const verb = words.findIndex((w) => headlineVerb(w.text));
    if (verb === 0) return null;
    if (verb > 0) words = words.slice(0, verb);
    // One person's name has no "and", "of" or "the" in it: "Bashar and Asmaa al-Assad" are two,
    // "Yasser al-Youssef of the Zinki movement" is one man of a body. Untitled, one word is no name.
    // A people ends it too: "by Youssef Diab Russians and the Syrian regime…" (a byline, then a headline).
    const joint = words.findIndex((w, i) => i > 0 && (/^(?:and|of|for|the|on|in)$/.test(w.text) || lexiconTags(w.text).includes('Demonym')));
    if (joint > 0) words = words.slice(0, joint);
    // What is left may be a body named after a person: "the Mahdi Army of Iraqi Shia cleric…".
    if (joint > 0 && words.length >= 2 && UNIT_HEAD.test(words[words.length - 1]!.text)) kind = 'organisation';
    // Nor a title after it, which is the office held: "Peter Salama Executive Director of the WHO…".
    const office = words.findIndex(
      (w, i) =>
        i >= 2 &&
        !NAME_PARTICLE.test(words[i - 1]!.text) &&
        (OFFICE_NOUN.test(w.text) || (isTitle(w.text) && !WEAK_TITLE.test(w.text) && (isTitle(words[i + 1]?.text ?? '') || /^(?:of|for)$/.test(words[i + 1]?.text ?? '')))),
    );
    if (office > 0) words = words.slice(0, office);
    const lone = words.length === 1 ? words[0]!.text : null;
    if (lone !== null && (!titled || ORG_HEAD.test(lone) || ORG_FIRST.test(lone))) return null;
  }
  if (!kind) return null;
  const first = words[0]!;
  const final = words[words.length - 1]!;
  const name = text.slice(first.start, final.start + final.text.length);
  if (isPlace(name) || (kind === 'person' && !/^\p{Lu}\p{Ll}/u.test(first.text))) return null;
  return { kind, name, start: first.start, end: first.start + name.length };
}

/** Syrian towns that have the shape of a name ("Maarat al-Numan"). */
function isPlace(name: string): boolean {
  SYRIAN_PLACES.lastIndex = 0;
  const m = SYRIAN_PLACES.exec(name);
  SYRIAN_PLACES.lastIndex = 0;
  return m !== null && m[0].length >= name.length - 1;
}

// A whole capitalised word: hyphens and apostrophes inside, none around.
const KIN_AFTER = /^[ \t]+(?:tribe|tribes|clan|clans|family|familys|families)\b/i;
// (With an Arabic article glued to it, which the surname is read without: "al-Faris said".)
// (Each look back after its word's first letter or article: tried only there.)
const CAPITALISED_WORD = new RegExp(String.raw`(?:${ARABIC_ARTICLE}(?<![\p{L}\p{N}-]${ARABIC_ARTICLE})\p{Lu}|\p{Lu}(?<![\p{L}\p{N}-]\p{Lu}))[\p{L}\p{M}’'-]*\p{L}(?![\p{L}\p{N}-])`, 'gu');

/**
 * The surname a person's full name may be named by alone, without its Arabic article ("Mahdi
 * al-Harati … Harati"); none where the last word is a father's name ("Bandar bin Sultan"), the
 * place or people of a style ("Patriarch Kirill of Moscow", "Omar the Chechen"), a unit's or a
 * place's word ("Brigade", "Raqqa"), a people, a given name or a common word.
 */
export function surnameOf(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length < 2 || /^(?:bin|ibn|bint|abu|de|van|von|of|the|and|for)$/i.test(words[words.length - 2]!)) return null;
  const surname = words[words.length - 1]!.replace(/[’']s$/u, '').replace(LEADING_ARTICLE, '');
  if (ORG_HEAD.test(surname) || PLACE_HEAD.test(surname) || isPlace(surname) || isDemonym(surname) || lexiconTags(surname).some((t) => t === 'Place' || t === 'Country' || t === 'City')) return null;
  if (surname.length < 4 || !/^\p{Lu}\p{Ll}/u.test(surname) || isGivenName(surname) || !maybeSurname(surname)) return null;
  return surname;
}

/**
 * A person named again by surname alone after the full name ("Bill Haines … Haines said"): each
 * later occurrence of the surname, where no other name covers it. Only a surname that is no given
 * name, no common word, no place and no people ("Ali", "Brown", "Moscow", "Chechen" stay unread),
 * and that no other person of the text shares; never after "the" ("the Hague").
 */
export function surnameMentions(text: string, persons: ReadonlyArray<{ id: string; name: string; firstAt: number }>, covered: (start: number, end: number) => boolean): Array<{ id: string; start: number; end: number }> {
  const bySurname = new Map<string, { id: string; firstAt: number } | null>();
  for (const p of persons) {
    const surname = surnameOf(p.name);
    if (!surname) continue;
    const seen = bySurname.get(surname);
    bySurname.set(surname, seen === undefined || seen?.id === p.id ? { id: p.id, firstAt: Math.min(p.firstAt, seen?.firstAt ?? Infinity) } : null);
  }
  const found: Array<{ id: string; start: number; end: number }> = [];
  if (![...bySurname.values()].some(Boolean)) return found;
  // One pass over the text's capitalised words, however many people it names.
  for (const m of matches(CAPITALISED_WORD, text)) {
    const word = m[0].replace(/[’']s$/u, '');
    // (The article capitalised at a sentence's start too: "Al-Faris said".)
    const person = bySurname.get(word.replace(/^\p{Lu}(?=\p{Ll}{0,2}[-‐‑])/u, (c) => c.toLowerCase()).replace(LEADING_ARTICLE, ''));
    const at = m.index;
    const end = at + word.length;
    if (!person || at < person.firstAt || /\bthe[ \t]+$/i.test(text.slice(Math.max(0, at - 5), at))) continue;
    // Not inside another run of capitalised words ("the Haines Foundation"). (A word that ends a
    // sentence, or opens one, is no part of it: "… in Syria. Haines said".)
    // (Its article written apart is the surname's: "Al Huseini said" after "Abdullah Al Huseini";
    // as for the surname, no word of another name before it, nor "the": "the Al Qabbani mosque".)
    let before = /(\p{Lu}[\p{L}.’'-]*)[ \t]+$/u.exec(text.slice(Math.max(0, at - 30), at));
    const article = before && /^(?:Al|El)$/.test(before[1]!) ? before[0].length : 0;
    if (article) {
      if (/\bthe[ \t]+$/i.test(text.slice(Math.max(0, at - article - 5), at - article))) continue;
      before = /(\p{Lu}[\p{L}.’'-]*)[ \t]+$/u.exec(text.slice(Math.max(0, at - article - 30), at - article));
    }
    if ((before && !before[1]!.endsWith('.') && !OPENING_WORD.test(before[1]!)) || /^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    // Nor a family's or a tribe's name: "the al-Berri tribe", "the Assad familys" (its apostrophe lost).
    if (KIN_AFTER.test(text.slice(end, end + 12))) continue;
    if (!covered(at - article, end)) found.push({ id: person.id, start: at - article, end });
  }
  return found.sort((a, b) => a.start - b.start);
}
