import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      // A whole `npm start` on a fresh copy of the repository: an install, the CMS, the first site build.
      { test: { name: 'e2e', include: ['e2e/**/*.test.ts'], testTimeout: 15 * 60_000, hookTimeout: 15 * 60_000 } },
    ],
  },
});
