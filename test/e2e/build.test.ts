/**
 * What each page carries: the script on every page stays small, and neither it nor the article
 * script pulls in the analysis (compromise, the knowledge file), which belongs in the background.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './helpers/paths';

// A knowledge-file id, a compromise tag name and a place of the topic's word lists: present only
// where the analysis is bundled.
const ANALYSIS_MARKERS = ['syrian-response-coordination-group', 'PhrasalVerb', 'jarabulus'];

describe.each([
  ['chrome', CHROME_BUILD],
  ['firefox', FIREFOX_BUILD],
])('%s build', (_name, dir) => {
  const file = (path: string) => join(dir, path);

  it('the script on every page is under 20 kB and holds no analysis code', () => {
    expect(statSync(file('gate.js')).size).toBeLessThan(20_000);
    const code = readFileSync(file('gate.js'), 'utf8');
    for (const marker of ANALYSIS_MARKERS) expect(code.includes(marker), marker).toBe(false);
  });

  it('the article script is under 100 kB and holds no analysis code', () => {
    expect(statSync(file('article.js')).size).toBeLessThan(100_000);
    const code = readFileSync(file('article.js'), 'utf8');
    for (const marker of ANALYSIS_MARKERS) expect(code.includes(marker), marker).toBe(false);
  });

  it('the background holds the analysis', () => {
    const code = readFileSync(file('background.js'), 'utf8');
    for (const marker of ANALYSIS_MARKERS) expect(code.includes(marker), marker).toBe(true);
  });
});
