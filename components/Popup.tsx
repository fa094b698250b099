/** The toolbar popup: the topic verdict, then the page's background, figures and actors. */
import type { ComponentChildren } from 'preact';
import type { Analysis, EntryView } from '../lib/types';
import { ClaimBody } from './Claim';
import { EntryBody } from './Entry';
import { actorKindLabel, claimKindLabel, describeAnalysisDate, formatDate, formatNumber, formatPercent } from './format';
import { isolatedList, t, tx, uiDir, uiLocale } from './i18n';
import { baseStyles } from './styles';

export type PopupStatus = 'loading' | 'ready' | 'unavailable';

export interface PopupProps {
  analysis: Analysis | null;
  status: PopupStatus;
  onAnalyseAnyway?: () => void;
  /** Scroll the page to a claim (its index in `analysis.claims`) and flash it. */
  onRevealClaim?: (index: number) => void;
}

export function Popup({ analysis, status, onAnalyseAnyway, onRevealClaim }: PopupProps) {
  if (status === 'loading') {
    return (
      <Shell>
        <p class="sl-status">{t('popup.reading')}</p>
      </Shell>
    );
  }
  if (status === 'unavailable') {
    return (
      <Shell>
        <p class="sl-status">{t('popup.unavailable')}</p>
      </Shell>
    );
  }
  if (!analysis) {
    return (
      <Shell>
        <p class="sl-status">{t('popup.notAnalysed')}</p>
        <AnalyseAnyway onClick={onAnalyseAnyway} />
      </Shell>
    );
  }
  // "Analyse anyway" keeps relevant: false but fills in the findings; then show them under the notice.
  const hasFindings = analysis.actors.length > 0 || analysis.claims.length > 0 || analysis.context.length > 0;
  return (
    <Shell analysis={analysis}>
      {analysis.relevant ? <RelevantHeader analysis={analysis} /> : <NotRelevantHeader analysis={analysis} onAnalyseAnyway={hasFindings ? undefined : onAnalyseAnyway} />}
      {(analysis.relevant || hasFindings) && (
        <>
          <ContextSection analysis={analysis} />
          <ClaimsSection analysis={analysis} onReveal={onRevealClaim} />
          <ActorsSection analysis={analysis} />
        </>
      )}
    </Shell>
  );
}

function Shell({ analysis, children }: { analysis?: Analysis; children: ComponentChildren }) {
  return (
    <div class="sl-popup" dir={uiDir()} lang={uiLocale()}>
      <main>{children}</main>
      <footer class="sl-footer">
        {analysis && (
          <p>
            {t('popup.knowledgeAsOf', [formatDate(analysis.knowledgeAsOf)])} ·{' '}
            <a href="/sources.html" target="_blank" rel="noopener">
              {t('popup.allSources')}
            </a>
          </p>
        )}
        <p>{t('popup.private')}</p>
      </footer>
    </div>
  );
}

function AnalyseAnyway({ onClick }: { onClick?: () => void }) {
  if (!onClick) return null;
  return (
    <button type="button" class="sl-button" onClick={onClick}>
      {t('popup.analyseAnyway')}
    </button>
  );
}

function RelevantHeader({ analysis }: { analysis: Analysis }) {
  return (
    <header class="sl-verdict-head" data-section="verdict">
      <p class="sl-topic">
        <strong>{t('popup.about')}</strong> <span class="sl-muted">{t('popup.score', [formatPercent(analysis.score, 0)])}</span>
      </p>
      {analysis.signals.length > 0 && <p class="sl-muted">{tx('popup.why', [isolatedList(analysis.signals)])}</p>}
      <p class="sl-article-date">{t('popup.articleDate', [describeAnalysisDate(analysis)])}</p>
      {analysis.dateSource === 'input' && analysis.date !== null && analysis.date > analysis.knowledgeAsOf && (
        <p class="sl-stale" role="note">
          {t('popup.newerThanKnowledge', [formatDate(analysis.knowledgeAsOf)])}
        </p>
      )}
    </header>
  );
}

