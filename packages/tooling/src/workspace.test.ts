import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dockerfileTarget } from './dockerfile-target.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const json = (file: string) => JSON.parse(read(file));

describe('the workspace', () => {
  it('has exactly the agreed top-level entries (dotfiles aside)', () => {
    const entries = readdirSync(ROOT)
      .filter((name) => !name.startsWith('.') && name !== 'node_modules' && name !== 'pnpm-lock.yaml')
      .sort();
    expect(entries).toEqual(
      [
        'Dockerfile',
        'README.md',
        'cms',
        'docker-compose.yml',
        'eslint.config.mjs',
        'package.json',
        'packages',
        'patches',
        'pnpm-workspace.yaml',
        'site',
        'tsconfig.base.json',
      ].sort(),
    );
  });

  it('pins pnpm and runs the README commands through the bootstrap script', () => {
    const root = json('package.json');
    expect(root.packageManager).toMatch(/^pnpm@10\.\d+\.\d+$/);
    expect(root.scripts.start).toBe('node packages/tooling/bin/run.mjs start');
    expect(root.scripts.test).toBe('node packages/tooling/bin/run.mjs test');
    expect(read('README.md')).toContain('`npm start`');
    expect(read('README.md')).toContain('`npm test`');
  });

  it('pins every @strapi/* package to one exact version', () => {
    // Released apart from Strapi: no 5.54.0 was published, this is its newest; it depends on no @strapi/* package.
    const releasedApart: Record<string, string> = { '@strapi/provider-upload-aws-s3': '5.52.3' };
    const versions = new Set<string>();
    for (const manifest of ['cms/package.json']) {
      const { dependencies = {}, devDependencies = {} } = json(manifest);
      for (const [name, version] of Object.entries({ ...dependencies, ...devDependencies })) {
        if (name.startsWith('@strapi/')) {
          expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
          if (name in releasedApart) expect(version, name).toBe(releasedApart[name]);
          else versions.add(version as string);
        }
      }
    }
    expect(versions.size).toBe(1);
  });

  it('keeps better-sqlite3 on 12.x (13 crashes on Node 20)', () => {
    expect(json('cms/package.json').dependencies['better-sqlite3']).toMatch(/^\^?12\./);
  });

  it('has one tsconfig.base.json that every package extends, in strict mode', () => {
    expect(json('tsconfig.base.json').compilerOptions.strict).toBe(true);
    for (const tsconfig of ['cms/tsconfig.json', 'packages/vietnamese/tsconfig.json', 'packages/tooling/tsconfig.json']) {
      expect(json(tsconfig).extends, tsconfig).toMatch(/tsconfig\.base\.json$/);
    }
  });

  it('commits no secrets: .env and databases are ignored', () => {
    const ignored = read('.gitignore');
    for (const pattern of ['.env', '*.db', 'node_modules/']) expect(ignored).toContain(pattern);
  });
});

/* The workspace's packages: cms, site and packages/*, each a folder with a package.json. */
const workspacePackageDirs = () =>
  ['cms', 'site', ...readdirSync(path.join(ROOT, 'packages')).map((name) => `packages/${name}`)].filter((dir) =>
    existsSync(path.join(ROOT, dir, 'package.json')),
  );

/* Built output, caches and dependencies hold no source of ours. */
const NOT_SOURCE = new Set(['node_modules', 'dist', 'dist-preview', 'build', 'public']);
const SOURCE_FILE = /\.(?:[cm]?[jt]s|tsx|astro)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || NOT_SOURCE.has(entry.name)) return [];
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(file);
    return SOURCE_FILE.test(entry.name) ? [file] : [];
  });
}

const IMPORTED = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/**
 * The specifiers in `source` (the text of `file`, a path from the repository
 * root) that reach into another package's e2e/ folder: test code is shared
 * through @hoilhpn/testing, never by one package importing another's tests.
 */
