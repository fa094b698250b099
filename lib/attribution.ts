/**
 * Who the article says made a claim: "according to X", "X said", or the speaker of the
 * quotation the claim sits in ("…,” the US president tweeted).
 */
import type { Segment } from './text/segment';

const SAY = '(?:said|says|say|told|tweeted|wrote|added|stated|claimed|reported|announced|estimated|estimates)';
const QUOTE_REACH = 1500;
const ACCORDING = /according\s+to\s+([^,.;:“”"]{3,80})/i;
const AFTER_QUOTE = new RegExp(`^[\\s,]*(?:(.{2,70}?)\\s+${SAY}\\b|${SAY}\\s+(.{2,70}?)(?=[,.;]|$))`, 'i');
// "The Syrian Observatory said (on Sunday) (that) at least 20 civilians…": the speaker opens the
// sentence and the figure is in the clause it reports, not after a "but" or a comma.
const SAID_BEFORE = new RegExp(`^\\s*([^,;:“”"]{2,70}?)\\s+${SAY}\\s(?:(?!\\b(?:but|while|whereas|although|though|yet)\\b)[^,;:“”"])*$`, 'iu');
const SAID_BY = new RegExp(`(?:^|[,;]\\s*)(?:${SAY}\\s+([^,.;]{2,70})|([^,.;“”"]{2,70}?)\\s+${SAY})\\s*[.,;]?\\s*$`, 'i');

export function attributionFinder(text: string, sentences: Segment[], sentenceIndex: (offset: number) => number) {
  return (start: number, end: number): string | undefined => {
    const s = sentences[sentenceIndex(start)];
    if (!s) return undefined;
    const sentence = text.slice(s.start, s.end);
    const according = sentence.match(ACCORDING);
    if (according) return tidy(according[1]!);

    // Inside a quotation: find its closing mark and read who speaks after it.
    // Quotations are looked for within a bounded window, so long texts stay linear.
    const from = Math.max(0, start - QUOTE_REACH);
    const before = text.slice(from, start);
    const open = before.lastIndexOf('“') === -1 ? -1 : from + before.lastIndexOf('“');
    const closeInWindow = text.slice(end, end + QUOTE_REACH).indexOf('”');
    const close = closeInWindow === -1 ? -1 : end + closeInWindow;
    if (open !== -1 && close !== -1 && from + before.lastIndexOf('”') < open) {
      const after = text.slice(close + 1, close + 120).split(/[.!?\n]/)[0] ?? '';
      const m = after.match(AFTER_QUOTE);
      if (m) return tidy((m[1] ?? m[2])!);
    }
    // "…, said Maria Zakharova." or "…, the ministry said." at the end of the sentence.
    const tail = sentence.slice(end - s.start).match(SAID_BY);
    if (tail) return tidy((tail[1] ?? tail[2])!);
    const lead = sentence.slice(0, start - s.start).match(SAID_BEFORE);
    if (lead) return tidy(lead[1]!);
    return undefined;
  };
}

function tidy(who: string): string | undefined {
  const t = who.replace(/\s+/g, ' ').trim().replace(/[”"’]+$/, '');
  if (t.length < 2 || /^(?:it|he|she|they|this|that|which|who)$/i.test(t)) return undefined;
  return t;
}
