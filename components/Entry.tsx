/**
 * The body of a knowledge-file entry, shared by the actor card and the popup's background section.
 * The entry's own texts take their direction from their content (dir="auto", <bdi>), not from the
 * interface; list items keep the interface's direction so that their bullets stay on its side.
 */
import type { EntryView } from '../lib/types';
import { isolatedList, t, tx } from './i18n';
import { Sources } from './Sources';

/** Beyond this, aliases crowd out the entry itself. */
const MAX_ALIASES = 6;

export function EntryBody({ entry }: { entry: EntryView }) {
  const aliases = (entry.aliases ?? []).filter((a) => a !== entry.title).slice(0, MAX_ALIASES);
  return (
    <div class="sl-entry">
      <p class="sl-summary" dir="auto">
        {entry.summary}
      </p>
      {entry.details.length > 0 && (
        <ul class="sl-details">
          {entry.details.map((d, i) => (
            <li key={i}>
              <bdi>{d}</bdi>
            </li>
          ))}
        </ul>
      )}
      {aliases.length > 0 && <p class="sl-aliases">{tx('entry.also', [isolatedList(aliases)])}</p>}
      {entry.sinceThen && (
        <p class="sl-since" dir="auto">
          {entry.sinceThen}
        </p>
      )}
      {entry.contested && (
        <p class="sl-contested">
          <strong>{t('entry.contested')}</strong> <bdi>{entry.contested}</bdi>
        </p>
      )}
      <Sources sources={entry.sources} />
    </div>
  );
}
