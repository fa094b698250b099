/** What a figure or date was understood as and how it compares, shared by the claim card and the popup. */
import type { Analysis, ClaimFinding, EntryView } from '../lib/types';
import { formatClaimValue } from './format';
import { t, tx } from './i18n';
import { Sources } from './Sources';
import { VerdictBadge } from './Verdict';

const YEAR_FROM_KEYS = {
  article: 'claim.yearFrom.article',
  text: 'claim.yearFrom.text',
  event: 'claim.yearFrom.event',
} as const;

/** `source`: the card of the actor the figure is attributed to, when the file knows it, with its own sources. */
export function ClaimBody({ claim, source }: { claim: ClaimFinding; source?: EntryView }) {
  return (
    <div class="sl-claim">
      <p class="sl-value">
        <strong>{formatClaimValue(claim)}</strong>
        {claim.counts && (
          <>
            {' '}
            <bdi>{claim.counts}</bdi>
          </>
        )}
      </p>
      {claim.yearFrom && <p class="sl-year-from">{t(YEAR_FROM_KEYS[claim.yearFrom])}</p>}
      <VerdictBadge verdict={claim.verdict} />
      {claim.explanation && (
        <p class="sl-explanation" dir="auto">
          {claim.explanation}
        </p>
      )}
      {claim.attributedTo && (
        <p class="sl-attribution">
          {tx('claim.attributedTo', [<bdi>{claim.attributedTo}</bdi>])}
        </p>
      )}
      {claim.attributedTo && source && (
        <div class="sl-attribution-source">
          <p>{tx('claim.attributedSource', [<bdi>{source.title}</bdi>, <bdi>{source.subtitle}</bdi>, <bdi>{source.summary}</bdi>])}</p>
          <Sources sources={source.sources} />
        </div>
      )}
    </div>
  );
}

/** The card of the actor a figure is attributed to, when the file knows it. */
export function attributedSource(analysis: Analysis, claim: ClaimFinding): EntryView | undefined {
  return claim.attributedActorId ? analysis.entries[claim.attributedActorId] : undefined;
}
