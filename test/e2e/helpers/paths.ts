/** Where things are: the repository, the built extension, the fixtures, the optional seed article. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = resolve(REPO, 'test/fixtures/pages');
/** The build under test: .output, or another WXT output directory given in SYRIA_LENS_OUTPUT. */
export const OUTPUT = resolve(REPO, process.env.SYRIA_LENS_OUTPUT ?? '.output');
export const CHROME_BUILD = resolve(OUTPUT, 'chrome-mv3');
export const FIREFOX_BUILD = resolve(OUTPUT, 'firefox-mv2');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The seed article lives outside the repository (its licence keeps it there): ../shared beside
 * the repository, or /work/shared. Null when neither exists (then the seed tests are skipped).
 */
export function seedArticlePath(): string | null {
  const candidates = [resolve(REPO, '../shared/corpus/seed-article.txt'), '/work/shared/corpus/seed-article.txt'];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Throws with the command to run when the build or a browser is missing. */
export function assertPrerequisites(): void {
  const missing: string[] = [];
  for (const [what, manifest] of [
    ['Chrome build', resolve(CHROME_BUILD, 'manifest.json')],
    ['Firefox build', resolve(FIREFOX_BUILD, 'manifest.json')],
  ] as const) {
    if (!existsSync(manifest)) missing.push(`${what} not found at ${manifest}: run \`npm run build\` first.`);
  }
  for (const [what, path] of [
    ['Chromium', CHROMIUM_PATH],
    ['Firefox ESR', FIREFOX_PATH],
  ] as const) {
    if (!existsSync(path)) missing.push(`${what} not found at ${path}: run \`apt-get install -y chromium firefox-esr\`.`);
  }
  if (missing.length) throw new Error(`End-to-end tests cannot start:\n  ${missing.join('\n  ')}`);
}
