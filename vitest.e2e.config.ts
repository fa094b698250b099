import { defineConfig } from 'vitest/config';

// End-to-end tests in real browsers (Chromium and Firefox ESR) against the built extension in
// .output: run `npm run build` first. One browser at a time: the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
