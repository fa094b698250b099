/**
 * The analysis: one entry point shared by the background, the command line and the tests.
 * `createAnalyzer` compiles the knowledge file's expressions once; `analyze` is then pure.
 */
import { BRACKETED_ABBREVIATION, GOVERNMENT_FORM, Gazetteer, type GazetteerHit } from './actors/gazetteer';
import { fileNames, overlapsAny, startingBefore } from './text/spans';
import { namesABody, namesAnyStatesBody, findNames, surnameMentions, surnameOf, type NameHit } from './actors/names';
import { RoleResolver } from './actors/roles';
import { attributionFinder, type Attribution } from './attribution';
import { extractClaims, type RawClaim } from './claims/extract';
import { rankContext } from './context';
import { compareYmd, formatYmd, normaliseDate, parseIsoDate, type YMD } from './dates';
import type { Actor, Knowledge } from './knowledge/schema';
import { TriggerIndex, type TriggerHit } from './knowledge/triggers';
import { flexiblePattern, segmentAt, sentences as splitSentences, type Segment } from './text/segment';
import { scoreTopic } from './topic/score';
import { SYRIA_WORD } from './topic/signals';
import type { ActorFinding, Analysis, AnalysisInput, ClaimFinding } from './types';
import { Verifier, type ClaimContext } from './verify';
import { EntryViews } from './views';
import { matches } from './text/matches';
import { headlineVerb } from './text/lexicon';

export interface AnalyzeOptions {
  /** Analyse fully even when the text does not look like it is about Syria. */
  force?: boolean;
}

export interface Analyzer {
  analyze(input: AnalysisInput, options?: AnalyzeOptions): Analysis;
}

const PUBLICATION = /^(?:Times|Voice|Gazette|Journal|Radio|Daily|News)\s+of\s/;

