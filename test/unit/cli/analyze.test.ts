/** The command line's JSON: the fields the README promises, read from a real run. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('analyze --json', () => {
  it("gives a figure's speaker as written and, when the file knows it, as its id", () => {
    const dir = mkdtempSync(join(tmpdir(), 'syria-lens-cli-'));
    const file = join(dir, 'article.txt');
    writeFileSync(file, 'Air strikes on Idlib in Syria killed 12 civilians on Tuesday, the Syrian Observatory for Human Rights said.');
    const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', '--json', '--date', '2019-05-07', file], { encoding: 'utf8' }));
    const toll = out.claims.find((c: { text: string }) => c.text.includes('12 civilians'));
    expect(toll).toMatchObject({ kind: 'casualties', value: 12, attributedTo: 'the Syrian Observatory for Human Rights', attributedActorId: 'syrian-observatory-for-human-rights' });
  });
});
