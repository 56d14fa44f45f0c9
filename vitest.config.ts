import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // End-to-end tests start a loopback Discord API and child processes; give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
