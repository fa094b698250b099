/** The sources behind an entry: publisher, title, and the date it was published or, failing that, read. */
import type { Source } from '../lib/knowledge/schema';
import { formatDate } from './format';
import { t, tx } from './i18n';

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
    <ul class="sl-sources" aria-label={t('sources.label')}>
      {unique.map((s) => {
        const href = safeHref(s.url);
        // Publishers and titles may be in any script (an Arabic title in an English list): each is isolated.
        const title = href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            <bdi>{s.title}</bdi>
          </a>
        ) : (
          <span class="sl-source-title">
            {tx('sources.withAddress', [<bdi>{s.title}</bdi>, <span class="sl-source-url" dir="ltr">{s.url}</span>])}
          </span>
        );
        return (
          <li key={s.url}>
            {tx('sources.item', [
              <bdi class="sl-source-publisher">{s.publisher}</bdi>,
              title,
              <span class="sl-source-date">{s.date ? formatDate(s.date) : t('sources.accessed', [formatDate(s.accessed!)])}</span>,
            ])}
          </li>
        );
      })}
    </ul>
  );
}
