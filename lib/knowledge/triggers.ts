/**
 * The phrases that tie a text to events, framings and statistics, found in one pass with a
 * compiled expression. A phrase may belong to several entries ("sochi" to two agreements).
 */
import type { Knowledge } from './schema';
import { flexiblePattern, phraseExpressions } from '../text/segment';
import { asOneExpression } from '../text/spans';

export interface TriggerHit {
  entryIds: string[];
  trigger: string;
  start: number;
  end: number;
}

export class TriggerIndex {
  private readonly res: RegExp[];
  private readonly owners = new Map<string, string[]>();

  constructor(kb: Knowledge) {
    const all = [...kb.events, ...kb.framings, ...kb.statistics];
    for (const entry of all) {
      for (const t of entry.triggers) {
        const key = fold(t);
        const list = this.owners.get(key) ?? [];
        if (!list.includes(entry.id)) list.push(entry.id);
        this.owners.set(key, list);
      }
    }
    const phrases = [...this.owners.keys()].sort((a, b) => b.length - a.length);
    this.res = phraseExpressions(phrases.map(flexiblePattern), 'giu');
  }

  find(text: string): TriggerHit[] {
    const hits: TriggerHit[] = [];
    for (const re of this.res) {
      for (const m of text.matchAll(re)) {
        const key = fold(m[0]);
        const entryIds = this.owners.get(key) ?? this.looseOwners(key);
        if (entryIds.length) hits.push({ entryIds, trigger: key, start: m.index, end: m.index + m[0].length });
      }
    }
    return asOneExpression(hits);
  }

  private looseOwners(key: string): string[] {
    const loose = key.replace(/[-\s]/g, '');
    for (const [k, ids] of this.owners) if (k.replace(/[-\s]/g, '') === loose) return ids;
    return [];
  }
}

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/['’‘]/g, '').replace(/[-‐‑–]/g, '-');
}
