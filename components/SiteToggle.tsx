/** The popup's switch for marks on the current site, with a way to the settings. */
import { t, tx } from './i18n';

export interface SiteToggleProps {
  host: string;
  on: boolean;
  onChange: (on: boolean) => void;
  onOpenSettings?: () => void;
}

export function SiteToggle({ host, on, onChange, onOpenSettings }: SiteToggleProps) {
  return (
    <div class="sl-site-toggle">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
        {tx('siteToggle.marksOn', [<bdi>{host}</bdi>])}
      </label>
      {onOpenSettings && (
        <button type="button" class="sl-link-button" onClick={onOpenSettings}>
          {t('siteToggle.settings')}
        </button>
      )}
    </div>
  );
}

export const siteToggleStyles = `
.sl-site-toggle { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 8px 14px; border-bottom: 1px solid var(--sl-border); font-size: 13px; }
.sl-site-toggle label { display: flex; align-items: center; gap: 6px; cursor: pointer; }
.sl-site-toggle input:focus-visible, .sl-link-button:focus-visible { outline: 2px solid var(--sl-link); outline-offset: 2px; }
.sl-link-button { font: inherit; background: none; border: none; padding: 0; color: var(--sl-link); text-decoration: underline; cursor: pointer; }
`;