export function createAnalyzer(kb: Knowledge): Analyzer {
  const gazetteer = new Gazetteer(kb.actors);
  const roles = new RoleResolver(kb.actors);
  const triggerIndex = new TriggerIndex(kb);
  const verifier = new Verifier(kb);
  const views = new EntryViews(kb);
  const actorsById = new Map(kb.actors.map((a) => [a.id, a]));
  const statesByName = new Map<string, Actor>();
  for (const a of kb.actors) if (a.kind === 'state') for (const n of [a.name, ...(a.aliases ?? [])]) statesByName.set(n, a);

  function analyze(input: AnalysisInput, options: AnalyzeOptions = {}): Analysis {
    const text = withoutAddressesOrComments(input.text);
    const title = input.title ?? '';
    const sentences = splitSentences(text);
    const sentenceIndex = (offset: number) => segmentAt(sentences, offset);
    const givenDate = parseIsoDate(normaliseDate(input.date));

    // A title in italics names a work, not the actors in its words ("*Saving Syria's Children*"),
    // unless the whole title is the name ("*The Guardian*", "*Al-Monitor*").
    const titles = text.includes('*') ? [...matches(ITALIC_TITLE, text)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
    // Nor does a picture's file name written as text ("Syria-flag 1932-58 1961-63.svg").
    const files = fileNames(text);
    const inTitleOrFile = (start: number, end: number) =>
      titles.some((t) => t.start < start && end < t.end && !(/^\*(?:[Tt]he\s+)?$/.test(text.slice(t.start, start)) && end === t.end - 1)) || overlapsAny(files, start, end);
    const names = findNames(text, () => false).filter((n) => !inTitleOrFile(n.start, n.end));
    // A body whose name begins with a state's or a capital's is that body, not the state:
    // "the Jordan Times", "the Damascus Military Council", "the Syria Campaign".
    // So is one whose name holds it: "the Future Syria Party".
    const bodies = names.filter((n) => n.kind === 'organisation');
    const bodiesAt = new Map<number, NameHit[]>();
    for (const b of bodies) bodiesAt.set(b.start, [...(bodiesAt.get(b.start) ?? []), b]);
    const hits = withOtherNames(text, withAbbreviations(
      text,
      gazetteer.find(text).filter((h, _, all) => {
        if (inTitleOrFile(h.start, h.end)) return false;
        const actor = actorsById.get(h.actorId)!;
        // (Not in a text written before it existed.)
        if (foundedAfter(actor, givenDate)) return false;
        const kind = actor.kind;
        // An international body's name that opens a longer one is that other body's: "the United
        // Nations Supervision Mission in Syria", "the UN Development Programme".
        // (Not one joined to another by "and" or a dash: "UN and Red Crescent teams", "a UN-Arab Red Crescent convoy".)
        // (Nor one that runs into another name the file knows: "the U.N. Commission of Inquiry on Syria".)
        // (Nor a headline's words: "NATO Leaders Agree New Rapid Reaction Force".)
        if (kind === 'international-body') {
          if (!/^[ \t]+\p{Lu}/u.test(text.slice(h.end, h.end + 3)) || inHeadline(text, h.start)) return true;
          const next = all[startingBefore(all, h.end)];
          return !(bodiesAt.get(h.start) ?? []).some((b) => {
            const more = text.slice(h.end, b.end).trim().split(/\s+/);
            return b.end > h.end && namesABody(b.name) && !FUNCTION_WORD_AT_END.test(b.name) && more.length <= 6 && !more.some((w) => headlineVerb(w)) && !(next && next.start < b.end);
          });
        }
        if (kind !== 'state' || GOVERNMENT_FORM.test(text.slice(h.start, h.end))) return true;
        const body = bodies[startingBefore(bodies, h.start + 1) - 1];
        // Nor is a publication named after it: "the Times of Israel", "Voice of America".
        return !body || (body.end <= h.end && !(body.end === h.end && PUBLICATION.test(body.name)));
      }),
    ));
    const specific = new Map<string, number>();
    for (const h of hits) {
      const a = actorsById.get(h.actorId)!;
      // (Where the text writes "Syria", it is counted by that word, whether it names the state or
      // the land; "the Assad regime" is counted here.)
      if (a.syria_specific && !(a.id === 'syria' && text.slice(h.start, h.end).search(SYRIA_WORD) !== -1)) specific.set(a.name, (specific.get(a.name) ?? 0) + 1);
    }
    const topic = scoreTopic({ text, title, specificActors: specific, articleDate: givenDate });
    const empty: Analysis = {
      ...topic,
      date: givenDate ? formatYmd(givenDate) : null,
      dateSource: givenDate ? 'input' : null,
      actors: [],
      claims: [],
      context: [],
      entries: {},
      knowledgeAsOf: kb.meta.as_of,
    };
    if (!topic.relevant && !options.force) return empty;

    // Actors: the knowledge file's first, then names it does not know.
    const actors = new Map<string, ActorFinding>();
    for (const h of hits) {
      const a = actorsById.get(h.actorId)!;
      const f = actors.get(a.id) ?? { id: a.id, name: a.name, kind: a.kind, known: true, mentions: [] };
      // The mark leaves out where a body is based and who leads it (see BASED_PREFIX).
      const start = h.start + (BASED_PREFIX.exec(text.slice(h.start, h.end))?.[0].length ?? 0);
      f.mentions.push({ start, end: h.end, text: text.slice(start, h.end) });
      actors.set(a.id, f);
    }
    // A name read twice at one place (as a run and as an initialism) is one mention.
    const namedAt = new Set<string>();
    const hitAt = new Map(hits.map((h) => [h.start, h]));
    // The letters in brackets a text gives each body it names, read once.
    const lettersAfter = new Map(names.filter((n) => n.kind === 'organisation').map((n) => [n, ABBREVIATION_AFTER.exec(text.slice(n.end, n.end + 14))]));
    // Letters a text gives a body the file lacks name that body: "the Patriotic Union of Kurdistan (PUK) … the PUK"
    // (and, below, the other names it gives a name).
    const lettersOf = new Map<string, string>();
    for (const [n, letters] of lettersAfter) {
      if (letters && /\s/.test(n.name) && !lettersOf.has(letters[1]!) && abbreviates(letters[1]!, n.name)) lettersOf.set(letters[1]!, n.name);
    }
    // Another name the text gives one the file lacks, right after it, in brackets or after "also
    // known as", is that one's: "Hassan Soufan (\"Abu al-Bara\")", "the Unified Military Council,
    // also known as the Joint Tripartite Military Committee". (Of the same kind: a group in
    // brackets after a person may be the person's group.)
    const namesAt = new Map(names.map((n) => [n.start, n]));
    for (const n of names) {
      const link = OTHER_NAME_AFTER.exec(text.slice(n.end, n.end + 40));
      const other = link ? namesAt.get(n.end + link[0].length) : undefined;
      if (other && other.kind === n.kind && other.name !== n.name && !overlapsAny(hits, n.start, n.end) && !overlapsAny(hits, other.start, other.end) && !lettersOf.has(other.name)) {
        lettersOf.set(other.name, lettersOf.get(n.name) ?? n.name);
      }
    }
    // Letters of a name the file knows, named before in full: "a Syrian Air Force Su-22 … airstrikes by the SAF".
    const initialsOf = new Map<string, GazetteerHit | null>();
    for (const h of hits) {
      const words = text.slice(h.start, h.end).split(/\s+/);
      // (Bodies only: people are not named by their initials, and "RTE" is no president.)
      const kind = actorsById.get(h.actorId)!.kind;
      if (words.length < 2 || kind === 'person' || kind === 'state') continue;
      const letters = words.map((w) => w.charAt(0)).join('');
      if (!/^\p{Lu}+$/u.test(letters)) continue;
      const seen = initialsOf.get(letters);
      initialsOf.set(letters, seen === undefined || seen?.actorId === h.actorId ? (seen ?? h) : null);
    }
    // The end of a body's name the file knows, named before in full, after "the": "the Red
    // Crescent" after "the Kurdish Red Crescent" (where only one such name ends that way). Not a
    // state's body: every state has a foreign ministry and an air force ("In Damascus, the Foreign
    // Ministry said" after "the Russian Foreign Ministry").
    // A state's body is read so only close after its full name, with no state named between
    // ("The Syrian Air Force struck Douma. The Air Force said…").
    const endOf = new Map<string, GazetteerHit | null>();
    const stateBodyEndOf = new Map<string, GazetteerHit[] | null>();
    for (const h of hits) {
      const kind = actorsById.get(h.actorId)!.kind;
      if (kind === 'person' || kind === 'state') continue;
      const words = text.slice(h.start, h.end).split(/\s+/);
      for (let i = 1; i <= words.length - 2; i++) {
        if (!/^\p{Lu}/u.test(words[i]!)) continue;
        const end = words.slice(i).join(' ').toLowerCase();
        if (kind === 'government-body') {
          const seen = stateBodyEndOf.get(end);
          if (seen === undefined) stateBodyEndOf.set(end, [h]);
          else if (seen && seen[0]!.actorId === h.actorId) seen.push(h);
          else stateBodyEndOf.set(end, null);
          continue;
        }
        const seen = endOf.get(end);
        endOf.set(end, seen === undefined || seen?.actorId === h.actorId ? (seen ?? h) : null);
      }
    }
    const stateBodyEnd = (n: NameHit) => {
      const end = n.name.toLowerCase();
      // (The latest mention before it, found by a binary search: no state may be named after that,
      // nor an owner right after it: "the Defence Ministry in Ankara".)
      const mentions = stateBodyEndOf.get(end);
      const full = mentions?.[startingBefore(mentions, n.start) - 1];
      const owner = OWNER_AFTER_BODY.exec(text.slice(n.end, n.end + 40));
      if (!full || endOf.has(end) || n.start - full.end > STATE_BODY_REACH || (owner && (owner[2] || gazetteer.namesAState(owner[1]!)))) return undefined;
      const between = text.slice(full.end, n.start);
      if (between.match(/\p{Lu}[\p{L}’'-]*/gu)?.some((w) => gazetteer.namesAState(w.replace(/[’']s$/, '')))) return undefined;
      for (let i = startingBefore(hits, full.end); i < hits.length && hits[i]!.start < n.start; i++) {
        if (hits[i]!.actorId !== full.actorId && actorsById.get(hits[i]!.actorId)!.kind !== 'person') return undefined;
      }
      return full;
    };
    // A state's body named after the state's possessive: "Russia's Ministry of Defence" is the
    // "Russian Ministry of Defence" the file knows.
    const ownedBody = (n: NameHit) => {
      const owner = n.kind === 'organisation' ? OWNER_BEFORE.exec(text.slice(Math.max(0, n.start - 40), n.start)) : null;
      // (Of two words, "United Kingdom's", or of the last: "Meanwhile Russia's".)
      const state = owner ? (owner[1] ? statesByName.get(`${owner[1]} ${owner[2]}`) : undefined) ?? statesByName.get(owner[2]!) : undefined;
      for (const d of state?.demonyms ?? []) {
        const full = `${d} ${n.name}`;
        const found = gazetteer.find(full);
        if (found.length === 1 && found[0]!.start === 0 && found[0]!.end === full.length && actorsById.get(found[0]!.actorId)!.kind !== 'state') return found[0];
      }
      return undefined;
    };
    // Letters stand for a name given within a few paragraphs before them.
    const isNear = (full: GazetteerHit | null | undefined, n: NameHit) => !!full && full.start < n.start && n.start - full.end <= INITIALS_REACH;
    // A person the file knows, named with a middle initial: "Stephen J. Townsend" (not a middle
    // name, which in Arabic names is the father's: "Mohammed Ahmed al-Bashir" is another man).
    const knownByFirstAndLastName = (n: NameHit) => {
      const words = n.kind === 'person' ? n.name.split(/\s+/) : [];
      if (words.length < 3 || !words.slice(1, -1).every((w) => /^\p{Lu}\.$/u.test(w))) return undefined;
      const short = `${words[0]} ${words[words.length - 1]}`;
      const found = gazetteer.find(short);
      return found.length === 1 && found[0]!.start === 0 && found[0]!.end === short.length && actorsById.get(found[0]!.actorId)!.kind === 'person' ? found[0] : undefined;
    };
    const unsorted = new Set<ActorFinding>();
    for (const n of names) {
      if (overlapsAny(hits, n.start, n.end)) continue;
      // A body's name the text gives letters the file knows is that body, however the text
      // spells the name out: "its armed wing Peoples Protection Forces (YPG)".
      const letters = lettersAfter.get(n) ?? null;
      const byLetters = letters ? hitAt.get(n.end + letters[0].indexOf(letters[1]!)) : undefined;
      // A state's letters the file knows, read where they name a place ("Syrians living in UAE"), name no other body.
      if (/^\p{Lu}{2,6}$/u.test(n.name) && gazetteer.find(n.name).some((h) => h.start === 0 && h.end === n.name.length && actorsById.get(h.actorId)!.kind === 'state')) continue;
      // A one-word body's name the file knows in capitals: "the news agency Sana" is SANA (a person "Ms Sana" is not).
      // (A body's name after "the" may be the end of one named before it.)
      const afterThe = n.kind === 'organisation' && /\bthe\s+$/i.test(text.slice(Math.max(0, n.start - 4), n.start));
      const inCapitals = n.kind !== 'organisation' || /\s/.test(n.name) || n.name === n.name.toUpperCase() ? [] : gazetteer.find(n.name.toUpperCase());
      const known =
        byLetters && text.slice(byLetters.start, byLetters.end) === letters![1]
          ? byLetters
          : inCapitals.length === 1 && inCapitals[0]!.end - inCapitals[0]!.start === n.name.length
            ? inCapitals[0]
            : isNear(initialsOf.get(n.name), n)
              ? initialsOf.get(n.name)!
              : afterThe && isNear(endOf.get(n.name.toLowerCase()), n)
                ? endOf.get(n.name.toLowerCase())!
                : (knownByFirstAndLastName(n) ?? ownedBody(n) ?? (afterThe ? stateBodyEnd(n) : undefined));
      if (known) {
        const a = actorsById.get(known.actorId)!;
        const f = actors.get(a.id) ?? { id: a.id, name: a.name, kind: a.kind, known: true, mentions: [] };
        f.mentions.push({ start: n.start, end: n.end, text: text.slice(n.start, n.end) });
        unsorted.add(f);
        actors.set(a.id, f);
        continue;
      }
      // An owner's body that the file lacks is the owner's, named in words any state's would have
      // ("Iran's Armed Forces"): the owner is marked, and a card of "Armed Forces" would say nothing.
      if (n.kind === 'organisation' && OWNED.test(text.slice(Math.max(0, n.start - 4), n.start)) && namesAnyStatesBody(n.name)) continue;
      const name = lettersOf.get(n.name) ?? n.name;
      const id = `name:${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
      const f = actors.get(id) ?? { id, name, kind: n.kind, known: false, mentions: [] };
      if (namedAt.has(`${id}@${n.start}`)) continue;
      namedAt.add(`${id}@${n.start}`);
      f.mentions.push({ start: n.start, end: n.end, text: text.slice(n.start, n.end) });
      actors.set(id, f);
    }
    // (Sorted once each, not at every mention added: a long page names one body thousands of times.)
    for (const f of unsorted) f.mentions.sort((x, y) => x.start - y.start);
    // A person the file lacks named by a title and surname alone ("President Maduro", "Deputy
    // Foreign Minister Bogdanov") is the one the text names in full with that surname, if only one.
    // (Not a father's name: "King Salman" is not "Mohammed bin Salman"; see surnameOf.)
    const fullNames = [...actors.values()].filter((f) => f.kind === 'person' && /\s/.test(f.name));
    for (const f of [...actors.values()]) {
      if (f.known || f.kind !== 'person' || /\s/.test(f.name)) continue;
      const same = fullNames.filter((p) => surnameOf(p.name) === f.name);
      if (same.length !== 1) continue;
      same[0]!.mentions.push(...f.mentions);
      same[0]!.mentions.sort((x, y) => x.start - y.start);
      actors.delete(f.id);
    }

    // A person named again by surname alone after the full name: "… Haines said", "Defence
    // Minister Işık" after "Fikri Işık" (a surname the file does not list on its own).
    const persons = [...actors.values()].flatMap((f) => {
      if (f.kind !== 'person') return [];
      // (A person the file knows, once the text has named them in full: by the file's name, and by
      // the text's spelling of a plain name, "Salim Idriss"; not a style, "Patriarch Kirill of Moscow".)
      const full = f.known ? f.mentions.find((m) => /\s/.test(m.text)) : f.mentions[0];
      if (!full) return [];
      const spelled = f.known && !/\s(?:of|the|and|for)\s/i.test(full.text) ? [{ id: f.id, name: full.text, firstAt: full.end }] : [];
      return [{ id: f.id, name: f.name, firstAt: full.end }, ...spelled];
    });
    if (persons.length) {
      const marked = [...actors.values()].flatMap((f) => f.mentions).sort((x, y) => x.start - y.start);
      const covered = (start: number, end: number) => overlapsAny(marked, start, end) || overlapsAny(hits, start, end);
      const named = new Set<ActorFinding>();
      for (const m of surnameMentions(text, persons, covered)) {
        const f = actors.get(m.id)!;
        f.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
        named.add(f);
      }
      for (const f of named) f.mentions.sort((x, y) => x.start - y.start);
    }
    // A body the file lacks, named again in the same words where nothing else is marked: "the news
    // agency Kommersant" … ", Kommersant said on its website".
    const bodiesLacked = [...actors.values()].filter((f) => !f.known && f.kind === 'organisation');
    if (bodiesLacked.length) {
      // (Mentions and the file's hits may nest: a span is marked when any before it reaches into it.)
      const marked = [...[...actors.values()].flatMap((f) => f.mentions), ...hits].sort((x, y) => x.start - y.start);
      const markedReach = reachOf(marked);
      // Where each of their first words stands, read in one pass: a long page names thousands of bodies.
      const firstWord = (name: string) => /^\S+/.exec(name)![0];
      const wanted = new Set(bodiesLacked.map((f) => firstWord(f.mentions[0]!.text)));
      const wordsAt = new Map<string, number[]>();
      for (const w of matches(CAPITALISED_WORD, text)) if (wanted.has(w[0])) (wordsAt.get(w[0]) ?? wordsAt.set(w[0], []).get(w[0])!).push(w.index);
      for (const f of bodiesLacked) {
        const name = f.mentions[0]!.text;
        const found: ActorFinding['mentions'] = [];
        for (const at of wordsAt.get(firstWord(name)) ?? []) {
          const end = at + name.length;
          if (at < f.mentions[0]!.end || !text.startsWith(name, at)) continue;
          // (Not words any state's body has, after another's owner: "President Assad's Armed Forces".)
          const owned = OWNED.test(text.slice(Math.max(0, at - 4), at)) && namesAnyStatesBody(name);
          const joined = /[\p{L}\p{N}-]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}-]/u.test(text[end] ?? '');
          if (!joined && !owned && (markedReach[startingBefore(marked, end) - 1] ?? 0) <= at) found.push({ start: at, end, text: name });
        }
        if (found.length) f.mentions = [...f.mentions, ...found].sort((x, y) => x.start - y.start);
      }
    }

    // A page's back matter ("See also", "References") lists other pages: no claims, no background.
    const body = bodyEnd(text);
    const raw = extractClaims(text, sentences).filter((c) => c.start < body && !overlapsAny(files, c.start, c.end));
    // (Not words that open a longer name: "the Syrian Revolution General Commission" tells nothing
    // of the uprising; "Syrian regime forces", "the White Helmets" are still the words the text chose.)
    const mentions = [...actors.values()].flatMap((f) => f.mentions).sort((x, y) => x.start - y.start);
    const insideName = (t: TriggerHit) => {
      const m = mentions[startingBefore(mentions, t.start + 1) - 1];
      return !!m && t.end < m.end && /^[\s-]+\p{Lu}/u.test(text.slice(t.end, m.end));
    };
    const triggers = withoutBareFigures(
      triggerIndex.find(text).filter((t) => t.start < body && !insideName(t)),
      raw,
    );
    const triggersBySentence = new Map<number, TriggerHit[]>();
    for (const t of triggers) {
      const i = sentenceIndex(t.start);
      const list = triggersBySentence.get(i) ?? [];
      list.push(t);
      triggersBySentence.set(i, list);
    }
    const actorsBySentence = new Map<number, Set<string>>();
    for (const h of hits) {
      const i = sentenceIndex(h.start);
      const set = actorsBySentence.get(i) ?? new Set<string>();
      set.add(h.actorId);
      actorsBySentence.set(i, set);
    }
    const namedNear = (hit: TriggerHit, ids: string[]) => {
      const i = sentenceIndex(hit.start);
      return [i - 1, i, i + 1].some((k) => ids.some((id) => actorsBySentence.get(k)?.has(id)));
    };
    // (Read within a few hundred characters of the phrase, so a text without full stops stays linear.)
    const placeNear = (hit: TriggerHit, places: readonly string[]) => {
      const i = sentenceIndex(hit.start);
      const from = Math.max(sentences[Math.max(0, i - 1)]?.start ?? 0, hit.start - PLACE_REACH);
      const to = Math.min(sentences[Math.min(sentences.length - 1, i + 1)]?.end ?? text.length, hit.end + PLACE_REACH);
      return placesPattern(places).test(text.slice(from, to));
    };

    // Where each claim's attribution is, by the claim's start: which actor it names is read there.
    // Whether the last actor a speaker's words name is a person: one the file knows, or a name it lacks.
    // (Where the text opens with its headline, as a page run together may, after its dateline at most:
    // "July 19 2014 Islamic State killed 270 in Syrian gas field battle: monitor.")
    const headlineText = title.trim();
    const headlineAt = headlineText ? text.slice(0, headlineText.length + HEADLINE_AFTER_CHARS).indexOf(headlineText) : -1;
    const headline = headlineAt >= 0 && headlineAt <= HEADLINE_AFTER_CHARS && !/[.!?]/.test(text.slice(0, headlineAt)) ? { start: headlineAt, end: headlineAt + headlineText.length } : undefined;
    const findAttribution = attributionFinder(text, sentences, sentenceIndex, (start, end) => {
      const i = startingBefore(hits, end) - 1;
      const h = i >= 0 && hits[i]!.start >= start ? hits[i]! : undefined;
      const j = startingBefore(names, end) - 1;
      const n = j >= 0 && names[j]!.start >= start && !overlapsAny(hits, names[j]!.start, names[j]!.end) ? names[j]! : undefined;
      if (n && (!h || n.start > h.start)) return n.kind === 'person';
      return h && actorsById.get(h.actorId)!.kind === 'person';
    }, headline);
    const attributions = new Map<number, Attribution>();
    const ctx: ClaimContext = {
      text,
      sentences,
      triggersBySentence,
      actorsBySentence,
      triggeredAnywhere: new Set(triggers.flatMap((t) => t.entryIds)),
      articleDate: givenDate,
      dateIsEstimate: false,
      sentenceIndex,
      attribution: (start, end) => {
        const found = findAttribution(start, end);
        if (found) attributions.set(start, found);
        return found?.text;
      },
    };
    let claims = verifier.verify(raw, ctx);
    let date = givenDate;
    let dateSource: Analysis['dateSource'] = givenDate ? 'input' : null;
    if (!date) {
      // Undated: the article is at least as recent as the latest dated event it refers to.
      const inferred = latestDate(claims);
      if (inferred) {
        date = inferred.date;
        dateSource = inferred.source;
        claims = verifier.verify(raw, { ...ctx, articleDate: date, dateIsEstimate: true });
        // (Nor is an actor founded after that date read in it: see `founded` above.)
        for (const id of actors.keys()) if (foundedAfter(actorsById.get(id), date)) actors.delete(id);
      }
    }

    // A year that is a section's heading ("## 2013") dates the days under it (above), but is no claim.
    claims = claims.filter((c) => c.kind !== 'date' || !isHeadingYear(text, c.start, c.end));

    // Offices named without their holder: the phrase is a mention of the holder at the
    // article's date (on a page with no date of its own, the date its narrative has reached; see
    // `officeDate`), or with no date of the office, whose card lists the holders on file. The
    // owner named inside it ("US" in "the US secretary of state") is not marked on its own.
    // A name the file lacks that holds the phrase wins; otherwise the phrase replaces what was
    // marked inside it. Each step is a binary search, so a text full of offices stays linear.
    const unknownSpans = [...actors.values()].filter((f) => !f.known).flatMap((f) => f.mentions).sort((x, y) => x.start - y.start);
    const unknownReach = reachOf(unknownSpans);
    const insideUnknown = (start: number, end: number) => (unknownReach[startingBefore(unknownSpans, end) - 1] ?? 0) > start;
    // Nor does one that a body of the file is named by, with no person named beside it: "according
    // to the United Nations High Commissioner for Refugees" is UNHCR, the agency, not its head.
    const bodySpans = [...actors.values()].filter((f) => f.known && f.kind !== 'state' && f.kind !== 'person').flatMap((f) => f.mentions).sort((x, y) => x.start - y.start);
    const bodyReach = reachOf(bodySpans);
    const insideBodyName = (start: number, end: number) => (bodyReach[startingBefore(bodySpans, start + 1) - 1] ?? 0) >= end;
    const offices = roles.find(text, date, officeDate(text, raw, sentences, date, dateSource === 'input' ? null : claims)).flatMap((r) => {
      if (insideUnknown(r.start, r.end) || (r.namedAt === undefined && insideBodyName(r.start, r.end))) return [];
      // With a name in apposition, the phrase is that person's: marked as theirs if the file has
      // them holding that office (at any time: the text says when), else not at all; capitalised
      // words before it that name no such holder leave the holder at the date.
      const named = r.namedAt === undefined ? undefined : hitAt.get(r.namedAt)?.actorId;
      // (A person the file lacks named before it is that person: "Stephen Harper, the Prime Minister of Canada".)
      const personBefore = r.namedBefore && names.some((n) => n.kind === 'person' && n.start === r.namedAt);
      const actorId = named !== undefined && roles.heldBy(r.office, named) ? named : r.namedAt === undefined || (r.namedBefore && !personBefore) ? r.actorId : null;
      if (!actorId) return [];
      const name = actors.get(actorId)?.name ?? actorsById.get(actorId)?.name ?? views.view(actorId, null)?.title;
      return name ? [{ actorId, start: r.start, end: r.end, name }] : [];
    });
    if (offices.length) {
      for (const [id, f] of actors) {
        f.mentions = f.mentions.filter((m) => !overlapsAny(offices, m.start, m.end));
        if (!f.mentions.length) actors.delete(id);
      }
      for (const r of offices) {
        const f = actors.get(r.actorId) ?? { id: r.actorId, name: r.name, kind: actorsById.get(r.actorId)?.kind ?? 'office', known: true, mentions: [] };
        f.mentions.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end) });
        actors.set(r.actorId, f);
      }
      for (const id of new Set(offices.map((r) => r.actorId))) actors.get(id)!.mentions.sort((x, y) => x.start - y.start);
    }

    // Who stands behind a figure: the known actor marked last in its attribution ("according to
    // state news agency SANA", "the head of the Syrian Observatory"), never a place in it ("the
    // Britain-based monitor", "a resident of Damascus").
    const knownMentions = [...actors.values()]
      .filter((f) => f.known)
      .flatMap((f) => f.mentions.map((m) => ({ start: m.start, end: m.end, id: f.id, kind: f.kind })))
      .sort((x, y) => x.start - y.start);
    for (const claim of claims) {
      const at = claim.attributedTo ? attributions.get(claim.start) : undefined;
      if (at) claim.attributedActorId = sourceNamed(text, at, knownMentions) ?? monitorMeant(at, knownMentions, headline);
    }

    const actorList = [...actors.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    const context = rankContext(kb, { triggers, claims, actorIds: new Set(actors.keys()), date, dateIsEstimate: dateSource === 'knowledge' || dateSource === 'text', placesOnly: verifier.placesOnly(text), namedNear, placeNear });
    const entries: Analysis['entries'] = {};
    const ids = new Set([...actorList.filter((a) => a.known).map((a) => a.id), ...claims.flatMap((c) => (c.attributedActorId ? [...c.facts, c.attributedActorId] : c.facts)), ...context.map((c) => c.id)]);
    for (const id of ids) {
      const v = views.view(id, date);
      if (v) entries[id] = v;
    }
    return {
      ...topic,
      date: date ? formatYmd(date) : null,
      dateSource,
      actors: actorList,
      claims,
      context,
      entries,
      knowledgeAsOf: kb.meta.as_of,
    };
  }

  // V8 compiles an expression apart for texts stored one byte a character and for texts with
  // wider characters ("’"), each first to bytecode and then, once used again, to native code; and
  // one first compiled once the process holds about 16 MB of machine code runs fifty to a hundred
  // times slower. So the expressions that common sentences use are compiled now, on a short text
  // of each kind read twice. (Those a long page needs that the primer lacked, measured on the
  // benchmark's 100k words: capitals' abbreviations "U.N.", a body the file lacks named again.)
  for (const text of [...PRIMERS, ...PRIMERS]) analyze({ text }, { force: true });

  return { analyze };
}

const PLACE_REACH = 600;
// A word as a name's first: a capital, then letters, digits, apostrophes and hyphens ("Kommersant", "Ahl", "IRPGF").
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{N}’'-]*/gu;
const placePatterns = new WeakMap<readonly string[], RegExp>();
/** One expression for one of the file's lists of places, as texts write them; made once per list. */
function placesPattern(places: readonly string[]): RegExp {
  let pattern = placePatterns.get(places);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])(?:${places.map(flexiblePattern).join('|')})(?![\\p{L}])`, 'iu');
    placePatterns.set(places, pattern);
  }
  return pattern;
}

