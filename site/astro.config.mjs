import tailwind from '@astrojs/tailwind';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';

// Tailwind looks for its config in the working directory unless told: builds run from anywhere.
export const tailwindConfigFile = fileURLToPath(new URL('./tailwind.config.mjs', import.meta.url));

// The public address of the site, for canonical URLs, feeds and sitemaps.
export const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', assets: '_astro' },
  integrations: [tailwind({ applyBaseStyles: false, configFile: tailwindConfigFile })],
  devToolbar: { enabled: false },
  prefetch: false,
  // @hoilhpn/vietnamese is CommonJS (the CMS requires it too): let Node load it, not Rollup.
  vite: { logLevel: 'warn', ssr: { external: ['@hoilhpn/vietnamese'] } },
});
