/**
 * The hover card over a marked actor or figure, and the card for a checked selection; rendered
 * by the article script inside a shadow root.
 */
import type { ComponentChildren } from 'preact';
import type { Source } from '../lib/knowledge/schema';
import type { Analysis, ClaimFinding } from '../lib/types';
import { ClaimBody, attributedSource } from './Claim';
import { EntryBody } from './Entry';
import { actorKindLabel, claimKindLabel, describeAnalysisDate, formatClaimValue } from './format';
import { isolatedList, t, tx, uiDir, uiLocale } from './i18n';
import { Sources } from './Sources';
import { baseStyles } from './styles';

export type CardTarget =
  | { type: 'actor'; actorId: string; mentionText: string }
  | { type: 'claim'; claimIndex: number }
  /** Text the reader selected and asked to check: the card reports the whole analysis of it. */
  | { type: 'selection'; text: string };

export interface CardProps {
  target: CardTarget;
  analysis: Analysis;
  onClose?: () => void;
  /** Stop marking this actor, or this kind of figure; given the click, so that the host can tell the reader's click from a page script's. */
  onMute?: (event: Event) => void;
}

export function Card({ target, analysis, onClose, onMute }: CardProps) {
  if (target.type === 'selection') return <SelectionCard text={target.text} analysis={analysis} onClose={onClose} />;
  if (target.type === 'actor') return <ActorCard actorId={target.actorId} mentionText={target.mentionText} analysis={analysis} onClose={onClose} onMute={onMute} />;
  const claim = analysis.claims[target.claimIndex];
  return claim ? <ClaimCard claim={claim} analysis={analysis} onClose={onClose} onMute={onMute} /> : null;
}

function ActorCard({ actorId, mentionText, analysis, onClose, onMute }: { actorId: string; mentionText: string; analysis: Analysis; onClose?: () => void; onMute?: (event: Event) => void }) {
  const actor = analysis.actors.find((a) => a.id === actorId);
  const entry = actor?.known ? analysis.entries[actorId] : undefined;
  const name = entry?.title ?? actor?.name ?? mentionText;
  const kind = actor ? actorKindLabel(actor, entry) : undefined;
  // A metonym or alias ("Ankara") should say what it was read as.
  const mentionedAs = mentionText && mentionText.toLowerCase() !== name.toLowerCase() ? mentionText : undefined;
  return (
    <Frame
      label={kind ? t('card.label', [name, kind]) : name}
      title={<bdi>{name}</bdi>}
      // A known actor's kind is the knowledge file's words.
      subtitle={kind && <bdi>{kind}</bdi>}
      onClose={onClose}
      onMute={onMute}
      muteLabel={tx('card.stopMarking', [<bdi>{name}</bdi>])}
    >
      {mentionedAs && <p class="sl-muted">{tx('card.mentionedAs', [<bdi>{mentionedAs}</bdi>])}</p>}
      {entry ? <EntryBody entry={entry} /> : <p class="sl-unknown-note">{t('card.notInKnowledge')}</p>}
    </Frame>
  );
}

