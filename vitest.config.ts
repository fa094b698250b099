import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // The English messages, installed before each test file.
    setupFiles: ['test/unit/setup/messages.ts'],
    // Property tests build hundreds of DOM trees: allow for a loaded machine (a guard, not a timing).
    testTimeout: 30_000,
  },
});
