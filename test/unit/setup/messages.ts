/**
 * The components' words in the unit tests: the real `i18n.t` of #i18n, over the messages the
 * build makes from locales/en.yml (tests run from the repository's root), with a getMessage that fills in $1… as the browser does.
 */
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setTranslator } from '../../../components/i18n';

const messages = generateChromeMessages(await parseMessagesFile(resolve('locales/en.yml')));

fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | Array<string | number>) => {
  const message = messages[name]?.message;
  if (message === undefined) return '';
  const subs = [substitutions ?? []].flat();
  return message.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : String(subs[Number(c) - 1] ?? '')));
};

// #i18n takes the browser global when it is first imported: the fake must be in place by then.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
const { i18n } = await import('#i18n');
setTranslator(i18n.t);
