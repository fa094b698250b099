/** The settings page: which marks, how many, on which sites, and the card's delay. */
import { CLAIM_KINDS, type Density, type Settings } from '../lib/settings';
import { claimKindLabel } from './format';
import { t, tx, uiDir, uiLocale, type PlainKey } from './i18n';
import { baseStyles } from './styles';

export interface OptionsProps {
  settings: Settings;
  onChange: (next: Settings) => void;
  /** Names of muted actors, by id, for display. */
  actorNames?: Record<string, string>;
}

export function Options({ settings, onChange, actorNames = {} }: OptionsProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div class="sl-options" dir={uiDir()} lang={uiLocale()}>
      <h1>{t('options.title')}</h1>

      <section aria-labelledby="sl-where">
        <h2 id="sl-where">{t('options.where')}</h2>
        <label>
          <input type="checkbox" checked={settings.enabled} onChange={(e) => set({ enabled: checked(e) })} />
          {t('options.everySite')}
        </label>
        {sites.length > 0 ? (
          <ul class="sl-sites">
            {sites.map(([host, on]) => (
              <li key={host}>
                <span>{tx(on ? 'options.siteOn' : 'options.siteOff', [<bdi>{host}</bdi>])}</span>
                <button
                  type="button"
                  onClick={() => set({ sites: Object.fromEntries(sites.filter(([h]) => h !== host)) })}
                  aria-label={t('options.forgetLabel', [host])}
                >
                  {t('options.forget')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="sl-muted">{t('options.noSites')}</p>
        )}
      </section>

      <section aria-labelledby="sl-what">
        <h2 id="sl-what">{t('options.what')}</h2>
        <label>
          <input type="checkbox" checked={settings.showActors} onChange={(e) => set({ showActors: checked(e) })} />
          {t('options.actors')}
        </label>
        <fieldset>
          <legend>{t('options.figures')}</legend>
          {CLAIM_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={settings.claimKinds[kind]}
                onChange={(e) => set({ claimKinds: { ...settings.claimKinds, [kind]: checked(e) } })}
              />
              {claimKindLabel(kind)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('options.density')}</legend>
          {(
            [
              ['all', 'options.densityAll'],
              ['first-per-paragraph', 'options.densityFirst'],
            ] as Array<[Density, PlainKey]>
          ).map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="density" value={value} checked={settings.density === value} onChange={() => set({ density: value })} />
              {t(label)}
            </label>
          ))}
        </fieldset>
        {settings.mutedActors.length > 0 && (
          <div>
            <h3>{t('options.muted')}</h3>
            <ul class="sl-sites">
              {settings.mutedActors.map((id) => (
                <li key={id}>
                  <bdi>{actorNames[id] ?? id}</bdi>
                  <button type="button" onClick={() => set({ mutedActors: settings.mutedActors.filter((x) => x !== id) })}>
                    {t('options.markAgain')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="sl-card">
        <h2 id="sl-card">{t('options.card')}</h2>
        <label>
          {tx('options.cardDelay', [
            <input
              type="number"
              min={0}
              max={2000}
              step={50}
              value={settings.cardDelayMs}
              onChange={(e) => set({ cardDelayMs: Number((e.currentTarget as HTMLInputElement).value) })}
            />,
          ])}
        </label>
      </section>

      <section aria-labelledby="sl-keys">
        <h2 id="sl-keys">{t('options.keyboard')}</h2>
        <p>{t('options.keys')}</p>
      </section>
    </div>
  );
}

function checked(e: Event): boolean {
  return (e.currentTarget as HTMLInputElement).checked;
}

export const optionsStyles = `${baseStyles}
body { margin: 0; }
.sl-options { max-width: 640px; margin: 0 auto; padding: 16px 20px 32px; font-size: 14px; line-height: 1.5; }
.sl-options h1 { font-size: 20px; margin: 0 0 12px; }
.sl-options h2 { font-size: 16px; margin: 20px 0 8px; }
.sl-options h3 { font-size: 14px; margin: 12px 0 4px; }
.sl-options label { display: flex; align-items: center; gap: 6px; margin: 4px 0; }
.sl-options fieldset { border: 1px solid var(--sl-border); border-radius: 6px; margin: 10px 0; padding: 6px 12px; }
.sl-options input:focus-visible, .sl-options button:focus-visible { outline: 2px solid var(--sl-link); outline-offset: 2px; }
.sl-options input[type="number"] { width: 6em; }
.sl-sites { list-style: none; padding: 0; margin: 6px 0; }
.sl-sites li { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 3px 0; border-bottom: 1px solid var(--sl-border); }
.sl-options button { font: inherit; font-size: 13px; padding: 2px 8px; border: 1px solid var(--sl-border); border-radius: 4px; background: transparent; color: inherit; cursor: pointer; }
`;