function ClaimCard({ claim, analysis, onClose, onMute }: { claim: ClaimFinding; analysis: Analysis; onClose?: () => void; onMute?: (event: Event) => void }) {
  const kind = claimKindLabel(claim.kind);
  const facts = claim.facts.map((id) => analysis.entries[id]).filter((e) => e !== undefined);
  const attributed = attributedSource(analysis, claim);
  const sources: Source[] = facts.flatMap((f) => f.sources);
  return (
    <Frame
      label={t('card.label', [kind, formatClaimValue(claim)])}
      title={kind}
      subtitle={tx('quoted', [<bdi>{claim.text}</bdi>])}
      onClose={onClose}
      onMute={onMute}
      muteLabel={t('card.stopMarkingKind', [kind.toLocaleLowerCase(uiLocale())])}
    >
      <ClaimBody claim={claim} source={attributed} />
      {facts.length > 0 && (
        <div class="sl-facts">
          <h3>{t('card.checkedAgainst')}</h3>
          <ul>
            {facts.map((f) => (
              <li key={f.id}>
                <bdi>{f.title}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Sources sources={sources} />
    </Frame>
  );
}

/** Beyond this, the selection card points to the popup rather than growing. */
const SELECTION_EXCERPT_CHARS = 140;

function SelectionCard({ text, analysis, onClose }: { text: string; analysis: Analysis; onClose?: () => void }) {
  const flat = text.replace(/\s+/g, ' ').trim();
  const excerpt = flat.length > SELECTION_EXCERPT_CHARS ? `${flat.slice(0, SELECTION_EXCERPT_CHARS - 1)}…` : flat;
  const known = analysis.actors.filter((a) => a.known && analysis.entries[a.id]);
  const unknown = analysis.actors.filter((a) => !a.known);
  const nothing = analysis.actors.length === 0 && analysis.claims.length === 0;
  return (
    <Frame label={t('selection.label')} title={t('selection.title')} subtitle={tx('quoted', [<bdi>{excerpt}</bdi>])} onClose={onClose}>
      <p class="sl-muted">{t(analysis.relevant ? 'selection.relevant' : 'selection.notRelevant', [describeAnalysisDate(analysis)])}</p>
      {nothing && <p>{t('selection.nothing')}</p>}
      {analysis.claims.length > 0 && (
        <section class="sl-selection-claims">
          <h3>{t('selection.figures')}</h3>
          <ul class="sl-selection-list">
            {analysis.claims.map((claim, i) => (
              <li key={i} data-claim-kind={claim.kind} data-verdict={claim.verdict}>
                <p class="sl-subtitle">
                  {tx('quoted', [<bdi>{claim.text}</bdi>])} <span class="sl-muted">{claimKindLabel(claim.kind)}</span>
                </p>
                <ClaimBody claim={claim} source={attributedSource(analysis, claim)} />
                <Sources sources={claim.facts.flatMap((id) => analysis.entries[id]?.sources ?? [])} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {known.length > 0 && (
        <section class="sl-selection-actors">
          <h3>{t('selection.actors')}</h3>
          <ul class="sl-selection-list">
            {known.map((actor) => {
              const entry = analysis.entries[actor.id]!;
              return (
                <li key={actor.id} data-actor-id={actor.id}>
                  <p class="sl-subtitle">
                    <strong>
                      <bdi>{entry.title}</bdi>
                    </strong>{' '}
                    <bdi class="sl-muted">{entry.subtitle}</bdi>
                  </p>
                  <EntryBody entry={entry} />
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {unknown.length > 0 && (
        <p class="sl-unknown-note">{tx('selection.unknown', [isolatedList(unknown.map((a) => a.name))])}</p>
      )}
    </Frame>
  );
}

/**
 * The card's own direction and language: it sits in the page's document, whose `dir` it must
 * not inherit (an Arabic news site must not turn an English card).
 */
function Frame(props: {
  label: string;
  title: ComponentChildren;
  subtitle?: ComponentChildren;
  onClose?: () => void;
  onMute?: (event: Event) => void;
  muteLabel?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div class="sl-card" role="dialog" aria-label={props.label} tabIndex={-1} dir={uiDir()} lang={uiLocale()}>
      <div class="sl-card-head">
        <div>
          <h2 class="sl-title">{props.title}</h2>
          {props.subtitle && <p class="sl-subtitle">{props.subtitle}</p>}
        </div>
        {props.onClose && (
          <button type="button" class="sl-close" aria-label={t('card.close')} onClick={props.onClose}>
            ×
          </button>
        )}
      </div>
      {props.children}
      {props.onMute && (
        <button type="button" class="sl-mute" onClick={props.onMute}>
          {props.muteLabel}
        </button>
      )}
    </div>
  );
}

export const cardStyles = `${baseStyles}
.sl-card {
  max-width: 360px;
  min-width: 220px;
  padding: 10px 12px;
  border: 1px solid var(--sl-border);
  border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  overflow-wrap: break-word;
}
.sl-card-head { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }
.sl-card .sl-title { font-size: 15px; font-weight: 650; margin: 0; line-height: 1.3; }
.sl-card .sl-subtitle { margin: 0.1em 0 0.3em; }
.sl-card h3 { font-size: 12px; font-weight: 600; margin: 0.6em 0 0.2em; color: var(--sl-muted); }
.sl-close {
  flex: none;
  font: inherit;
  font-size: 18px;
  line-height: 1;
  width: 24px;
  height: 24px;
  border: none;
  border-radius: 4px;
  background: transparent;
  color: var(--sl-muted);
  cursor: pointer;
}
.sl-close:hover { background: var(--sl-border); color: var(--sl-fg); }
.sl-close:focus-visible { outline: 2px solid var(--sl-link); outline-offset: 1px; }
.sl-card { max-height: min(70vh, 520px); overflow-y: auto; }
.sl-selection-list { list-style: none; margin: 0; padding: 0; }
.sl-selection-list > li { padding: 6px 0; border-bottom: 1px solid var(--sl-border); }
.sl-selection-list > li:last-child { border-bottom: none; }
.sl-mute {
  display: block;
  margin-top: 8px;
  padding: 3px 8px;
  font: inherit;
  font-size: 12px;
  border: 1px solid var(--sl-border);
  border-radius: 4px;
  background: transparent;
  color: var(--sl-muted);
  cursor: pointer;
}
.sl-mute:hover { color: var(--sl-fg); }
.sl-mute:focus-visible { outline: 2px solid var(--sl-link); outline-offset: 1px; }
`;
