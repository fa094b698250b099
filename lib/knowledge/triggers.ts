/**
 * The phrases that tie a text to events, framings and statistics, found in one pass with a
 * compiled expression. A phrase may belong to several entries ("sochi" to two agreements).
 */
import type { Knowledge } from './schema';
import { flexiblePattern } from '../text/segment';

export interface TriggerHit {
  entryIds: string[];
  trigger: string;
  start: number;
  end: number;
}

export class TriggerIndex {
  private readonly re: RegExp | null;
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
    this.re = phrases.length
      ? new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${phrases.map(flexiblePattern).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu')
      : null;
  }

  find(text: string): TriggerHit[] {
    if (!this.re) return [];
    const hits: TriggerHit[] = [];
    for (const m of text.matchAll(this.re)) {
      const key = fold(m[0]);
      const entryIds = this.owners.get(key) ?? this.looseOwners(key);
      if (entryIds.length) hits.push({ entryIds, trigger: key, start: m.index, end: m.index + m[0].length });
    }
    return hits;
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
