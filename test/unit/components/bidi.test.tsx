/**
 * Right-to-left and mixed scripts: the card, the popup and the settings take their direction
 * from the interface's language, and names and quotes from the page or the knowledge file are
 * isolated, so an Arabic name reads correctly in English and an English one in Arabic.
 * Only English is shipped: "ar" here is the English messages under an Arabic `locale`.
 */
import { i18n } from '#i18n';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Card, cardStyles } from '../../../components/Card';
import { EntryBody } from '../../../components/Entry';
import { setTranslator, tx } from '../../../components/i18n';
import { Options, optionsStyles } from '../../../components/Options';
import { Popup, popupStyles } from '../../../components/Popup';
import { siteToggleStyles } from '../../../components/SiteToggle';
import { knowledge } from '../../../lib/knowledge';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { EntryViews } from '../../../lib/views';
import { actor, analysis, claim, entry, useContainer } from './fixtures';

const container = useContainer();

function useLocale(locale: string): void {
  const english = i18n.t as (...args: unknown[]) => string;
  setTranslator(((key: string, ...args: unknown[]) => (key === 'locale' ? locale : english(key, ...args))) as typeof i18n.t);
}

afterEach(() => setTranslator(i18n.t));

const ARABIC_NAME = 'أحمد الشرع';
const ARABIC_TITLE = 'تركيا تبدأ اولى خطوات التغيير الديمغرافي بالشمال السوري';

const mixed = analysis({
  signals: ['Idlib', 'إدلب'],
  actors: [
    actor({ id: 'name:ahmad', name: ARABIC_NAME, kind: 'person', known: false }),
    actor({ id: 'example-state', name: 'Example State' }),
  ],
  claims: [claim({ text: 'أكثر من 216,000 مدني', counts: 'مدني' })],
  context: [{ id: 'talks', title: 'The example talks', score: 3 }],
  entries: {
    'example-state': entry({ id: 'example-state' }),
    talks: entry({
      id: 'talks',
      type: 'event',
      title: 'The example talks',
      aliases: ['محادثات'],
      sources: [{ publisher: 'Kurdistan 24', title: ARABIC_TITLE, url: 'https://example.org/ar', date: '2019-10' }],
    }),
  },
});

/** The texts inside <bdi> elements: each one is laid out on its own, whatever surrounds it. */
function isolated(root: Element): string[] {
  return [...root.querySelectorAll('bdi')].map((b) => b.textContent ?? '');
}