// A heading's markup ("## 2013", "== 2013 ==", "**2013**", "2013:"), or a year alone on a line after a blank one (not a line of hard-wrapped prose).
const HEADING_YEAR_LINE = /^[^\S\n]*(?:(?:#{1,6}|=+|\*\*)[^\S\n]*(?:19|20)\d\d[^\S\n]*(?:=+|\*\*)?|(?:19|20)\d\d[^\S\n]*:?)[^\S\n]*$/;
function isHeadingYear(text: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  if (!HEADING_YEAR_LINE.test(line)) return false;
  return /[#=*:]/.test(line) || lineStart === 0 || /\n[^\S\n]*\n$/.test(text.slice(Math.max(0, lineStart - 8), lineStart));
}

/** Sentences of the kinds news of the war is written in, for the analyzer to read once when it is made. */
const PRIMER = [
  'DAMASCUS (SANA) - On Tuesday, 5 March 2020, Russia and Turkey agreed a ceasefire in Idlib. Shelling killed five women and a child, and more than 1,000 people fled, the Syrian Observatory for Human Rights (SOHR) said.',
  'At least 20 people were killed and 35 wounded, including 12 children, according to the Observatory, which has documented the war since it began in 2011. Among them were three rescue workers.',
  'The Observatory added more, and its spokesman Ahmed Haddad said the town fell. Haddad was there. Strikes killed 12 people, Abu Ahmed, 45, a resident, said: "We are alarmed."',
  '## Reactions',
  'Between 500 and 1,300 fighters, five or six brigades, held a line 30 kilometres from the border for three days. Foreign Minister Mevlut Cavusoglu told reporters in Ankara on Monday that Turkey hosts 3.6 million refugees and has spent $40 billion.',
  'About 40 percent of the displaced had fled their homes in March, a report published by the United Nations said. Resolution 2254 calls for elections.',
  'The Hamidiyeh Relief Committee, a charity, said 40 families reached the camp. The U.N. and the U.S. welcomed it, the Hamidiyeh Relief Committee said.',
].join('\n\n');
/** The same without an apostrophe, as some copy is, in one byte a character; and with curly quotes and a possessive, in two. */
const PRIMERS = [PRIMER, PRIMER.replace('and its spokesman', 'and the group’s spokesman').replace(/"([^"]*)"/g, '“$1”').replace(' - ', ' – ')];

/** The result for a page that the topic gate turned away: nothing marked, and it says so. */
export function notAnalysed(knowledgeAsOf: string): Analysis {
  return {
    relevant: false,
    score: 0,
    signals: [],
    date: null,
    dateSource: null,
    actors: [],
    claims: [],
    context: [],
    entries: {},
    knowledgeAsOf,
  };
}

/**
 * The date an office phrase speaks of, when it is not the article's: a full date written just
 * after it ("the Secretary of State's statement of 20 October 2017"), or a year that dates what
 * the office holder did: right after the phrase's verb ("the U.S. president said in 2019") or
 * opening its sentence ("In 2019, the U.S. president…"). A year that dates something else ("the
 * deal signed in 2015") leaves the article's date. `null` when the phrase's own words give two
 * years. On a page with no date of its own (`narrative`, its verified dates), whose estimate is
 * its latest date, the last date its narrative gives before the phrase, within a few paragraphs
 * (a history of 2007 does not speak of 2018's prime minister), unless one its clause tells as
 * past ("since 5 June 2013"), a year alone that looks back before a full date already told ("the
 * 1982 massacre"), or one after the page's latest date ("elections by 2018"). Undefined: the article's date holds. Each look is
 * within reach of the phrase, so a text without full stops stays linear.
 */
function officeDate(text: string, claims: RawClaim[], sentences: Segment[], articleDate: YMD | null, narrative: ClaimFinding[] | null): (start: number, end: number) => YMD | null | undefined {
  const dated = claims.filter((c) => c.kind === 'date' && c.date?.year !== undefined);
  // (Read from the verified dates: a day without its year has the narrative's.)
  const told = (narrative ?? []).filter((c) => c.kind === 'date' && typeof c.value === 'string' && /^\d{4}/.test(c.value));
  const reachedBefore = (start: number): YMD | undefined => {
    const before: Array<{ date: YMD; back: boolean }> = [];
    for (let i = startingBefore(told, start) - 1; i >= 0 && start - told[i]!.end <= NARRATIVE_YEAR_CHARS; i--) {
      const c = told[i]!;
      const d = c.end <= start ? parseIsoDate(c.value as string) : null;
      // (Never after the page's own latest date: "elections by 2018" looks ahead.)
      if (d && !(articleDate && compareYmd(d, articleDate) > 0)) before.push({ date: d, back: LOOKS_BACK.test(text.slice(Math.max(0, c.start - 40), c.start)) });
    }
    // The nearest, unless it looks back: a date its clause tells as past ("besieged since 5 June
    // 2013") or a year alone before a full date already told ("the 1982 massacre" after a day of 2016).
    return before.find(({ date: d, back }, i) => !back && (d.month !== undefined || !before.slice(i + 1).some((e) => e.date.month !== undefined && e.date.year > d.year)))?.date;
  };
  const full = dated.filter((c) => c.date!.month !== undefined);
  const ymd = (c: RawClaim): YMD => ({ year: c.date!.year!, month: c.date!.month, day: c.date!.day });
  // Between the phrase and its date, no other clause: "said the conflict, which began in March 2011," is not when.
  // (Nor the next sentence's: "…the Turkish prime minister spoke to Israel. On 21 March 2018 the UN…".)
  const sameClause = (from: number, to: number) => !/[,;:()“”".!?]|\b(?:that|which|who|when|after|before|since)\b/.test(text.slice(from, to).replace(ABBREVIATION_DOTS, ''));
  return (start, end) => {
    const next = full[startingBefore(full, end)];
    if (next && next.start - end <= OFFICE_DATE_CHARS && sameClause(end, next.start)) return ymd(next);
    const sentence = sentences[segmentAt(sentences, start)];
    if (!sentence) return undefined;
    const own = dated.slice(startingBefore(dated, Math.max(sentence.start, start - OFFICE_DATE_CHARS)), startingBefore(dated, Math.min(sentence.end, end + OFFICE_DATE_CHARS))).filter((c) => {
      if (c.start >= end) return OWN_VERB_YEAR.test(text.slice(end, c.start));
      // "In 2019, the U.S. president": the year opens the sentence, and nothing but an article stands between.
      return c.end <= start && c.start - sentence.start <= 3 && /^,?\s+(?:the\s+)?$/i.test(text.slice(c.end, start));
    });
    const years = new Set(own.map((c) => c.date!.year));
    if (years.size > 1) return null;
    const [only] = own;
    return only && only.date!.year !== articleDate?.year ? ymd(only) : narrative && !only ? reachedBefore(start) : undefined;
  };
}
// After an office phrase, its verb and "in" or "on" before the year: "said in 2019", "visited Moscow in 2017".
const OWN_VERB_YEAR = /^\s+(?:\p{Ll}+\s+){1,3}?(?:in|on)\s+$/u;

/**
 * Web addresses and markup comments blanked out, offsets kept: a link's or an image's address
 * ("…/file/Vladimir_Putin_in_Syria_2017.jpg") names no actor and gives no figure, and its dots end
 * no sentence; a comment is not shown.
 */
function withoutAddressesOrComments(text: string): string {
  const shown = text.includes('<!--') ? text.replace(MARKUP_COMMENT, (m) => ' '.repeat(m.length)) : text;
  return shown.includes('://') || shown.includes('www.') ? shown.replace(WEB_ADDRESS, (m) => ' '.repeat(m.length)) : shown;
}
// (One left open hides no more than its line: "a comment opens with <!-- and…".)
const MARKUP_COMMENT = /<!--(?:[^]*?-->|[^\n]*)/g;
// Where a body is based, or who leads or backs it, which the file's name may hold: "the
// Britain-based Observatory", "the Kurdish-led Syrian Democratic Forces" (not "the US-led
// coalition", whose name it is).
const BASED_PREFIX = /^(?:Great\s+)?[\p{L}.]+[-‐‑]based\s+|^[\p{L}.]+[-‐‑](?:led|backed)\s+(?=\p{Lu}\S*\s+\p{Lu})/u;
// A title in italics, as markup writes one: "*Ladder to Damascus* (2013)".
// (A work's, where a year in brackets follows it or a word for a work comes before it; italics
// also set foreign terms and the names of papers, whose actors are read.)
const ITALIC_TITLE = new RegExp(String.raw`(?<![*\p{L}\p{N}])(?:(?<=\b(?:film|documentary|book|novel|game|album|song|programme|program)s?\s{1,3})|(?=\*[^*\n]{2,80}\*\s*\((?:19|20)\d\d))\*(?![*\s])[^*\n]{2,80}?(?<![*\s])\*(?![*\p{L}\p{N}])`, 'gu');
// A word that ends no body's name: "…Humanitarian Affairs Not" is a list run on.
const FUNCTION_WORD_AT_END = /\s(?:Not|No|And|Or|But|The|Of|For)$/;
const INITIALS_REACH = 2000;
/** Whether the file says the actor was founded after `date`. */
const foundedAfter = (actor: { founded?: string } | undefined, date: YMD | null) => !!date && !!actor?.founded && compareYmd(date, parseIsoDate(actor.founded)!) < 0;
const STATE_BODY_REACH = 600;
// An owner named right after a state body's short name: "the Defence Ministry in Ankara", "the
// Foreign Ministry of the neighbouring kingdom" (not "the Defence Ministry in a statement").
const OWNER_AFTER_BODY = /^\s+(?:in|of|from)\s+(?:the\s+)?(?:(\p{Lu}[\p{L}’'-]*)|[\p{L}-]+\s+(kingdom|republic|state|emirate)(?![\p{L}]))/u;
const OWNER_BEFORE = /(?:(\p{Lu}[\p{L}-]*)\s+)?(\p{Lu}[\p{L}-]*)['’]s\s+$/u;

/** Whether the line at an offset is a headline: most of its words capitalised. */
function inHeadline(text: string, at: number): boolean {
  // (Within a bounded window: a text without line breaks stays linear.)
  const start = Math.max(0, at - 300);
  const window = text.slice(start, at + 300);
  const from = window.lastIndexOf('\n', at - start) + 1;
  const to = window.indexOf('\n', at - start);
  const line = window.slice(from, to === -1 ? window.length : to);
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).slice(0, 30);
  // (A table's row is no headline: "| United Nations Population Fund | 51,352,953 |".)
  return words.length >= 4 && !line.includes('|') && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.7;
}
// Brackets inside an address stay in it when they pair up: "…/Bashar_al-Assad_(cropped).jpg"; so do
// apostrophes: "…/Reactions_to_Turkey's_2019_offensive.svg".
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"()[\]]*(?:\([^\s<>"()[\]]*\)[^\s<>"()[\]]*)*/g;

/** How far after an office phrase its date may be written. */
const OFFICE_DATE_CHARS = 30;
/** The dots of an abbreviation, no sentence's end: "the U.N. in September 2013". */
const ABBREVIATION_DOTS = /(?<=\b\p{Lu})\.(?=\p{Lu}\.)|(?<=\b\p{Lu}\.\p{Lu})\./gu;
// Words before a date that tell it as past, no point the narrative has reached.
const LOOKS_BACK = /\b(?:since|began|begun|started|ago|anniversary|had\s+been|had\s+begun)\b[^.;]*$/i;
/** How far back a narrative's last written year dates an office, on a page with no date of its own. */
const NARRATIVE_YEAR_CHARS = 3000;

const OWNED = /[’']s\s+$/u;
const SEASON_WORD = /\b(?:summer|spring|autumn|fall|winter)\b/i;

/** The latest full date among the claims: one the knowledge file confirmed, else one written with its year. */
function latestDate(claims: ClaimFinding[]): { date: YMD; source: 'knowledge' | 'text' } | null {
  let best: { date: YMD; source: 'knowledge' | 'text' } | null = null;
  for (const c of claims) {
    if (c.kind !== 'date' || typeof c.value !== 'string' || !/^\d{4}-\d{2}/.test(c.value)) continue;
    const source = c.verdict === 'consistent' ? 'knowledge' : 'text';
    // From the text, only a date written with its year: one read from the dates around it may be misread.
    if (source === 'text' && !/\d{4}/.test(c.text)) continue;
    // (Nor a season, whose months are rough: as its year alone, it dates no page.)
    if (SEASON_WORD.test(c.text)) continue;
    // (A range's last day or month: "between 26 January and 12 February 2017" reaches 12 February.)
    const d = parseIsoDate(c.until ?? c.value)!;
    if (!best || compareYmd(d, best.date) > 0) best = { date: d, source };
  }
  return best;
}

/**
 * Where a page's back matter begins: a line that is only "See also", "References", "External
 * links" or "Further reading", as a heading (with markup, or in the text's second half: a
 * "See also:" note at the head of a section is none). Pages keep only more of the same after it.
 */
function bodyEnd(text: string): number {
  for (const m of matches(BACK_MATTER, text)) if (/^[ \t]*[#=*]/.test(m[0]) || m.index > text.length / 2) return m.index;
  return text.length;
}
const BACK_MATTER = /^[ \t#=*]*(?:See also|References|External links|Further reading)[ \t#=*]*$/gim;

/**
 * The names found, and the abbreviations a text gives them in brackets, wherever it uses them:
 * "the Manbij Military Council (MMC) ... seven MMC fighters". Only an abbreviation made of the
 * name's capitals, in order, and starting with its first ("Syria (AFP)" gives Syria no name).
 */
function withAbbreviations(text: string, hits: GazetteerHit[]): GazetteerHit[] {
  const byAbbreviation = new Map<string, string>();
  for (const h of hits) {
    const m = ABBREVIATION_AFTER.exec(text.slice(h.end, h.end + 14));
    if (m && !byAbbreviation.has(m[1]!) && abbreviates(m[1]!, text.slice(h.start, h.end))) byAbbreviation.set(m[1]!, h.actorId);
  }
  if (byAbbreviation.size === 0) return hits;
  // Letters, digits, "&" and "-" only: nothing to escape outside a character class.
  const found: GazetteerHit[] = [];
  // The text's own definition wins over the file's reading of the same letters: "the Syrian
  // National Coalition (SNC)" makes each "SNC" the Coalition, not the Council.
  const redefined = new Map<number, string>();
  for (const m of matches(new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...byAbbreviation.keys()].join('|')})(?![\\p{L}\\p{N}])`, 'gu'), text)) {
    const actorId = byAbbreviation.get(m[0])!;
    const end = m.index + m[0].length;
    if (!overlapsAny(hits, m.index, end)) found.push({ actorId, start: m.index, end, metonym: false });
    else redefined.set(m.index, actorId);
  }
  if (!found.length && !redefined.size) return hits;
  // Only a hit that is those letters exactly: not a longer name they are part of.
  const kept = hits.map((h) => {
    const actorId = redefined.get(h.start);
    return actorId && byAbbreviation.get(text.slice(h.start, h.end)) === actorId ? { ...h, actorId } : h;
  });
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}

/**
 * Another name a text gives a body the file knows, after "also known as", is that body's wherever
 * the text writes it, with the letters in brackets after it: "the Syrian National Army, also
 * known as the Turkish-backed Free Syrian Army (TFSA)" makes each "TFSA" the Syrian National Army,
 * though the file reads those letters as the Free Syrian Army's.
 */
function withOtherNames(text: string, hits: GazetteerHit[]): GazetteerHit[] {
  const renamed = new Map<string, string>();
  for (let i = 0; i + 1 < hits.length; i++) {
    const [named, other] = [hits[i]!, hits[i + 1]!];
    if (named.actorId === other.actorId || other.start - named.end > ALSO_KNOWN_CHARS || !ALSO_KNOWN_AS.test(text.slice(named.end, other.start))) continue;
    renamed.set(text.slice(other.start, other.end), named.actorId);
    const letters = ABBREVIATION_AFTER.exec(text.slice(other.end, other.end + 14));
    if (letters) renamed.set(letters[1]!, named.actorId);
  }
  if (renamed.size === 0) return hits;
  return hits.map((h) => {
    const actorId = renamed.get(text.slice(h.start, h.end));
    return actorId ? { ...h, actorId } : h;
  });
}
const ALSO_KNOWN_AS = /^,?\s+(?:also\s+known\s+as|a\.k\.a\.?|aka|AKA|formerly\s+known\s+as)\s+(?:[Tt]he\s+)?["“'‘]?$/u;
const ALSO_KNOWN_CHARS = 30;

/** How far the spans (sorted by start) up to each one reach: the greatest end so far. */
function reachOf(spans: readonly { end: number }[]): number[] {
  const reach: number[] = [];
  for (const m of spans) reach.push(Math.max(m.end, reach[reach.length - 1] ?? 0));
  return reach;
}

const OTHER_NAME_AFTER = /^(?:\s*\(\s*["“'‘]?(?:[Tt]he\s+)?|,?\s+(?:also\s+known\s+as|a\.?k\.?a\.?|AKA|known\s+as|nicknamed)\s+(?:[Tt]he\s+)?["“'‘]?)/u;
// (After a name whose possessive lost its apostrophe, the glued "s" first: "the Syrian National Coalitions (SNC)".)
const ABBREVIATION_AFTER = new RegExp(`^s?\\s*${BRACKETED_ABBREVIATION}`, 'u');

function abbreviates(abbreviation: string, name: string): boolean {
  const letters = abbreviation.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  const within = (capitals: string) => {
    if (letters[0] !== capitals[0]) return false;
    let i = 0;
    for (const c of capitals) if (c === letters[i]) i++;
    return i === letters.length;
  };
  // Its capitals, or the first letters of all its words: "UNSMIS", "United Nations Supervision Mission in Syria".
  return within(name.replace(/[^\p{Lu}]/gu, '')) || within(name.split(/\s+/).map((w) => w.charAt(0).toUpperCase()).join(''));
}

/**
 * The trigger phrases found, less those that are only a figure ("30 km", "150 hours") of an entry
 * the text names in no words: a distance in a report of 2017 is no term of the 2019 memorandum.
 * Each hit is looked up among the figures, in text order, by binary search.
 */
function withoutBareFigures(hits: TriggerHit[], claims: RawClaim[]): TriggerHit[] {
  const figures = claims.filter((c) => c.kind !== 'date').sort((a, b) => a.start - b.start);
  // A phrase that is a figure and its unit alone ("30 km", "150 hours"), not "59 tomahawk" or "120-hour pause".
  const isFigure = (h: TriggerHit) => {
    if (!BARE_FIGURE.test(h.trigger)) return false;
    const i = startingBefore(figures, h.end);
    return i > 0 && figures[i - 1]!.end > h.start;
  };
  const bare = hits.map(isFigure);
  const inWords = new Set(hits.filter((_, i) => !bare[i]).flatMap((h) => h.entryIds));
  return hits.filter((h, i) => !bare[i] || h.entryIds.some((id) => inWords.has(id)));
}

const BARE_FIGURE = /^[\d.,\s-]+(?:km|kms|kilomet(?:re|er)s?|miles?|hours?|days?|weeks?|months?|years?|%|per\s?cent)?$/i;

/**
 * The monitor "the monitor", "the watchdog" or "the Britain-based group" stands for: the last body
 * named before it, within reach, that could be so described, if that is a monitor. ("A monitor"
 * names none, nor "the watchdog" after "the OPCW".)
 */
function monitorMeant(at: Attribution, mentions: Array<{ start: number; id: string; kind: string }>, headline: { start: number; end: number } | undefined): string | undefined {
  // A headline's label ("…in Syrias Raqa Monitor") is the monitor its report names first; "NGO"
  // may be a relief group too. (No coalition or UN body is called so, nor a relief group "Monitor".)
  if (headline && at.start >= headline.start && at.end <= headline.end && HEADLINE_MONITOR.test(at.text)) {
    for (let i = startingBefore(mentions, at.end); i < mentions.length && mentions[i]!.start <= at.end + MONITOR_REACH; i++) {
      const m = mentions[i]!;
      if (m.kind === 'monitor' || (m.kind === 'relief-group' && at.text === 'NGO')) return m.id;
    }
    return undefined;
  }
  if (!MONITOR_DESCRIBED.test(at.text)) return undefined;
  for (let i = startingBefore(mentions, at.start) - 1; i >= 0 && mentions[i]!.start >= at.start - MONITOR_REACH; i--) {
    const m = mentions[i]!;
    // (Past those no one calls a monitor: states, people, outlets, armed groups; "…, the Observatory told AFP. The monitor said…".)
    if (MAY_BE_DESCRIBED_SO.has(m.kind)) return m.kind === 'monitor' ? m.id : undefined;
  }
  return undefined;
}
/** How far into a text its headline may begin, after a dateline. */
const HEADLINE_AFTER_CHARS = 40;
const HEADLINE_MONITOR = /^(?:Syrian\s+)?(?:Observatory|[Mm]onitor(?:ing\s+group)?|NGO)$/;
// (A group only as a monitor is described: "the group" alone may be an armed one.)
const MONITOR_DESCRIBED = /^the\s+(?:(?:[\p{L}-]+\s+){0,2}(?:monitor|observatory|watchdog)|(?:[\p{L}-]+\s+)?(?:monitoring|rights|(?:Britain|UK|British|London)-based)\s+group)$/iu;
const MONITOR_REACH = 2000;
const MAY_BE_DESCRIBED_SO = new Set(['monitor', 'international-body', 'relief-group']);

/**
 * The known actor an attribution names as its speaker: the last one marked inside it that is not
 * a place. `mentions` are sorted by start.
 */
function sourceNamed(text: string, at: Attribution, mentions: Array<{ start: number; end: number; id: string; kind: string }>): string | undefined {
  let best: string | undefined;
  for (let i = startingBefore(mentions, at.start); i < mentions.length && mentions[i]!.start < at.end; i++) {
    const m = mentions[i]!;
    if (m.end > at.end) continue;
    // "Britain-based", "Ankara-backed": the name describes the speaker, it is not the speaker.
    if (/^[-‐‑–]/.test(text.slice(m.end, at.end))) continue;
    if (m.kind === 'state' && /\b(?:of|in|from|near|at|outside|inside)\s+(?:the\s+)?$/i.test(text.slice(at.start, m.start))) continue;
    best = m.id;
  }
  return best;
}