function NotRelevantHeader({ analysis, onAnalyseAnyway }: { analysis: Analysis; onAnalyseAnyway?: () => void }) {
  return (
    <header class="sl-verdict-head" data-section="verdict">
      <p class="sl-topic">{t('popup.notAbout')}</p>
      {analysis.signals.length > 0 && <p class="sl-muted">{tx('popup.strongestSignals', [isolatedList(analysis.signals)])}</p>}
      <AnalyseAnyway onClick={onAnalyseAnyway} />
    </header>
  );
}

function ContextSection({ analysis }: { analysis: Analysis }) {
  const items = analysis.context.flatMap((c) => {
    const entry = analysis.entries[c.id];
    return entry ? [entry] : [];
  });
  return (
    <section data-section="context">
      <h2>{t('popup.background')}</h2>
      {items.length === 0 && <p class="sl-muted">{t('popup.noBackground')}</p>}
      <Timeline entries={items} articleDate={analysis.date} />
      {items.map((entry, i) => (
        <details key={entry.id} class="sl-context-item" data-entry-id={entry.id} open={i === 0}>
          <summary>
            <bdi class="sl-entry-title">{entry.title}</bdi> <span class="sl-subtitle">{entrySubtitle(entry)}</span>
          </summary>
          <EntryBody entry={entry} />
        </details>
      ))}
    </section>
  );
}

/**
 * The dated events of the background in order, with the article's date among them: what had
 * happened when it was written, and what came after.
 */
