/**
 * People and organisations that the knowledge file does not know, found by compromise.
 * Run per sentence (compromise's lookups grow faster than linearly on long documents) and
 * only on sentences with a capitalised word that no known actor already covers.
 */
import nlp from 'compromise';
import type { Segment } from '../text/segment';
import { SYRIAN_PLACES } from '../topic/signals';

export interface NameHit {
  kind: 'person' | 'organisation';
  name: string;
  start: number;
  end: number;
}

// A capital letter not at the start of the sentence: the only place a name can hide.
const INNER_CAPITAL = /[\s"“‘(][\p{Lu}]/u;
// Months and weekdays that compromise sometimes takes for names.
const CALENDAR_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
// Titles and fillers compromise keeps at the edges of a name.
const EDGE_WORDS = /^(?:(?:the|president|prime|minister|foreign|spokesman|spokesperson|general|gen\.|mr\.?|mrs\.?|ms\.?|dr\.?|sheikh|king|prince|sen\.?|senator|secretary|state|defense|defence|envoy|special|un|u\.n\.|former|late|leader|commander|chief|deputy)\s+)+/i;

export function findNames(text: string, sentences: Segment[], covered: (start: number, end: number) => boolean): NameHit[] {
  const hits: NameHit[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!INNER_CAPITAL.test(sentence)) continue;
    const doc = nlp(sentence);
    const groups: Array<['person' | 'organisation', unknown]> = [
      ['person', doc.people().json({ offset: true })],
      ['organisation', doc.organizations().json({ offset: true })],
    ];
    for (const [kind, items] of groups) {
      for (const item of items as Array<{ text: string; offset: { start: number; length: number } }>) {
        const hit = trimName(item.text, s.start + item.offset.start);
        if (!hit || covered(hit.start, hit.end)) continue;
        // One capitalised word alone is too often a false name ("Thursday", "Observatory", "Richard").
        if (!/\s/.test(hit.name)) continue;
        if (/[–—-]$|^\P{L}|\P{L}{3,}/u.test(hit.name) || isPlace(hit.name)) continue;
        if (!/^\p{Lu}/u.test(hit.name) || CALENDAR_WORD.test(hit.name)) continue;
        hits.push({ kind, ...hit });
      }
    }
  }
  return hits;
}

/** Syrian towns that compromise takes for people ("Maarat al-Numan"). */
function isPlace(name: string): boolean {
  SYRIAN_PLACES.lastIndex = 0;
  const m = SYRIAN_PLACES.exec(name);
  SYRIAN_PLACES.lastIndex = 0;
  return m !== null && m[0].length >= name.length - 1;
}

function trimName(raw: string, start: number): { name: string; start: number; end: number } | null {
  let name = raw;
  let offset = 0;
  // Possessive owners are separate names: "Italy’s Rai News" -> "Rai News".
  const possessive = name.match(/^.*[’']s\s+/u);
  if (possessive) {
    offset += possessive[0].length;
    name = name.slice(possessive[0].length);
  }
  const edge = name.match(EDGE_WORDS);
  if (edge) {
    offset += edge[0].length;
    name = name.slice(edge[0].length);
  }
  name = name.replace(/(?:[’']s)?[\s,.;:!?"”’)]*$/u, '');
  if (name.length < 3) return null;
  return { name, start: start + offset, end: start + offset + name.length };
}
