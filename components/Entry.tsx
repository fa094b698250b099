/** The body of a knowledge-file entry, shared by the actor card and the popup's background section. */
import type { EntryView } from '../lib/types';
import { Sources } from './Sources';

/** Beyond this, aliases crowd out the entry itself. */
const MAX_ALIASES = 6;

export function EntryBody({ entry }: { entry: EntryView }) {
  const aliases = (entry.aliases ?? []).filter((a) => a !== entry.title).slice(0, MAX_ALIASES);
  return (
    <div class="sl-entry">
      <p class="sl-summary">{entry.summary}</p>
      {entry.details.length > 0 && (
        <ul class="sl-details">
          {entry.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      {aliases.length > 0 && <p class="sl-aliases">Also: {aliases.join(', ')}</p>}
      {entry.sinceThen && <p class="sl-since">{entry.sinceThen}</p>}
      {entry.contested && (
        <p class="sl-contested">
          <strong>Contested:</strong> {entry.contested}
        </p>
      )}
      <Sources sources={entry.sources} />
    </div>
  );
}
