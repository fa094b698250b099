/** The reader's settings and what they mean for the marks: pure, so every part applies them alike. */
import type { Analysis, ClaimKind } from './types';
import { matches } from './text/matches';

export const CLAIM_KINDS: readonly ClaimKind[] = [
  'casualties',
  'displacement',
  'refugees',
  'date',
  'duration',
  'distance',
  'money',
  'percentage',
  'count',
];

export type Density = 'all' | 'first-per-paragraph';

export interface Settings {
  /** Marks on every site unless the site says otherwise. */
  enabled: boolean;
  /** Per-site choices, by host name: true on, false off. */
  sites: Record<string, boolean>;
  showActors: boolean;
  claimKinds: Record<ClaimKind, boolean>;
  density: Density;
  /** How long the pointer rests on a mark before its card opens. */
  cardDelayMs: number;
  /** Actor ids the reader muted from a card. */
  mutedActors: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  sites: {},
  showActors: true,
  claimKinds: Object.fromEntries(CLAIM_KINDS.map((k) => [k, true])) as Record<ClaimKind, boolean>,
  density: 'all',
  cardDelayMs: 150,
  mutedActors: [],
};

/** Settings read from storage, with anything missing or malformed replaced by its default. */
export function normaliseSettings(raw: unknown): Settings {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Settings>;
  const kinds = { ...DEFAULT_SETTINGS.claimKinds };
  if (s.claimKinds && typeof s.claimKinds === 'object') {
    for (const k of CLAIM_KINDS) if (typeof s.claimKinds[k] === 'boolean') kinds[k] = s.claimKinds[k];
  }
  const sites: Record<string, boolean> = {};
  if (s.sites && typeof s.sites === 'object') {
    for (const [host, on] of Object.entries(s.sites)) if (typeof on === 'boolean') sites[host] = on;
  }
  return {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_SETTINGS.enabled,
    sites,
    showActors: typeof s.showActors === 'boolean' ? s.showActors : DEFAULT_SETTINGS.showActors,
    claimKinds: kinds,
    density: s.density === 'first-per-paragraph' ? 'first-per-paragraph' : 'all',
    cardDelayMs:
      typeof s.cardDelayMs === 'number' && Number.isFinite(s.cardDelayMs) ? Math.min(2000, Math.max(0, Math.round(s.cardDelayMs))) : DEFAULT_SETTINGS.cardDelayMs,
    mutedActors: Array.isArray(s.mutedActors) ? s.mutedActors.filter((x): x is string => typeof x === 'string') : [],
  };
}

/** The settings with one more actor, or one more kind of figure, muted (from a card). */
export function withMuted(settings: Settings, muted: { actorId: string } | { claimKind: ClaimKind }): Settings {
  if ('actorId' in muted) return { ...settings, mutedActors: [...new Set([...settings.mutedActors, muted.actorId])] };
  if (!CLAIM_KINDS.includes(muted.claimKind)) return settings;
  return { ...settings, claimKinds: { ...settings.claimKinds, [muted.claimKind]: false } };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function marksEnabledOn(settings: Settings, host: string): boolean {
  return settings.sites[host] ?? settings.enabled;
}

export interface VisibleMarks {
  /** [actor index, mention index] pairs to draw. */
  mentions: Array<[number, number]>;
  /** Claim indices to draw. */
  claims: number[];
}

/**
 * Which marks to draw: kinds the reader hides and actors they muted are left out; with the
 * sparse density, only the first mention of each actor in each paragraph ("\n\n" separates
 * paragraphs in the analysed text).
 */
export function visibleMarks(analysis: Analysis, text: string, settings: Settings): VisibleMarks {
  const mentions: Array<[number, number]> = [];
  if (settings.showActors) {
    const paragraphStarts = settings.density === 'first-per-paragraph' ? paragraphOffsets(text) : null;
    analysis.actors.forEach((actor, a) => {
      if (settings.mutedActors.includes(actor.id)) return;
      const seen = new Set<number>();
      actor.mentions.forEach((m, i) => {
        if (paragraphStarts) {
          const p = paragraphIndex(paragraphStarts, m.start);
          if (seen.has(p)) return;
          seen.add(p);
        }
        mentions.push([a, i]);
      });
    });
  }
  const claims = analysis.claims.flatMap((c, i) => (settings.claimKinds[c.kind] ? [i] : []));
  return { mentions, claims };
}

function paragraphOffsets(text: string): number[] {
  const starts = [0];
  for (const m of matches(/\n\s*\n/g, text)) starts.push(m.index + m[0].length);
  return starts;
}

function paragraphIndex(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
