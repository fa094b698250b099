/** The hover card over a marked actor or figure; rendered by the content script inside a shadow root. */
import type { ComponentChildren } from 'preact';
import type { Source } from '../lib/knowledge/schema';
import type { Analysis, ClaimFinding } from '../lib/types';
import { ClaimBody } from './Claim';
import { EntryBody } from './Entry';
import { actorKindLabel, CLAIM_KIND_LABELS, formatClaimValue } from './format';
import { Sources } from './Sources';
import { baseStyles } from './styles';

export type CardTarget = { type: 'actor'; actorId: string; mentionText: string } | { type: 'claim'; claimIndex: number };

export interface CardProps {
  target: CardTarget;
  analysis: Analysis;
  onClose?: () => void;
  /** Stop marking this actor, or this kind of figure. */
  onMute?: () => void;
}

export function Card({ target, analysis, onClose, onMute }: CardProps) {
  if (target.type === 'actor') return <ActorCard actorId={target.actorId} mentionText={target.mentionText} analysis={analysis} onClose={onClose} onMute={onMute} />;
  const claim = analysis.claims[target.claimIndex];
  return claim ? <ClaimCard claim={claim} analysis={analysis} onClose={onClose} onMute={onMute} /> : null;
}

function ActorCard({ actorId, mentionText, analysis, onClose, onMute }: { actorId: string; mentionText: string; analysis: Analysis; onClose?: () => void; onMute?: () => void }) {
  const actor = analysis.actors.find((a) => a.id === actorId);
  const entry = actor?.known ? analysis.entries[actorId] : undefined;
  const name = entry?.title ?? actor?.name ?? mentionText;
  const kind = actor ? actorKindLabel(actor, entry) : undefined;
  // A metonym or alias ("Ankara") should say what it was read as.
  const mentionedAs = mentionText && mentionText.toLowerCase() !== name.toLowerCase() ? mentionText : undefined;
  return (
    <Frame label={kind ? `${name}: ${kind}` : name} title={name} subtitle={kind} onClose={onClose} onMute={onMute} muteLabel={`Stop marking ${name}`}>
      {mentionedAs && <p class="sl-muted">Mentioned as “{mentionedAs}”</p>}
      {entry ? <EntryBody entry={entry} /> : <p class="sl-unknown-note">Not in the knowledge file</p>}
    </Frame>
  );
}

function ClaimCard({ claim, analysis, onClose, onMute }: { claim: ClaimFinding; analysis: Analysis; onClose?: () => void; onMute?: () => void }) {
  const kind = CLAIM_KIND_LABELS[claim.kind];
  const facts = claim.facts.map((id) => analysis.entries[id]).filter((e) => e !== undefined);
  const sources: Source[] = facts.flatMap((f) => f.sources);
  return (
    <Frame
      label={`${kind}: ${formatClaimValue(claim)}`}
      title={kind}
      subtitle={`“${claim.text}”`}
      onClose={onClose}
      onMute={onMute}
      muteLabel={`Stop marking figures of this kind (${kind.toLowerCase()})`}
    >
      <ClaimBody claim={claim} />
      {facts.length > 0 && (
        <div class="sl-facts">
          <h3>Checked against</h3>
          <ul>
            {facts.map((f) => (
              <li key={f.id}>{f.title}</li>
            ))}
          </ul>
        </div>
      )}
      <Sources sources={sources} />
    </Frame>
  );
}

function Frame(props: { label: string; title: string; subtitle?: string; onClose?: () => void; onMute?: () => void; muteLabel?: string; children: ComponentChildren }) {
  return (
    <div class="sl-card" role="dialog" aria-label={props.label} tabIndex={-1}>
      <div class="sl-card-head">
        <div>
          <h2 class="sl-title">{props.title}</h2>
          {props.subtitle && <p class="sl-subtitle">{props.subtitle}</p>}
        </div>
        {props.onClose && (
          <button type="button" class="sl-close" aria-label="Close" onClick={props.onClose}>
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
