/** Every entry of the knowledge file with its sources: what the cards and the popup rest on. */
import type { Source } from '../lib/knowledge/schema';
import { formatDate, formatNumber } from './format';
import { t, uiDir, uiLocale } from './i18n';
import { Sources } from './Sources';
import { baseStyles } from './styles';

export interface SourcedEntry {
  id: string;
  title: string;
  sources: Source[];
  /** When the entry was last checked against its sources. */
  lastChecked: string;
  contested: boolean;
}

export interface SourcesListProps {
  asOf: string;
  groups: Array<{ kind: 'actors' | 'events' | 'framings' | 'statistics'; entries: SourcedEntry[] }>;
}

const GROUP_TITLES = {
  actors: 'sourcesPage.actors',
  events: 'sourcesPage.events',
  framings: 'sourcesPage.framings',
  statistics: 'sourcesPage.statistics',
} as const;

export function SourcesList({ asOf, groups }: SourcesListProps) {
  const sourceCount = new Set(groups.flatMap((g) => g.entries.flatMap((e) => e.sources.map((s) => s.url)))).size;
  return (
    <div class="sl-sources-page" dir={uiDir()} lang={uiLocale()}>
      <h1>{t('sourcesPage.title')}</h1>
      <p>{t('sourcesPage.intro', [formatDate(asOf), formatNumber(sourceCount)])}</p>
      <nav aria-label={t('sourcesPage.sections')}>
        <ul class="sl-sources-nav">
          {groups.map((g) => (
            <li key={g.kind}>
              <a href={`#${g.kind}`}>{t(GROUP_TITLES[g.kind], [formatNumber(g.entries.length)])}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.kind} id={g.kind} aria-labelledby={`${g.kind}-heading`}>
          <h2 id={`${g.kind}-heading`}>{t(GROUP_TITLES[g.kind], [formatNumber(g.entries.length)])}</h2>
          <ul class="sl-sourced-entries">
            {g.entries.map((e) => (
              <li key={e.id} id={e.id} data-entry-id={e.id}>
                <bdi class="sl-entry-title">{e.title}</bdi>{' '}
                <span class="sl-muted">
                  {t('sourcesPage.checked', [formatDate(e.lastChecked)])}
                  {e.contested && ` · ${t('sourcesPage.contested')}`}
                </span>
                <Sources sources={e.sources} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export const sourcesListStyles = `${baseStyles}
:root { color-scheme: light dark; }
body { margin: 0; background: var(--sl-bg); }
.sl-sources-page { max-width: 860px; margin: 0 auto; padding: 16px 20px 40px; }
.sl-sources-page h1 { font-size: 20px; margin: 0 0 6px; }
.sl-sources-page h2 { font-size: 16px; margin: 22px 0 6px; padding-bottom: 3px; border-bottom: 1px solid var(--sl-border); }
.sl-sources-nav { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 16px; }
.sl-sourced-entries { list-style: none; padding: 0; }
.sl-sourced-entries > li { padding: 6px 0; border-bottom: 1px solid var(--sl-border); }
.sl-entry-title { font-weight: 600; }
`;
