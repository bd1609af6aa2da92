import { defineConfig } from 'vitest/config';

// Unit tests only: speed is measured by `npm run bench`, never asserted in tests.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'] },
});
