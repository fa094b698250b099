/** The settings page: which marks, how many, on which sites, and the card's delay. */
import { CLAIM_KINDS, type Density, type Settings } from '../lib/settings';
import { CLAIM_KIND_LABELS } from './format';
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
    <div class="sl-options">
      <h1>Syria Lens settings</h1>

      <section aria-labelledby="sl-where">
        <h2 id="sl-where">Where</h2>
        <label>
          <input type="checkbox" checked={settings.enabled} onChange={(e) => set({ enabled: checked(e) })} />
          Mark articles on every site (unless a site below says otherwise)
        </label>
        {sites.length > 0 ? (
          <ul class="sl-sites">
            {sites.map(([host, on]) => (
              <li key={host}>
                <span>
                  {host}: marks {on ? 'on' : 'off'}
                </span>
                <button type="button" onClick={() => set({ sites: Object.fromEntries(sites.filter(([h]) => h !== host)) })} aria-label={`Forget the choice for ${host}`}>
                  Forget
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="sl-muted">No site has its own choice yet: use the switch in the toolbar popup.</p>
        )}
      </section>

      <section aria-labelledby="sl-what">
        <h2 id="sl-what">What to mark</h2>
        <label>
          <input type="checkbox" checked={settings.showActors} onChange={(e) => set({ showActors: checked(e) })} />
          Actors (states, leaders, armed groups, organisations)
        </label>
        <fieldset>
          <legend>Figures and dates</legend>
          {CLAIM_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={settings.claimKinds[kind]}
                onChange={(e) => set({ claimKinds: { ...settings.claimKinds, [kind]: checked(e) } })}
              />
              {CLAIM_KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>How many actor marks</legend>
          {(
            [
              ['all', 'Every mention'],
              ['first-per-paragraph', 'The first mention of each actor in each paragraph'],
            ] as Array<[Density, string]>
          ).map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="density" value={value} checked={settings.density === value} onChange={() => set({ density: value })} />
              {label}
            </label>
          ))}
        </fieldset>
        {settings.mutedActors.length > 0 && (
          <div>
            <h3>Actors you stopped marking</h3>
            <ul class="sl-sites">
              {settings.mutedActors.map((id) => (
                <li key={id}>
                  <span>{actorNames[id] ?? id}</span>
                  <button type="button" onClick={() => set({ mutedActors: settings.mutedActors.filter((x) => x !== id) })}>
                    Mark again
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="sl-card">
        <h2 id="sl-card">Card</h2>
        <label>
          Open the card after the pointer rests on a mark for{' '}
          <input
            type="number"
            min={0}
            max={2000}
            step={50}
            value={settings.cardDelayMs}
            onChange={(e) => set({ cardDelayMs: Number((e.currentTarget as HTMLInputElement).value) })}
          />{' '}
          ms
        </label>
      </section>

      <section aria-labelledby="sl-keys">
        <h2 id="sl-keys">Keyboard</h2>
        <p>
          Alt+Shift+L shows or hides the marks on the page; Alt+Shift+N and Alt+Shift+P go to the next and previous mark and open its card;
          Escape closes it. Change them in the browser's shortcut settings (Chrome: chrome://extensions/shortcuts; Firefox: Add-ons, Manage
          Extension Shortcuts).
        </p>
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
