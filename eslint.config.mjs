// One lint configuration for the workspace (Starlight keeps its at the root too). Formatting is
// Prettier's job (.prettierrc); eslint-config-prettier turns off the rules that would argue with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built, generated or downloaded: nobody edits these by hand.
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-*/**',
      '**/.astro/**',
      '**/.cache/**',
      '**/.strapi/**',
      '**/.tmp/**',
      'cms/types/generated/**',
      'cms/public/**',
      'packages/content/src/generated/**',
      'site/releases/**',
      'site/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore says "unused on purpose" (a callback's position, a destructured rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // What runs in readers' and editors' browsers.
    files: ['site/src/search/**/*.js', 'site/src/**/*.astro', 'cms/src/admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Test code reads the real CMS's untyped JSON answers; typing them would restate what the assertions check.
    files: ['**/*.test.{ts,mjs}', '**/e2e/**', 'packages/testing/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Strapi's document and entity services are typed by cms/types/generated, which Strapi writes when it
    // starts and git ignores: to tsc their parameters are unknown, so server code casts what it passes.
    files: ['cms/src/**/*.ts'],
    ignores: ['cms/src/admin/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Hand-minified inline scripts in <head>, counted in bytes by the site's tests.
    files: ['site/src/components/TextSize*.astro/*.js', 'site/src/components/TextSize*.astro/*.ts'],
    rules: { 'no-var': 'off', 'no-empty': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  prettier,
);
