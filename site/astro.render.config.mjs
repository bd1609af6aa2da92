import { defineConfig } from 'astro/config';
import base from './astro.config.mjs';

/**
 * The warm renderer for incremental builds: the static site's own pages,
 * config and integrations, built once per code version as a server bundle
 * (scripts/renderer.mjs caches it), so a build renders only the routes that
 * changed. Only the output and the adapter differ from astro.config.mjs:
 * the Vite build of the pages and their styles is the same, hence the same
 * bytes.
 */
export default defineConfig({
  ...base,
  output: 'server',
  adapter: {
    name: 'hoilhpn-renderer',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'hoilhpn-renderer',
          serverEntrypoint: new URL('./scripts/renderer/entry.mjs', import.meta.url).pathname,
          exports: ['renderPath'],
          supportedAstroFeatures: {
            serverOutput: 'stable',
            staticOutput: 'stable',
            hybridOutput: 'stable',
            sharpImageService: 'stable',
            envGetSecret: 'stable',
          },
        });
      },
    },
  },
});
