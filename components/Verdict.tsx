/** A claim's verdict as a badge: the label carries the meaning; colour, border and mark only repeat it. */
import type { Verdict } from '../lib/types';
import { VERDICT_LABELS } from './format';

const MARKS: Record<Verdict, string> = {
  consistent: '✓',
  differs: '≠',
  related: '≈',
  'not-in-knowledge': '?',
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`sl-verdict sl-verdict-${verdict}`}>
      <span class="sl-verdict-mark" aria-hidden="true">
        {MARKS[verdict]}
      </span>
      {VERDICT_LABELS[verdict]}
    </span>
  );
}
