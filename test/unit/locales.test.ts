/**
 * The locale files and the code agree: every message the code asks for is in locales/en.yml,
 * every message there is used, and any other language has exactly the English keys.
 */
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Tests run from the repository's root.
const LOCALES = 'locales';
// Where the interface's words are asked for: components, entrypoints, and the manifest in wxt.config.ts.
const CODE_DIRS = ['components', 'entrypoints'];
const CODE_FILES = ['wxt.config.ts'];

/** The file's own keys, without the browser's predefined @@ messages that the parser adds. */
async function keysOf(file: string): Promise<string[]> {
  return (await parseMessagesFile(join(LOCALES, file))).map((m) => m.key.join('.')).filter((k) => !k.startsWith('@@'));
}

function codeFiles(): string[] {
  const files = CODE_DIRS.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(tsx?|html)$/.test(f))
      .map((f) => join(dir, f)),
  );
  return [...files, ...CODE_FILES];
}

/**
 * The keys the code names: quoted keys ('popup.reading', 'locale'), and the manifest's
 * __MSG_popup_reading__. A quoted word counts when it could only be a key: a dotted name
 * under one of the file's groups, or one of its top-level messages.
 */
function keysUsed(english: string[]): Set<string> {
  const groups = new Set(english.filter((k) => k.includes('.')).map((k) => k.split('.')[0]!));
  const topLevel = new Set(english.filter((k) => !k.includes('.')));
  const byManifestName = new Map(english.map((k) => [k.replace(/\./g, '_'), k]));
  const used = new Set<string>();
  for (const file of codeFiles()) {
    const source = readFileSync(file, 'utf8');
    for (const [, word] of source.matchAll(/['"`]([A-Za-z]+(?:\.[A-Za-z]+)*)['"`]/g)) {
      if (word!.includes('.') ? groups.has(word!.split('.')[0]!) : topLevel.has(word!)) used.add(word!);
    }
    for (const [, name] of source.matchAll(/__MSG_(\w+)__/g)) used.add(byManifestName.get(name!) ?? `__MSG_${name}__`);
  }
  return used;
}

describe('locales', () => {
  it('has every message the code uses in English, and no message the code does not use', async () => {
    const english = await keysOf('en.yml');
    const used = keysUsed(english);
    expect([...used].filter((k) => !english.includes(k)), 'used in the code, missing from en.yml').toEqual([]);
    expect(english.filter((k) => !used.has(k)), 'in en.yml, used nowhere').toEqual([]);
  });

  it('has the English keys, no more and no fewer, in every other language', async () => {
    const english = (await keysOf('en.yml')).sort();
    for (const file of readdirSync(LOCALES).filter((f) => f !== 'en.yml')) {
      expect((await keysOf(file)).sort(), file).toEqual(english);
    }
  });
});
