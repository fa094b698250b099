/**
 * Is this text about the Syrian conflict (2011 on)? Evidence is counted, not guessed: the
 * word Syria, Syrian places, actors that only the Syrian war has (from the knowledge file),
 * and the vocabulary of war. A text dated before the war is about something else.
 */
import { CONFLICT_WORDS, OTHER_THEATRES, SYRIA_WORD, SYRIAN_PLACES } from './signals';
import type { YMD } from '../dates';
import { matches } from '../text/matches';

export interface TopicEvidence {
  text: string;
  title: string;
  /** Mentions of knowledge-file actors marked syria_specific, by actor name. */
  specificActors: Map<string, number>;
  articleDate: YMD | null;
}

export interface TopicResult {
  relevant: boolean;
  /** 0 to 1. */
  score: number;
  signals: string[];
}

function count(re: RegExp, text: string, into?: Map<string, number>): number {
  // (Counted by the engine itself where no match is kept: a long text has thousands.)
  if (!into) return text.match(re)?.length ?? 0;
  let n = 0;
  for (const m of matches(re, text)) {
    n++;
    const key = m[0].replace(/\s+/g, ' ');
    const k = key.charAt(0).toUpperCase() + key.slice(1).toLowerCase();
    into.set(k, (into.get(k) ?? 0) + 1);
  }
  return n;
}

export function scoreTopic(e: TopicEvidence): TopicResult {
  const places = new Map<string, number>();
  const syria = count(SYRIA_WORD, e.text);
  const inTitle = count(SYRIA_WORD, e.title) + count(SYRIAN_PLACES, e.title);
  const placeCount = count(SYRIAN_PLACES, e.text, places);
  const actorCount = [...e.specificActors.values()].reduce((a, b) => a + b, 0);
  const conflict = count(CONFLICT_WORDS, e.text);
  const elsewhere = count(OTHER_THEATRES, e.text) + 3 * count(OTHER_THEATRES, e.title);
  const words = Math.max(1, e.text.length / 6);

  // Evidence per 1,000 words, so a long history of the region that mentions Syria once stays out.
  const syrianEvidence = syria + placeCount + actorCount + 3 * inTitle;
  const density = (syrianEvidence * 1000) / words;
  const raw = Math.min(syrianEvidence, 12) * 0.5 + Math.min(conflict, 10) * 0.15 + Math.min(density, 20) * 0.1;
  const score = Math.round((1 - Math.exp(-raw / 4)) * 100) / 100;

  // Undated texts: years written in the text tell a history of the 1980s from a report of 2016.
  const years = [...matches(/(?<!\d)(19\d\d|20[0-4]\d)(?!\d)/g, e.text)].map((m) => Number(m[1]));
  const yearsOfWar = years.filter((y) => y >= 2011).length;
  const preWar = e.articleDate !== null ? e.articleDate.year < 2011 : years.length >= 3 && yearsOfWar === 0;
  // A story set mainly in another theatre (Mosul, Gaza) that mentions Syria along the way is about that theatre.
  const mainlyElsewhere = elsewhere > 2 * syrianEvidence;
  const relevant = !preWar && !mainlyElsewhere && syrianEvidence >= 3 && (syria >= 1 || inTitle >= 1 || actorCount >= 2) && conflict >= 1 && density >= 2;

  const signals: string[] = [];
  if (syria) signals.push(`“Syria” or “Syrian” ${syria}×`);
  for (const [name, n] of [...e.specificActors].sort((a, b) => b[1] - a[1]).slice(0, 4)) signals.push(`${name} ${n}×`);
  for (const [name, n] of [...places].sort((a, b) => b[1] - a[1]).slice(0, 3)) signals.push(`${name} ${n}×`);
  if (conflict) signals.push(`conflict vocabulary ${conflict}×`);
  if (preWar) signals.push('dated before 2011');
  if (mainlyElsewhere) signals.push(`mainly about another country (${elsewhere} mentions)`);
  return { relevant, score, signals };
}