describe('direction from the interface language', () => {
  it('lays the card out right to left in Arabic, with the name isolated', () => {
    useLocale('ar');
    render(<Card target={{ type: 'actor', actorId: 'name:ahmad', mentionText: 'الشرع' }} analysis={mixed} onMute={() => {}} />, container());
    const card = container().querySelector('.sl-card')!;
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(card.getAttribute('lang')).toBe('ar');
    expect(card.querySelector('h2 > bdi')!.textContent).toBe(ARABIC_NAME);
    // The kind, "Mentioned as" and "Stop marking" carry their words as isolated parts of the sentence.
    expect(isolated(card)).toEqual([ARABIC_NAME, 'Person', 'الشرع', ARABIC_NAME]);
  });

  it('lays the popup out right to left in Arabic, with names, quotes and signals isolated', () => {
    useLocale('ar');
    render(<Popup analysis={mixed} status="ready" />, container());
    const popup = container().querySelector('.sl-popup')!;
    expect(popup.getAttribute('dir')).toBe('rtl');
    expect(popup.getAttribute('lang')).toBe('ar');
    const names = isolated(popup);
    for (const text of ['Idlib', 'إدلب', ARABIC_NAME, 'Example State', 'أكثر من 216,000 مدني', 'مدني', 'The example talks', ARABIC_TITLE, 'محادثات']) {
      expect(names, text).toContain(text);
    }
  });

  it('lays the card for a checked selection out right to left, with its quote and names isolated', () => {
    useLocale('ar');
    render(<Card target={{ type: 'selection', text: 'أكثر من 216,000 مدني' }} analysis={mixed} />, container());
    const card = container().querySelector('.sl-card')!;
    expect(card.getAttribute('dir')).toBe('rtl');
    const names = isolated(card);
    for (const text of ['أكثر من 216,000 مدني', ARABIC_NAME, 'Example State', 'مدني']) expect(names, text).toContain(text);
  });

  it('lays the settings out right to left in Arabic', () => {
    useLocale('ar');
    render(<Options settings={{ ...DEFAULT_SETTINGS, sites: { 'news.example': true } }} onChange={() => {}} />, container());
    const options = container().querySelector('.sl-options')!;
    expect(options.getAttribute('dir')).toBe('rtl');
    expect(isolated(options)).toEqual(['news.example']);
  });

  it('keeps English left to right, and an Arabic name inside it isolated', () => {
    render(<Card target={{ type: 'actor', actorId: 'name:ahmad', mentionText: ARABIC_NAME }} analysis={mixed} />, container());
    const card = container().querySelector('.sl-card')!;
    expect(card.getAttribute('dir')).toBe('ltr');
    expect(card.getAttribute('lang')).toBe('en-GB');
    expect(card.querySelector('h2 > bdi')!.textContent).toBe(ARABIC_NAME);

    render(<Popup analysis={mixed} status="ready" />, container());
    expect(container().querySelector('.sl-popup')!.getAttribute('dir')).toBe('ltr');
    expect(container().querySelector('[data-actor-id="name:ahmad"] bdi')!.textContent).toBe(ARABIC_NAME);
  });

  it('uses no physical sides in its styles, so right to left mirrors the layout', () => {
    for (const css of [cardStyles, popupStyles, optionsStyles, siteToggleStyles]) expect(css).not.toMatch(/\b(left|right)\b/);
  });
});

describe('Arabic script in the knowledge file', () => {
  it('is shown isolated wherever an entry is rendered', () => {
    const arabic = /\p{Script=Arabic}/u;
    const views = new EntryViews(knowledge);
    const entries = [...knowledge.actors, ...knowledge.events, ...knowledge.framings, ...knowledge.statistics].filter((e) => arabic.test(JSON.stringify(e)));
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      const view = views.view(e.id, null)!;
      render(<EntryBody entry={view} />, container());
      const texts = [view.summary, ...view.details, ...(view.aliases ?? []), ...view.sources.flatMap((s) => [s.publisher, s.title])].filter((s) => arabic.test(s));
      expect(texts.length, e.id).toBeGreaterThan(0);
      // Each Arabic text is isolated: in a <bdi>, or in an element whose direction follows its content.
      const shown = [...isolated(container()), ...[...container().querySelectorAll('[dir="auto"]')].map((el) => el.textContent ?? '')];
      for (const text of texts) expect(shown, `${e.id}: ${text}`).toContain(text);
    }
  });
});

describe('tx', () => {
  it('puts elements where the message puts its substitutions', () => {
    render(<p>{tx('card.label', [<b>first</b>, <i>second</i>])}</p>, container());
    expect(container().innerHTML).toBe('<p><b>first</b>: <i>second</i></p>');
  });

  it('leaves single characters of the message alone, whatever their code', () => {
    setTranslator(((key: string, subs?: string[]) => (key === 'locale' ? 'zh' : `${subs![0]}，${subs![1]}`)) as typeof i18n.t);
    render(<p>{tx('card.label', [<b>first</b>, <i>second</i>])}</p>, container());
    expect(container().innerHTML).toBe('<p><b>first</b>，<i>second</i></p>');
  });

  it('follows a translation that changes the order', () => {
    setTranslator(((key: string, subs?: string[]) => (key === 'locale' ? 'tr' : `${subs![1]} ← ${subs![0]}`)) as typeof i18n.t);
    render(<p>{tx('card.label', [<b>first</b>, <i>second</i>])}</p>, container());
    expect(container().innerHTML).toBe('<p><i>second</i> ← <b>first</b></p>');
  });
});
