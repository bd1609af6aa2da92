import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      // One file at a time: every file runs real site builds in site/, and two Astro builds at once trip over its .astro folder.
      { test: { name: 'e2e', include: ['e2e/*.test.ts'], fileParallelism: false, testTimeout: 180_000, hookTimeout: 300_000 } },
      {
        // Editors in the real admin panel, in Chromium: needs the admin build (e2e/harness/admin-build.ts).
        test: {
          name: 'admin',
          include: ['e2e/admin/**/*.test.ts'],
          globalSetup: ['e2e/admin/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