function Timeline({ entries, articleDate }: { entries: EntryView[]; articleDate: string | null }) {
  const events = entries.filter((e) => e.type === 'event' && e.date).sort((a, b) => a.date!.localeCompare(b.date!));
  if (events.length < 2) return null;
  const rows: Array<{ date: string; entry: EntryView | null }> = events.map((e) => ({ date: e.date!, entry: e }));
  // The article sits after the events of its own day.
  if (articleDate) rows.splice(rows.filter((r) => r.date.slice(0, articleDate.length) <= articleDate).length, 0, { date: articleDate, entry: null });
  let after = false;
  return (
    <ol class="sl-timeline" aria-label={t('popup.timeline')}>
      {rows.map((row) => {
        if (!row.entry) {
          after = true;
          return (
            <li key="article" class="sl-timeline-article" aria-current="date">
              <span class="sl-timeline-date">{formatDate(row.date)}</span> <strong>{t('popup.timelineArticle')}</strong>
            </li>
          );
        }
        return (
          <li key={row.entry.id} class={after ? 'sl-timeline-later' : undefined} data-entry-id={row.entry.id}>
            <span class="sl-timeline-date">{formatDate(row.date)}</span> <bdi>{row.entry.title}</bdi>
            {after && <span class="sl-muted"> {t('popup.timelineLater')}</span>}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * Event subtitles already carry their date; other entries with a date get it appended.
 * The subtitle is the knowledge file's words, so it is isolated.
 */
function entrySubtitle(entry: EntryView): ComponentChildren {
  const subtitle = <bdi>{entry.subtitle}</bdi>;
  return entry.date && entry.type !== 'event' ? tx('popup.entryDated', [subtitle, formatDate(entry.date)]) : subtitle;
}

function ClaimsSection({ analysis, onReveal }: { analysis: Analysis; onReveal?: (index: number) => void }) {
  return (
    <section data-section="claims">
      <h2>{t('popup.figures')}</h2>
      {analysis.claims.length === 0 && <p class="sl-muted">{t('popup.noFigures')}</p>}
      {analysis.claims.length > 0 && (
        <ul class="sl-list">
          {analysis.claims.map((claim, i) => (
            <li key={i} class="sl-claim-item" data-claim-kind={claim.kind} data-verdict={claim.verdict}>
              <p class="sl-quote">
                {tx('quoted', [<bdi>{claim.text}</bdi>])} <span class="sl-kind">{claimKindLabel(claim.kind)}</span>
              </p>
              <ClaimBody claim={claim} />
              {onReveal && (
                <button type="button" class="sl-link-button" onClick={() => onReveal(i)} aria-label={t('popup.showInPageLabel', [claim.text])}>
                  {t('popup.showInPage')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ActorsSection({ analysis }: { analysis: Analysis }) {
  return (
    <section data-section="actors">
      <h2>{t('popup.actors')}</h2>
      {analysis.actors.length === 0 && <p class="sl-muted">{t('popup.noActors')}</p>}
      {analysis.actors.length > 0 && (
        <ul class="sl-list sl-actors">
          {analysis.actors.map((actor) => (
            <li key={actor.id} data-actor-id={actor.id}>
              <bdi class="sl-entry-title">{actor.name}</bdi>{' '}
              <bdi class="sl-muted">{actorKindLabel(actor, actor.known ? analysis.entries[actor.id] : undefined)}</bdi>{' '}
              <span class="sl-count" aria-label={t('popup.mentions', actor.mentions.length, [formatNumber(actor.mentions.length)])}>
                {t('popup.count', [formatNumber(actor.mentions.length)])}
              </span>
              {!actor.known && (
                <>
                  {' '}
                  <span class="sl-unknown-note">{t('popup.notInKnowledge')}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export const popupStyles = `${baseStyles}
:root { color-scheme: light dark; }
body { margin: 0; }
.sl-popup { width: 400px; max-height: 580px; overflow-y: auto; padding: 12px 14px; }
.sl-popup h2 { font-size: 14px; font-weight: 650; margin: 14px 0 6px; padding-bottom: 3px; border-bottom: 1px solid var(--sl-border); }
.sl-status { font-size: 14px; }
.sl-topic { font-size: 14px; margin-top: 0; }
.sl-article-date { color: var(--sl-muted); }
.sl-button {
  font: inherit;
  margin-top: 6px;
  padding: 5px 12px;
  border: 1px solid var(--sl-border);
  border-radius: 6px;
  background: var(--sl-bg);
  color: var(--sl-fg);
  cursor: pointer;
}
.sl-button:hover { border-color: var(--sl-link); }
.sl-button:focus-visible, .sl-popup summary:focus-visible { outline: 2px solid var(--sl-link); outline-offset: 1px; }
.sl-context-item { border: 1px solid var(--sl-border); border-radius: 6px; padding: 6px 8px; margin: 6px 0; }
.sl-context-item summary { cursor: pointer; }
.sl-context-item .sl-entry { margin-top: 4px; }
.sl-entry-title { font-weight: 600; }
.sl-list { list-style: none; padding-inline-start: 0; }
.sl-claim-item { padding: 6px 0; border-bottom: 1px solid var(--sl-border); }
.sl-claim-item:last-child { border-bottom: none; }
.sl-quote { margin-top: 0; }
.sl-kind { color: var(--sl-muted); font-size: 12px; }
.sl-actors li { margin: 3px 0; }
.sl-count { color: var(--sl-muted); font-variant-numeric: tabular-nums; }
.sl-link-button { font: inherit; font-size: 12px; padding: 0; margin-top: 2px; border: none; background: none; color: var(--sl-link); cursor: pointer; text-decoration: underline; }
.sl-link-button:focus-visible { outline: 2px solid var(--sl-link); outline-offset: 1px; }
.sl-timeline { list-style: none; margin: 4px 0 8px; padding-inline-start: 10px; border-inline-start: 2px solid var(--sl-border); font-size: 12px; }
.sl-timeline li { margin: 2px 0; }
.sl-timeline-date { color: var(--sl-muted); font-variant-numeric: tabular-nums; margin-inline-end: 4px; }
.sl-timeline-article { color: var(--sl-link); }
.sl-timeline-later { opacity: 0.8; }
.sl-footer { margin-top: 14px; padding-top: 6px; border-top: 1px solid var(--sl-border); color: var(--sl-muted); font-size: 12px; }
.sl-footer p { margin: 2px 0; }
`;
