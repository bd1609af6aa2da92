import node from '@astrojs/node';
import tailwind from '@astrojs/tailwind';
import { defineConfig } from 'astro/config';
import base, { tailwindConfigFile } from './astro.config.mjs';

/**
 * The preview server's renderer: the same components and styles as the static
 * site, built as a Node middleware with one server-rendered route. It lives
 * in its own folder (dist-preview) and never in a release.
 */
export default defineConfig({
  ...base,
  output: 'server',
  // Signed links end in the documentId, without a slash.
  trailingSlash: 'ignore',
  adapter: node({ mode: 'middleware' }),
  outDir: './dist-preview',
  // No pages of the static site: only the preview route below.
  srcDir: './src/preview-app',
  integrations: [
    tailwind({ applyBaseStyles: false, configFile: tailwindConfigFile }),
    {
      name: 'hoilhpn-preview-route',
      hooks: {
        'astro:config:setup': ({ injectRoute }) => {
          injectRoute({ pattern: '/preview/[type]/[documentId]', entrypoint: './src/preview/PreviewPage.astro', prerender: false });
        },
      },
    },
  ],
});
