import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One shared CMS per run: its files take turns.
    fileParallelism: false,
    teardownTimeout: 30_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'config/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/harness/global-setup.ts'],
          // One real Strapi per run, shared by every file: one worker, modules not re-isolated.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true, isolate: false } },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
