# The CMS, the rebuild service (with the site it builds and serves) and the draft preview server, one target each:
# docker compose builds `--target cms`, `--target rebuild` and `--target preview`. Build context: the repository root,
# so the shared packages come along.

# What every service's install starts from: pnpm and the manifests of the packages all of them use.
FROM node:20-bookworm-slim AS workspace
WORKDIR /app
RUN corepack enable
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
# pnpm applies these at install; the lockfile names them.
COPY patches patches
COPY packages/vietnamese/package.json packages/vietnamese/
COPY packages/preview-link/package.json packages/preview-link/
COPY packages/content/package.json packages/content/
COPY packages/testing/package.json packages/testing/

FROM workspace AS cms-build
# better-sqlite3 builds from source at install where no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
ENV STRAPI_TELEMETRY_DISABLED=true
COPY cms/package.json cms/
RUN pnpm install --frozen-lockfile --filter @hoilhpn/cms...
COPY packages/vietnamese packages/vietnamese
COPY packages/preview-link packages/preview-link
COPY packages/content packages/content
COPY packages/testing packages/testing
# @hoilhpn/testing's search client imports the site's search script, so building it needs that folder.
COPY site/src/search site/src/search
COPY cms cms
RUN pnpm --filter @hoilhpn/vietnamese --filter @hoilhpn/preview-link --filter @hoilhpn/content --filter @hoilhpn/testing run build \
 && cd cms && node scripts/strapi.mjs build

FROM workspace AS rebuild-build
ENV ASTRO_TELEMETRY_DISABLED=1
COPY packages/rebuild/package.json packages/rebuild/
COPY site/package.json site/
RUN pnpm install --frozen-lockfile --filter @hoilhpn/site... --filter @hoilhpn/rebuild...
COPY packages packages
COPY site site
RUN pnpm --filter @hoilhpn/vietnamese --filter @hoilhpn/preview-link --filter @hoilhpn/content --filter @hoilhpn/rebuild --filter @hoilhpn/testing run build

# The site's components behind signed, expiring links: the rebuild service's build plus the preview renderer.
FROM rebuild-build AS preview-build
RUN node site/scripts/build-preview.mjs

FROM node:20-bookworm-slim AS cms
ENV NODE_ENV=production STRAPI_TELEMETRY_DISABLED=true STRAPI_DISABLE_LICENSE_PING=true
WORKDIR /app
COPY --from=cms-build /app /app
RUN chown -R node:node /app/cms/public/uploads
WORKDIR /app/cms
USER node
EXPOSE 1337
CMD ["node", "scripts/strapi.mjs", "start"]

FROM node:20-bookworm-slim AS rebuild
ENV NODE_ENV=production ASTRO_TELEMETRY_DISABLED=1 REBUILD_HOST=0.0.0.0 RELEASES_DIR=/data/site
WORKDIR /app
COPY --from=rebuild-build /app /app
RUN mkdir -p /data/site && chown -R node:node /data /app/site
USER node
EXPOSE 4321 4322
CMD ["node", "packages/rebuild/dist/main.js", "serve"]

FROM node:20-bookworm-slim AS preview
ENV NODE_ENV=production ASTRO_TELEMETRY_DISABLED=1 PREVIEW_HOST=0.0.0.0 PREVIEW_PORT=4323
WORKDIR /app
COPY --from=preview-build /app /app
USER node
EXPOSE 4323
CMD ["node", "site/scripts/preview-server.mjs"]
