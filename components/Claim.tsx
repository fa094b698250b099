/** What a figure or date was understood as and how it compares, shared by the claim card and the popup. */
import type { ClaimFinding } from '../lib/types';
import { formatClaimValue } from './format';
import { tx } from './i18n';
import { VerdictBadge } from './Verdict';

export function ClaimBody({ claim }: { claim: ClaimFinding }) {
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
      <VerdictBadge verdict={claim.verdict} />
      {claim.explanation && (
        <p class="sl-explanation" dir="auto">
          {claim.explanation}
        </p>
      )}
      {claim.attributedTo && <p class="sl-attribution">{tx('claim.attributedTo', [<bdi>{claim.attributedTo}</bdi>])}</p>}
    </div>
  );
}
