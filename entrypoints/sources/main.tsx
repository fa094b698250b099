/** The sources page: every entry of the bundled knowledge file with its sources (linked from the popup). */
import { render } from 'preact';
import { i18n } from '#i18n';
import { localisePage, setTranslator } from '@/components/i18n';
import { SourcesList, sourcesListStyles, type SourcedEntry } from '@/components/SourcesList';
import { knowledge } from '@/lib/knowledge';
import { adoptStyles } from '@/utils/adopt-styles';

const byTitle = (a: SourcedEntry, b: SourcedEntry) => a.title.localeCompare(b.title);
const sourced = (e: { id: string; sources: SourcedEntry['sources']; last_checked: string; contested?: string }, title: string): SourcedEntry => ({
  id: e.id,
  title,
  sources: e.sources,
  lastChecked: e.last_checked,
  contested: !!e.contested,
});

const groups = [
  { kind: 'actors' as const, entries: knowledge.actors.map((a) => sourced(a, a.name)).sort(byTitle) },
  { kind: 'events' as const, entries: knowledge.events.map((e) => sourced(e, e.title)).sort(byTitle) },
  { kind: 'framings' as const, entries: knowledge.framings.map((f) => sourced(f, f.term)).sort(byTitle) },
  { kind: 'statistics' as const, entries: knowledge.statistics.map((s) => sourced(s, s.title)).sort(byTitle) },
];

setTranslator(i18n.t);
localisePage(document, 'sourcesPage.title');
adoptStyles(document, sourcesListStyles);
render(<SourcesList asOf={knowledge.meta.as_of} groups={groups} />, document.getElementById('app')!);
