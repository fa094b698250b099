/** A claim's verdict as a badge: the label carries the meaning; colour, border and mark only repeat it. */
import type { Verdict } from '../lib/types';
import { verdictLabel } from './format';

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
      {verdictLabel(verdict)}
    </span>
  );
}
