/**
 * CSS shared by the card and the popup: colours as custom properties (light, then dark),
 * verdict badges, entry bodies and source lists. Each root (.sl-card, .sl-popup) adds its own layout.
 * Only logical sides (start, end, inline): a right-to-left interface is laid out mirrored.
 */
export const baseStyles = `
.sl-card, .sl-popup {
  --sl-bg: #ffffff;
  --sl-fg: #1d1d1f;
  --sl-muted: #5f6368;
  --sl-border: #d6d6da;
  --sl-link: #0b57d0;
  --sl-consistent: #1e6b34;
  --sl-differs: #a3360f;
  --sl-related: #6b4f00;
  --sl-unknown: #4a4f57;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 13px;
  line-height: 1.45;
  color: var(--sl-fg);
  background: var(--sl-bg);
  box-sizing: border-box;
  text-align: start;
}
@media (prefers-color-scheme: dark) {
  .sl-card, .sl-popup {
    --sl-bg: #202124;
    --sl-fg: #e8eaed;
    --sl-muted: #a9adb3;
    --sl-border: #45474c;
    --sl-link: #8ab4f8;
    --sl-consistent: #81c995;
    --sl-differs: #f6ae8a;
    --sl-related: #e6c86e;
    --sl-unknown: #c3c6cb;
  }
}
.sl-card *, .sl-popup * { box-sizing: border-box; }
.sl-card p, .sl-popup p, .sl-card ul, .sl-popup ul { margin: 0.35em 0; }
.sl-card ul, .sl-popup ul { padding-inline-start: 1.2em; }
.sl-card a, .sl-popup a { color: var(--sl-link); text-decoration: underline; }
.sl-subtitle, .sl-muted { color: var(--sl-muted); }
.sl-summary { margin-top: 0.25em; }
.sl-details li { margin: 0.15em 0; }
.sl-aliases, .sl-since, .sl-attribution, .sl-attribution-source, .sl-year-from { color: var(--sl-muted); }
.sl-contested, .sl-stale { border-inline-start: 3px solid var(--sl-differs); padding-inline-start: 0.5em; }
.sl-unknown-note { font-style: italic; color: var(--sl-muted); }
.sl-value strong { font-size: 1.1em; }
.sl-sources { list-style: none; padding: 0.4em 0 0; margin-top: 0.5em; border-top: 1px solid var(--sl-border); font-size: 12px; }
.sl-sources li { margin: 0.2em 0; }
.sl-source-publisher { font-weight: 600; }
.sl-source-date, .sl-source-url { color: var(--sl-muted); }
.sl-source-url { word-break: break-all; }
/* Verdicts differ by label, mark and border style, so colour is never the only cue. */
.sl-verdict {
  display: inline-flex;
  align-items: center;
  gap: 0.35em;
  padding: 0.1em 0.5em;
  border-radius: 4px;
  border-width: 2px;
  font-size: 12px;
  font-weight: 600;
}
.sl-verdict-mark { font-weight: 700; }
.sl-verdict-consistent { border-style: solid; border-color: var(--sl-consistent); color: var(--sl-consistent); }
.sl-verdict-differs { border-style: double; border-width: 3px; border-color: var(--sl-differs); color: var(--sl-differs); }
.sl-verdict-related { border-style: dashed; border-color: var(--sl-related); color: var(--sl-related); }
.sl-verdict-not-in-knowledge { border-style: dotted; border-color: var(--sl-unknown); color: var(--sl-unknown); }
`;
