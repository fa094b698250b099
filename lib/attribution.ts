/**
 * Who the article says made a claim: "according to X", "X said", or the speaker of the
 * quotation the claim sits in ("…,” the US president tweeted). With where that is in the text,
 * so the analysis can tell which actor it names.
 */
import type { Segment } from './text/segment';

export interface Attribution {
  text: string;
  start: number;
  end: number;
}

/** Verbs that say who a figure is from; the second list also reads as passives ("the toll reported by…"). */
const SPEAKING = ['said', 'says', 'say', 'told', 'tweeted', 'wrote', 'added', 'stated', 'claimed', 'announced'];
const SAY = `(?:${[...SPEAKING, 'reported', 'estimated', 'estimates'].join('|')})`;
const QUOTE_REACH = 1500;
/** How far from a claim, within its sentence, a speaker is looked for: long sentences stay linear. */
const SPEAKER_REACH = 300;
const ACCORDING = /according\s+to\s+([^,.;:“”"]{3,80})/di;
const AFTER_QUOTE = new RegExp(`^[\\s,]*(?:(.{2,70}?)\\s+${SAY}\\b|${SAY}\\s+(.{2,70}?)(?=[,.;]|$))`, 'di');
const SAID_BY = new RegExp(`(?:^|[,;]\\s*)(?:${SAY}\\s+([^,.;]{2,70})|([^,.;“”"]{2,70}?)\\s+${SAY})\\s*[.,;]?\\s*$`, 'di');

// "The Syrian Observatory said (on Sunday) (that) at least 20 civilians…": the last verb of
// saying before the figure, written in lower case (not "Abu Said"), with the figure in the
// clause it reports (no comma, "but" or "while" between them), and its speaker back to the
// start of the sentence or of the clause ("…, and the health ministry said 5…").
const SAY_BEFORE = new RegExp(`\\b(?:${SPEAKING.join('|')})\\b`, 'g');
const REPORTED_CLAUSE = /^(?:\s+(?!(?:but|while|whereas|although|though|yet)\b)[^,;:“”"\s]+)*\s+$/u;
/** The figure right after "said on", "said in": the date of the saying, not what was said. */
const WHEN_SAID = /^\s+(?:on|in|at|by|from|since|until|last|this|of)\s+$/i;
const CLAUSE_BOUNDARY = /[,;:“”"]|\b(?:and|but|while|whereas|that|which|who)\b/g;
const AUXILIARIES = /(?:\s+(?:has|have|had|also|repeatedly|long|previously|later|earlier|again|then|already|reportedly))+\s*$/i;

export function attributionFinder(text: string, sentences: Segment[], sentenceIndex: (offset: number) => number) {
  // "according to X" speaks for the whole sentence: read once per sentence.
  const accordingIn = new Map<number, Attribution | undefined>();
  return (start: number, end: number): Attribution | undefined => {
    const index = sentenceIndex(start);
    const s = sentences[index];
    if (!s) return undefined;
    if (!accordingIn.has(index)) {
      const m = ACCORDING.exec(text.slice(s.start, s.end));
      accordingIn.set(index, m ? span(text, s.start + m.indices![1]![0], s.start + m.indices![1]![1]) : undefined);
    }
    const according = accordingIn.get(index);
    if (according) return according;

    // Inside a quotation: find its closing mark and read who speaks after it.
    // Quotations are looked for within a bounded window, so long texts stay linear.
    const from = Math.max(0, start - QUOTE_REACH);
    const before = text.slice(from, start);
    const open = before.lastIndexOf('“') === -1 ? -1 : from + before.lastIndexOf('“');
    const closeInWindow = text.slice(end, end + QUOTE_REACH).indexOf('”');
    const close = closeInWindow === -1 ? -1 : end + closeInWindow;
    if (open !== -1 && close !== -1 && from + before.lastIndexOf('”') < open) {
      const after = text.slice(close + 1, close + 120).split(/[.!?\n]/)[0] ?? '';
      const m = AFTER_QUOTE.exec(after);
      if (m) {
        const [a, b] = m.indices![1] ?? m.indices![2]!;
        return span(text, close + 1 + a, close + 1 + b);
      }
    }
    // "…, said Maria Zakharova." or "…, the ministry said." at the end of the sentence.
    if (s.end - end <= SPEAKER_REACH) {
      const m = SAID_BY.exec(text.slice(end, s.end));
      if (m) {
        const [a, b] = m.indices![1] ?? m.indices![2]!;
        return span(text, end + a, end + b);
      }
    }
    return speakerBefore(text, Math.max(s.start, start - SPEAKER_REACH), start, s.start);
  };
}

/** "X said (that) …<claim>": the speaker of the clause the claim is in, if it opens it. */
function speakerBefore(text: string, from: number, start: number, sentenceStart: number): Attribution | undefined {
  const window = text.slice(from, start);
  let verb: RegExpExecArray | undefined;
  for (const m of window.matchAll(SAY_BEFORE)) verb = m;
  if (!verb) return undefined;
  const reported = window.slice(verb.index + verb[0].length);
  if (!REPORTED_CLAUSE.test(reported) || WHEN_SAID.test(reported)) return undefined;
  const lead = window.slice(0, verb.index);
  // The speaker starts where the sentence or a clause does, within reach.
  let cut = from === sentenceStart ? 0 : -1;
  for (const b of lead.matchAll(CLAUSE_BOUNDARY)) cut = b.index + b[0].length;
  if (cut < 0) return undefined;
  const subject = lead.slice(cut).replace(AUXILIARIES, '');
  if (/\d/.test(subject) || subject.trim().length > 70) return undefined;
  return span(text, from + cut, from + cut + subject.length);
}

/** The attribution between two offsets, trimmed of spaces and closing quotes; none for a bare pronoun. */
function span(text: string, start: number, end: number): Attribution | undefined {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim().replace(/[”"’]+$/, '');
  const who = body.replace(/\s+/g, ' ');
  if (who.length < 2 || /^(?:it|he|she|they|this|that|which|who|we|i)$/i.test(who)) return undefined;
  return { text: who, start: start + lead, end: start + lead + body.length };
}