function importsOfOtherPackagesTests(file: string, source: string, packages: string[]): string[] {
  const packageOf = (target: string) => packages.filter((dir) => target === dir || target.startsWith(`${dir}/`)).sort((a, b) => b.length - a.length)[0];
  const own = packageOf(file);
  return [...source.matchAll(IMPORTED)]
    .map((match) => match[1]!)
    .filter((specifier) => {
      if (/^@hoilhpn\/[^/]+\/e2e\//.test(specifier)) return true;
      if (!specifier.startsWith('.')) return false;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      const other = packageOf(target);
      return other !== undefined && other !== own && target.startsWith(`${other}/e2e/`);
    });
}

describe('tests shared across packages', () => {
  it("are found when a file imports another package's e2e/ folder, and not when it imports its own", () => {
    const packages = ['cms', 'site', 'packages/bench', 'packages/rebuild'];
    // Spelled in parts, so that this file's own text imports nothing from an e2e/ folder.
    const [freePortFile, cmsProcessFile, editorAccount] = [
      ['..', '..', '..', 'site', 'e2e', 'harness', 'free-port.js'].join('/'),
      ['..', '..', 'rebuild', 'e2e', 'harness', 'cms-process'].join('/'),
      ['@hoilhpn', 'rebuild', 'e2e', 'fixtures', 'editor-account'].join('/'),
    ];
    const source = [
      `import { freePort } from '${freePortFile}';`,
      `const { startCms } = await import("${cmsProcessFile}");`,
      `import { EDITOR } from '${editorAccount}';`,
      "import { measure } from '../measure/site-build.js';",
      "import { freePort } from '@hoilhpn/testing/free-port';",
    ].join('\n');
    expect(importsOfOtherPackagesTests('packages/bench/src/run-size.ts', source, packages)).toEqual([freePortFile, cmsProcessFile, editorAccount]);
    expect(importsOfOtherPackagesTests('packages/rebuild/e2e/admin/global-setup.ts', "import { live } from '../harness/live-stack.js';", packages)).toEqual([]);
  });

  it("come from @hoilhpn/testing: no package imports another package's e2e/ folder", () => {
    const packages = workspacePackageDirs();
    const files = packages.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const offending = files.flatMap((file) => importsOfOtherPackagesTests(file, read(file), packages).map((specifier) => `${file}: ${specifier}`));
    expect(offending).toEqual([]);
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'));
  /* Each workspace package's folder, by its package name. */
  const workspacePackageDirs = () => {
    const dirs = new Map<string, string>();
    for (const dir of ['cms', 'site', ...readdirSync(path.join(ROOT, 'packages')).map((name) => `packages/${name}`)]) {
      if (existsSync(path.join(ROOT, dir, 'package.json'))) dirs.set(JSON.parse(read(`${dir}/package.json`)).name, dir);
    }
    return dirs;
  };

  /* What compose builds for a service: the stages of its Dockerfile that its target needs. */
  const imageOf = (service: string) => {
    const { context, dockerfile, target } = compose.services[service].build;
    return dockerfileTarget(read(path.join(context, dockerfile)), target);
  };

  it('runs PostgreSQL, the CMS and the rebuild service, the CMS waiting for a healthy database', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'cms', 'site']));
    expect(compose.services.postgres.image).toMatch(/^postgres:\d+/);
    expect(compose.services.cms.depends_on.postgres.condition).toBe('service_healthy');
  });

  it('configures the CMS only through Strapi’s standard variables, secrets required from outside', () => {
    const env = compose.services.cms.environment;
    expect(env.DATABASE_CLIENT).toBe('postgres');
    expect(env.NODE_ENV).toBe('production');
    for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'DATABASE_PASSWORD']) {
      expect(env[name], name).toBe(`\${${name}:?set ${name}}`);
    }
    expect(env.STRAPI_TELEMETRY_DISABLED).toBe('true');
  });

  it('builds the CMS from a Dockerfile that exists and copies what the build needs', () => {
    const dockerfileText = imageOf('cms');
    for (const file of ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'tsconfig.base.json']) {
      expect(dockerfileText).toContain(file);
    }
    expect(dockerfileText).toMatch(/pnpm install --frozen-lockfile/);
    expect(dockerfileText).toMatch(/CMD \["node", "scripts\/strapi\.mjs", "start"\]/);
    expect(dockerfileText).not.toMatch(/\.env\b(?!\.example)/);
  });

  it('keeps PostgreSQL data, the media bucket and site releases in named volumes', () => {
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['postgres-data', 'minio-data', 'site-releases']));
    expect(compose.services.minio.volumes).toEqual(['minio-data:/data']);
    expect(compose.services.cms.volumes, 'media are in the bucket, not on the CMS’s disk').toBeUndefined();
    expect(compose.services.site.volumes).toContain('site-releases:/data/site');
    expect(compose.services.site.environment.RELEASES_DIR).toBe('/data/site');
    // The rebuild service's lock (packages/rebuild/src/owner-lock.ts) names the host: a recreated container must keep it.
    expect(compose.services.site.hostname).toBeTruthy();
  });

  it('runs the rebuild service after a healthy CMS, the webhook pointing at it with the shared secret', () => {
    const { site, cms } = compose.services;
    expect(site.depends_on.cms.condition).toBe('service_healthy');
    expect(cms.environment.SITE_REBUILD_URL).toBe(`http://site:${site.environment.REBUILD_PORT}/webhook`);
    expect(cms.environment.SITE_REBUILD_SECRET).toBe(site.environment.SITE_REBUILD_SECRET);
    expect(site.environment.CMS_URL).toBe(`http://cms:${cms.environment.PORT}`);
    expect(site.ports, 'readers reach the site through web, not the rebuild service').toBeUndefined();
    const dockerfile = imageOf('site');
    expect(dockerfile).toContain('EXPOSE 4321 4322');
    expect(dockerfile).toContain('CMD ["node", "packages/rebuild/dist/main.js", "serve"]');
  });

  it("serves readers the live release through nginx with the tested config, read-only, on the site's port", () => {
    const { web, site } = compose.services;
    expect(web.image).toMatch(/^nginx:\d+\.\d+/);
    expect(web.depends_on.site.condition).toBe('service_healthy');
    expect(web.volumes).toEqual(['site-releases:/data/site:ro', './packages/rebuild/nginx/site.conf:/etc/nginx/conf.d/default.conf:ro']);
    expect(existsSync(path.join(ROOT, 'packages/rebuild/nginx/site.conf'))).toBe(true);
    // The config serves <RELEASES_DIR>/live, where the rebuild service points it (packages/rebuild/src/nginx-site.test.ts runs it).
    expect(read('packages/rebuild/nginx/site.conf')).toContain(`root ${site.environment.RELEASES_DIR}/live;`);
    expect(web.ports).toEqual([`${site.environment.SITE_PORT}:80`]);
  });

  it('keeps media in MinIO: a pinned release, a bucket made once and readable by anyone, the CMS writing to it with the same keys', () => {
    const { minio, cms } = compose.services;
    const bucketJob = compose.services['minio-bucket'];
    expect(minio.image).toMatch(/^minio\/minio:RELEASE\.\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/);
    expect(bucketJob.image).toMatch(/^minio\/mc:RELEASE\.\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/);
    expect(minio.environment.MINIO_ROOT_USER).toBe('${S3_ACCESS_KEY_ID:?set S3_ACCESS_KEY_ID}');
    expect(minio.environment.MINIO_ROOT_PASSWORD).toBe('${S3_SECRET_ACCESS_KEY:?set S3_SECRET_ACCESS_KEY}');
    expect(minio.healthcheck.test).toBeDefined();
    expect(bucketJob.depends_on.minio.condition).toBe('service_healthy');
    expect(bucketJob.restart).toBe('no');
    const script = bucketJob.command.join(' ');
    expect(script).toContain('mc mb --ignore-existing "minio/$$S3_BUCKET"');
    expect(script).toContain('mc anonymous set download "minio/$$S3_BUCKET"');
    expect(cms.depends_on['minio-bucket'].condition).toBe('service_completed_successfully');

    const env = cms.environment;
    expect([env.UPLOAD_PROVIDER, env.S3_ENDPOINT, env.S3_FORCE_PATH_STYLE]).toEqual(['s3', 'http://minio:9000', 'true']);
    for (const name of ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_BUCKET']) expect(env[name], name).toBe(bucketJob.environment[name]);
    expect(env.S3_ACCESS_KEY_ID).toBe(minio.environment.MINIO_ROOT_USER);
    // Browsers and the site build (in the site container) must both reach the default public URL: minio.localhost is MinIO's alias.
    const publicUrl = new URL(/^\$\{S3_PUBLIC_URL:-(.+)\}$/.exec(env.S3_PUBLIC_URL)![1]!);
    expect(minio.networks.default.aliases).toContain(publicUrl.hostname);
    expect(minio.ports).toEqual([`${publicUrl.port}:9000`]);
    expect(publicUrl.pathname).toBe(`/${/^\$\{S3_BUCKET:-(.+)\}$/.exec(env.S3_BUCKET)![1]}`);
  });

  /* Every variable compose passes is one the code reads, and every variable the code needs is passed. */
  const readsOf = (files: string[]) => {
    const names = new Set<string>();
    for (const file of files) {
      const source = read(file);
      for (const match of source.matchAll(/\b(?:int|env)(?:\.(?:int|bool|array|float|json))?\('([A-Z][A-Z0-9_]+)'/g)) names.add(match[1]!);
      for (const match of source.matchAll(/(?:process\.env|env|environment)\.([A-Z][A-Z0-9_]+)/g)) names.add(match[1]!);
    }
    return names;
  };
  const cmsReads = readsOf([
    ...['server', 'admin', 'database', 'plugins', 'api'].map((name) => `cms/config/${name}.ts`),
    'cms/src/environment/required-secrets.ts',
    'cms/src/index.ts',
    'cms/src/rebuild/rebuild-webhook.ts',
    'cms/src/site-status/site-status-route.ts',
    'cms/src/scheduling/scheduler.ts',
    'cms/src/email/email-config.ts',
    'cms/src/uploads/upload-provider-config.ts',
    'cms/scripts/lib/environment.mjs',
  ]);
  const siteReads = readsOf(['packages/rebuild/src/config.ts', 'site/scripts/build-release.mjs', 'site/astro.config.mjs']);
  // Strapi's secrets, from the CMS's own list (the one it checks in production and generates in development).
  const STRAPI_SECRETS: string[] = json('cms/src/environment/strapi-secrets.json');
  // Read by Strapi, Node or the image itself rather than by our code.
  const PLATFORM = new Set(['NODE_ENV', 'STRAPI_TELEMETRY_DISABLED', 'STRAPI_DISABLE_LICENSE_PING', ...STRAPI_SECRETS]);

  it('passes the CMS only variables it reads, and every one it needs', () => {
    const passed = Object.keys(compose.services.cms.environment);
    expect(passed.filter((name) => !cmsReads.has(name) && !PLATFORM.has(name))).toEqual([]);
    for (const name of [...STRAPI_SECRETS, 'DATABASE_CLIENT', 'SITE_REBUILD_URL', 'SITE_REBUILD_SECRET']) {
      expect(passed, name).toContain(name);
      expect(cmsReads.has(name) || PLATFORM.has(name), name).toBe(true);
    }
  });

  it('passes the rebuild service only variables it reads, and every one it needs', () => {
    const passed = Object.keys(compose.services.site.environment);
    expect(passed.filter((name) => !siteReads.has(name))).toEqual([]);
    for (const name of ['CMS_URL', 'CMS_TOKEN', 'SITE_REBUILD_SECRET', 'SITE_URL']) {
      expect(passed, name).toContain(name);
      expect(siteReads.has(name), name).toBe(true);
    }
  });

  it('runs the preview server after a healthy CMS, on the port and with the secret the CMS signs with', () => {
    const { preview, cms } = compose.services;
    expect(preview.depends_on.cms.condition).toBe('service_healthy');
    expect(preview.environment.PREVIEW_SECRET).toBe(cms.environment.PREVIEW_SECRET);
    expect(cms.environment.PREVIEW_URL).toContain(`:${preview.environment.PREVIEW_PORT}`);
    expect(preview.environment.CMS_URL).toBe(`http://cms:${cms.environment.PORT}`);
    expect(preview.ports).toEqual([`${preview.environment.PREVIEW_PORT}:${preview.environment.PREVIEW_PORT}`]);
    const dockerfile = imageOf('preview');
    expect(dockerfile).toContain(`EXPOSE ${preview.environment.PREVIEW_PORT}`);
    expect(dockerfile).toContain('node site/scripts/build-preview.mjs');
    expect(dockerfile).toContain('CMD ["node", "site/scripts/preview-server.mjs"]');
  });

  it('passes the preview server only variables it reads, and every one it needs', () => {
    const previewReads = readsOf(['site/scripts/preview-server.mjs']);
    const passed = Object.keys(compose.services.preview.environment);
    expect(passed.filter((name) => !previewReads.has(name))).toEqual([]);
    for (const name of ['CMS_URL', 'PREVIEW_CMS_TOKEN', 'PREVIEW_SECRET']) {
      expect(passed, name).toContain(name);
      expect(previewReads.has(name), name).toBe(true);
    }
  });

  /* A package whose source imports a file outside its own folder builds in the image only if that folder is copied too (the CMS image once lacked site/src/search, which @hoilhpn/testing's search client imports). */
  it.each(['cms', 'site', 'preview'])("the %s service's image copies every folder its packages' sources import from outside them", (service) => {
    const dockerfile = imageOf(service);
    const copied = [...dockerfile.matchAll(/^COPY\s+(?!--)(\S+)\s+\S+\s*$/gm)].map((match) => match[1]!.replace(/\/$/, ''));
    const packageDirs = workspacePackageDirs();
    const built = [...dockerfile.matchAll(/--filter (@hoilhpn\/[a-z-]+)(?![\w.-])/g)].map((match) => packageDirs.get(match[1]!)!);
    expect(built.length, `${service}: builds a workspace package`).toBeGreaterThan(0);
    const sources = (dir: string): string[] =>
      readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? sources(`${dir}/${entry.name}`)
          : /\.(?:ts|mjs|js)$/.test(entry.name) && !/\.test\./.test(entry.name)
            ? [`${dir}/${entry.name}`]
            : [],
      );
    for (const dir of built) {
      for (const file of sources(`${dir}/src`)) {
        for (const [, specifier] of read(file).matchAll(/from '(\.\.\/[^']+)'/g)) {
          const target = path.posix.join(path.posix.dirname(file), specifier!);
          if (target.startsWith(`${dir}/`)) continue;
          expect(
            copied.some((folder) => target === folder || target.startsWith(`${folder}/`)),
            `${service}: ${file} imports ${target}, which the image does not copy`,
          ).toBe(true);
        }
      }
    }
  });

  /* A workspace package a service needs but its Dockerfile does not copy breaks `pnpm install --frozen-lockfile --filter` in the image. */
  it.each(['cms', 'site', 'preview'])("the %s service's image copies and builds every workspace package the service depends on", (service) => {
    const dockerfile = imageOf(service);
    const packageDirs = workspacePackageDirs();
    const roots = [...dockerfile.matchAll(/--filter (@hoilhpn\/[a-z-]+)\.\.\./g)].map((match) => match[1]!);
    expect(roots.length, 'a pnpm install --filter <package>... line').toBeGreaterThan(0);
    const needed = new Set<string>();
    const visit = (name: string) => {
      if (needed.has(name)) return;
      needed.add(name);
      const manifest = JSON.parse(read(`${packageDirs.get(name)}/package.json`));
      for (const [dependency, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
        if (String(version).startsWith('workspace:')) visit(dependency);
      }
    };
    roots.forEach(visit);
    for (const name of needed) {
      const dir = packageDirs.get(name)!;
      expect(dockerfile, `${service}: COPY ${dir}/package.json`).toContain(`COPY ${dir}/package.json ${dir}/`);
      if (dir.startsWith('packages/')) expect(dockerfile, `${service}: builds ${name}`).toMatch(new RegExp(`--filter ${name.replace('/', '\\/')}(?![\\w.-])`));
    }
  });

  /* pnpm applies the patches in patches/ at install, and refuses a frozen install when a patch the lockfile names is missing. */
  it.each(['cms', 'site', 'preview'])("the %s service's image copies the dependency patches before it installs", (service) => {
    const dockerfile = imageOf(service);
    const copied = dockerfile.indexOf('COPY patches patches');
    expect(copied, `${service}: COPY patches patches`).toBeGreaterThan(-1);
    expect(copied).toBeLessThan(dockerfile.indexOf('pnpm install'));
  });

  it('names only patches that exist, each described in patches/README.md', () => {
    const workspace = read('pnpm-workspace.yaml');
    const patches = [...workspace.matchAll(/^\s+'([^']+)': (patches\/\S+\.patch)$/gm)];
    expect(patches.length).toBeGreaterThan(0);
    const readme = read('patches/README.md');
    for (const [, dependency, file] of patches) {
      expect(existsSync(path.join(ROOT, file!)), file).toBe(true);
      expect(readme, `${dependency} in patches/README.md`).toContain(`\`${path.basename(file!)}\``);
    }
    expect(
      readdirSync(path.join(ROOT, 'patches'))
        .filter((name) => name.endsWith('.patch'))
        .sort(),
    ).toEqual(patches.map(([, , file]) => path.basename(file!)).sort());
  });

  it("runs the README's test command on every push and pull request, on Node 20, 22 and 24, with what .ci/run requires", () => {
    const workflow = parse(read('.github/workflows/test.yml'));
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    const job = workflow.jobs.test;
    expect(job.strategy.matrix.node).toEqual([20, 22, 24]);
    expect(job.steps.find((step: { uses?: string }) => step.uses?.startsWith('actions/setup-node')).with['node-version']).toBe('${{ matrix.node }}');
    expect(job.steps.at(-1).run).toBe('npm test');
    // The same requirements as .ci/run, so a missing service fails the run instead of skipping its tests.
    const ciRun = read('.ci/run');
    const required = [...ciRun.matchAll(/^export (REQUIRE_[A-Z]+)=1$/gm)].map((match) => match[1]!);
    expect(required).toEqual(expect.arrayContaining(['REQUIRE_POSTGRES', 'REQUIRE_BROWSER', 'REQUIRE_JAVA', 'REQUIRE_NGINX']));
    for (const name of required) expect(job.env[name], name).toBe('1');
    expect(
      job.steps.some((step: { run?: string }) => step.run?.includes('nginx-light')),
      'the workflow installs nginx',
    ).toBe(true);
    // PostgreSQL as the tests reach it by default (cms/e2e/harness/test-database.ts), with the trust auth they expect.
    expect(job.services.postgres.env.POSTGRES_HOST_AUTH_METHOD).toBe('trust');
    expect(job.services.postgres.ports).toEqual(['5432:5432']);
    expect(read('cms/e2e/harness/test-database.ts')).toContain(`'${job.env.TEST_POSTGRES_URL}'`);
    expect(read('packages/testing/src/browser.ts')).toContain('process.env.CHROMIUM_PATH');
    expect(job.steps.find((step: { uses?: string }) => step.uses?.startsWith('actions/setup-java')).with['java-version']).toBe('17');
  });

  it('documents every ${VARIABLE} compose takes from outside in .env.example', () => {
    const example = read('.env.example');
    const outside = new Set([...read('docker-compose.yml').matchAll(/\$\{([A-Z_]+)[:?}-]/g)].map((match) => match[1]!));
    for (const name of outside) expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});

/*
 * npm test runs what packages/tooling/bin/run.mjs lists, by hand. A package or
 * a vitest project added without a line there would never run: each one must be in it.
 */
describe('npm test (packages/tooling/bin/run.mjs) runs every check the workspace has', () => {
  const runner = read('packages/tooling/bin/run.mjs');
  const workspaces = ['cms', 'site', ...readdirSync(path.join(ROOT, 'packages')).map((name) => `packages/${name}`)].filter((dir) =>
    existsSync(path.join(ROOT, dir, 'package.json')),
  );
  const hasTests = (dir: string): boolean => {
    const walk = (folder: string): boolean =>
      readdirSync(folder, { withFileTypes: true }).some((entry) =>
        entry.isDirectory()
          ? !['node_modules', 'dist', '.astro', '.cache', 'releases'].includes(entry.name) && walk(path.join(folder, entry.name))
          : /\.test\.(ts|mjs)$/.test(entry.name),
      );
    return walk(path.join(ROOT, dir));
  };

  it('type-checks every workspace package with its strict configuration, and the .astro files', () => {
    for (const dir of workspaces) {
      const config = existsSync(path.join(ROOT, dir, 'tsconfig.typecheck.json')) ? 'tsconfig.typecheck.json' : 'tsconfig.json';
      expect(existsSync(path.join(ROOT, dir, config)), `${dir}/${config}`).toBe(true);
      expect(runner, `${dir} in typecheck()`).toContain(`['${dir}', tsc('${config}')]`);
    }
    expect(runner).toContain(`['site', ['exec', 'astro', 'check'`);
  });

  it('runs every vitest project of every package that has tests', () => {
    for (const dir of workspaces.filter(hasTests)) {
      const configFile = path.join(ROOT, dir, 'vitest.config.ts');
      const projects = existsSync(configFile) ? [...read(path.join(dir, 'vitest.config.ts')).matchAll(/\bname: '([\w-]+)'/g)].map((match) => match[1]!) : [];
      if (projects.length === 0) expect(runner, `${dir}: vitestSuite(…, '${dir}', [])`).toMatch(new RegExp(`'${dir}', \\[\\]\\)`));
      for (const project of projects) expect(runner, `${dir} project ${project}`).toContain(`'${dir}', ['--project', '${project}']`);
    }
  });
});
