/** The sources behind an entry: publisher, title, date. */
import { humanDate } from '../lib/dates';
import type { Source } from '../lib/knowledge/schema';

/** Only https addresses become links: anything else (javascript:, data:, plain http) stays inert text. */
function safeHref(url: string): string | null {
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function Sources({ sources }: { sources: Source[] }) {
  const unique = sources.filter((s, i) => sources.findIndex((o) => o.url === s.url) === i);
  if (!unique.length) return null;
  return (
    <ul class="sl-sources" aria-label="Sources">
      {unique.map((s) => {
        const href = safeHref(s.url);
        return (
          <li key={s.url}>
            <span class="sl-source-publisher">{s.publisher}</span>
            {': '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              <span class="sl-source-title">
                {s.title} <span class="sl-source-url">({s.url})</span>
              </span>
            )}
            {s.date && <span class="sl-source-date">, {humanDate(s.date)}</span>}
          </li>
        );
      })}
    </ul>
  );
}
