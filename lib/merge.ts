import type { Analysis } from './types';

/**
 * One page analysed in parts (text that arrived later, analysed on its own): the parts' findings
 * together, for the popup and the badge. Mention and claim offsets keep referring to their own
 * part's text.
 */
export function mergeAnalyses(first: Analysis, later: Analysis): Analysis {
  const actors = new Map(first.actors.map((a) => [a.id, { ...a, mentions: [...a.mentions] }]));
  for (const a of later.actors) {
    const known = actors.get(a.id);
    if (known) known.mentions.push(...a.mentions);
    else actors.set(a.id, { ...a, mentions: [...a.mentions] });
  }
  const context = new Map(first.context.map((c) => [c.id, c]));
  for (const c of later.context) {
    const known = context.get(c.id);
    context.set(c.id, known ? { ...known, score: Math.round((known.score + c.score) * 100) / 100 } : c);
  }
  return {
    ...first,
    relevant: first.relevant || later.relevant,
    score: Math.max(first.score, later.score),
    actors: [...actors.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)),
    claims: [...first.claims, ...later.claims],
    context: [...context.values()].sort((a, b) => b.score - a.score),
    entries: { ...first.entries, ...later.entries },
  };
}
