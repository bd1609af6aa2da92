import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ARTICLE_FILE, SEED_ARTICLE_SLUG } from '../src/seed/demo-content';
import { bannerCommands, PINNED_PNPM, readmeCommands, throughNpx, type DocumentedCommand } from './harness/documented-commands';
import { killGroup, makeFreshClone, REPO_DIR, resetFreshClone, runShell, startShell, type ShellResult } from './harness/fresh-clone';
import { freePort } from '@hoilhpn/testing/free-port';
import { STRAPI_SECRET_NAMES } from '@hoilhpn/testing/secrets';
import { CMS_DIR, startTestServer, type TestServer } from './harness/strapi-server';

/*
 * Every `pnpm --dir cms|site …` command README.md and `npm start`'s banner
 * print is run here as printed, with bash, from the root of a fresh clone
 * (no cms/.env, no database), through the pnpm on PATH, and each command that
 * reaches into cms/ again through `npx pnpm@<the pinned version>`. The first
 * form runs on a fresh clone: the command must work as a newcomer's very first
 * one. The npx form runs second, on what the first left, so it also shows a
 * second run reuses the secrets.
 */

const COMMAND_TIMEOUT = 8 * 60_000;
const LEGACY_FILE = path.join(CMS_DIR, 'data', 'legacy-articles', SEED_ARTICLE_FILE);
/** README's second file: an author with an affiliation, the byline the importer used to lose. */
const B_TXT =
  'Phụ nữ Lạc Sơn giữ nghề dệt thổ cẩm\n21/11/2023\nSapo của bài.\nĐoạn một.\n   Chị em xã Tân Lập dệt thổ cẩm\nĐoạn hai.\nNguyễn Thị Hoa - Hội LHPN huyện Lạc Sơn\n\nCÁC ĐỀ ÁN\nVideo\n';

let parent: string;
let clone: string;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  parent = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-commands-'));
  clone = makeFreshClone(parent);
  // README's example paths, read from the repository root: ../shared/legacy-articles, old/<file>, b.txt.
  mkdirSync(path.join(parent, 'shared', 'legacy-articles'), { recursive: true });
  copyFileSync(LEGACY_FILE, path.join(parent, 'shared', 'legacy-articles', SEED_ARTICLE_FILE));
  mkdirSync(path.join(clone, 'old'));
  copyFileSync(LEGACY_FILE, path.join(clone, 'old', SEED_ARTICLE_FILE));
  writeFileSync(path.join(clone, 'b.txt'), B_TXT);
}, 10 * 60_000);

afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** A user's shell: no ENV_PATH, no secrets, no test database, nothing of this test process. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
}

/** The test CMS's own configuration: what `cms/` holds where it is deployed, so that its token is one the CMS at CMS_URL accepts. */
function testCmsConfig(): Record<string, string> {
  const names = ['DATABASE_CLIENT', 'DATABASE_FILENAME', 'DATABASE_URL', ...STRAPI_SECRET_NAMES];
  return Object.fromEntries(names.filter((name) => process.env[name]).map((name) => [name, process.env[name]!]));
}

function run(line: string, env = userEnv()): Promise<ShellResult> {
  return runShell(line, { cwd: clone, env, timeoutMs: COMMAND_TIMEOUT });
}

function explain(line: string, result: ShellResult): string {
  return `${line}\nexit ${result.code}\n--- stdout\n${result.stdout.slice(-4000)}\n--- stderr\n${result.stderr.slice(-4000)}`;
}

/** Every file under cms/ with its size and modification time (links not followed). */
function snapshot(dir: string): string[] {
  const entries: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      const stat = lstatSync(file);
      entries.push(`${path.relative(dir, file)} ${stat.size} ${stat.mtimeMs}`);
      if (stat.isDirectory()) walk(file);
    }
  };
  walk(dir);
  return entries.sort();
}

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';
const ARTICLE_LINE = /^✓ \S+: (created|updated|unchanged) \/[a-z0-9-]+ \(\w+\)$/gm;

interface CommandCase {
  name: string;
  pattern: RegExp;
  /** Runs the command as printed (`line`: the pnpm form, or its npx form) and checks what it did. */
  check: (line: string, form: 'pnpm' | 'npx') => Promise<void>;
}

/** What the pnpm form of each api-token command printed, by token name, for its npx form (run second) to match. */
const tokens = new Map<string, { token: string; envFile: string }>();

const PLACEHOLDERS: Record<string, string> = { '…': `old/${SEED_ARTICLE_FILE}`, '<files or folders>': '../shared/legacy-articles' };
const withArguments = (line: string) => Object.entries(PLACEHOLDERS).reduce((text, [placeholder, value]) => text.split(placeholder).join(value), line);

/* In this order: what needs a fresh clone first, the site's build before the command serving it. */
const CASES: CommandCase[] = [
  {
    name: 'importer, dry run: shows what it finds and writes nothing, not even cms/.env',
    pattern: /^pnpm --dir cms import-articles --dry-run \S/,
    async check(line, form) {
      if (form === 'pnpm') resetFreshClone(clone);
      const before = snapshot(path.join(clone, 'cms'));
      const result = await run(withArguments(line));
      expect(result.code, explain(line, result)).toBe(0);
      expect(result.stdout).toContain(`✓ ../shared/legacy-articles/${SEED_ARTICLE_FILE}: /${SEED_ARTICLE_SLUG} (dry run: nothing written)`);
      expect(result.stdout).toContain(
        'title: Hoà Bình: Chú trọng nâng cao năng lực cho cán bộ Hội Phụ nữ cơ sở | date: 2023-11-21T00:00:00+07:00 | author: Kim Quế | captions: 2',
      );
      expect(lastLine(result.stdout)).toBe('Dry run: 1 read, 0 failed; nothing was written.');
      expect(snapshot(path.join(clone, 'cms'))).toEqual(before);
      expect(existsSync(path.join(clone, 'cms', '.env'))).toBe(false);
    },
  },
  {
    name: 'importer',
    pattern: /^pnpm --dir cms import-articles (?!--)\S/,
    async check(line, form) {
      if (form === 'pnpm') resetFreshClone(clone);
      const result = await run(withArguments(line));
      expect(result.code, explain(line, result)).toBe(0);
      const statuses = [...result.stdout.matchAll(ARTICLE_LINE)].map((match) => match[1]);
      expect(statuses.length, explain(line, result)).toBeGreaterThan(0);
      // First on a fresh clone every article is new; the second run (npx) finds them all unchanged.
      expect(new Set(statuses)).toEqual(new Set([form === 'pnpm' ? 'created' : 'unchanged']));
      expect(result.stdout).toContain('author: Kim Quế | captions: 2');
      if (line.includes('b.txt')) expect(result.stdout).toContain('author: Nguyễn Thị Hoa - Hội LHPN huyện Lạc Sơn | captions: 1');
      const n = statuses.length;
      expect(lastLine(result.stdout)).toBe(
        form === 'pnpm' ? `Import: ${n} created, 0 updated, 0 unchanged, 0 failed.` : `Import: 0 created, 0 updated, ${n} unchanged, 0 failed.`,
      );
      expect(readFileSync(path.join(clone, 'cms', '.env'), 'utf8')).toMatch(/^APP_KEYS=\S+$/m);
    },
  },
  {
    name: 'demo content',
    pattern: /^pnpm --dir cms seed$/,
    async check(line, form) {
      if (form === 'pnpm') resetFreshClone(clone);
      const result = await run(line);
      expect(result.code, explain(line, result)).toBe(0);
      expect(lastLine(result.stdout)).toMatch(form === 'pnpm' ? /^Seed: \d+ created, \d+ updated\.$/ : /^Seed: nothing to do/);
    },
  },
  {
    name: 'API tokens',
    pattern: /^pnpm --dir cms api-token( preview)?$/,
    async check(line, form) {
      if (form === 'pnpm') resetFreshClone(clone);
      const tokenName = line.endsWith(' preview') ? 'site-preview' : 'site-build';
      const result = await run(line);
      expect(result.code, explain(line, result)).toBe(0);
      expect(result.stderr).toContain(`${form === 'pnpm' ? 'Created' : 'Existing'} read-only API token "${tokenName}"`);
      const token = lastLine(result.stdout);
      expect(token).toMatch(/^[0-9a-f]{256}$/);
      const envFile = readFileSync(path.join(clone, 'cms', '.env'), 'utf8');
      // The npx run, second, reads the secrets the first one wrote and prints the same token.
      if (form === 'pnpm') tokens.set(tokenName, { token, envFile });
      else expect({ token, envFile }).toEqual(tokens.get(tokenName));
    },
  },
  {
    name: 'site build with the defaults, against the CMS at CMS_URL',
    pattern: /^pnpm --dir site build$/,
    async check(line) {
      rmSync(path.join(clone, 'site', 'dist'), { recursive: true, force: true });
      const result = await run(line, userEnv({ CMS_URL: server.url }));
      expect(result.code, explain(line, result)).toBe(0);
      expect(readFileSync(path.join(clone, 'site', 'dist', 'tin-tuc', SEED_ARTICLE_SLUG, 'index.html'), 'utf8')).toContain('Kim Quế');
    },
  },
  {
    name: 'site build with the token from the CMS command',
    pattern: /^CMS_URL=\S+ CMS_TOKEN=\$\(pnpm --dir cms --silent api-token\) SITE_URL=\S+ pnpm --dir site build$/,
    async check(line) {
      rmSync(path.join(clone, 'site', 'dist'), { recursive: true, force: true });
      const siteUrl = /SITE_URL=(\S+)/.exec(line)![1]!;
      // The CMS at CMS_URL is this test's; cms/ is configured as that CMS is, so the token it prints is one that CMS accepts.
      const pointed = line.replace(/^CMS_URL=\S+/, `CMS_URL=${server.url}`);
      const result = await run(pointed, userEnv(testCmsConfig()));
      expect(result.code, explain(pointed, result)).toBe(0);
      expect(result.stdout).toContain(`fetching content from ${server.url} with a token`);
      expect(readFileSync(path.join(clone, 'site', 'dist', 'index.html'), 'utf8')).toContain(siteUrl);
    },
  },
  {
    name: 'serving the built site',
    pattern: /^pnpm --dir site preview$/,
    async check(line) {
      const port = await freePort();
      const served = startShell(line, { cwd: clone, env: userEnv({ SITE_PORT: String(port) }), timeoutMs: COMMAND_TIMEOUT });
      try {
        let status = 0;
        for (let attempt = 0; attempt < 240 && status !== 200; attempt += 1) {
          status = await fetch(`http://127.0.0.1:${port}/tin-tuc/${SEED_ARTICLE_SLUG}/`).then(
            (response) => response.status,
            () => 0,
          );
          if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
        }
        expect(status).toBe(200);
      } finally {
        killGroup(served.pid);
      }
      expect((await served.done).stdout).toContain(`at http://localhost:${port}/`);
    },
  },
  {
    // Lighthouse of every kind of page is site/e2e/lighthouse-command.test.ts's; here, on the fresh clone's build, the home page.
    name: 'Lighthouse scores of the built site',
    pattern: /^pnpm --dir site run lighthouse$/,
    async check(line) {
      const result = await run(line, userEnv({ LIGHTHOUSE_TEMPLATES: 'home' }));
      expect(result.code, explain(line, result)).toBe(0);
      expect(result.stdout).toMatch(/^\| home \| `\/` \| \d+ \| \d+ \| \d+ \| \d+ \|/m);
    },
  },
  {
    name: 'preview renderer',
    pattern: /^pnpm --dir site build:preview$/,
    async check(line) {
      const result = await run(line);
      expect(result.code, explain(line, result)).toBe(0);
      expect(result.stdout).toContain('site: preview renderer built into dist-preview');
    },
  },
  {
    // The test runner itself is npm test's business (and would run this very file): `vitest list`
    // with the same pnpm, package, project and files shows the command finds what it names.
    name: 'test suites (listed, not run)',
    pattern: /^(?:[A-Z_]+=\S+ )*pnpm --dir cms exec vitest run --project \w+/,
    async check(line) {
      const listed = line.replace(' exec vitest run ', ' exec vitest list ');
      const result = await run(listed);
      expect(result.code, explain(listed, result)).toBe(0);
      const project = /--project (\w+)/.exec(line)![1]!;
      const files = line.split(' ').filter((word) => word.endsWith('.test.ts'));
      expect(result.stdout).toContain(`[${project}] `);
      for (const file of files) expect(result.stdout).toContain(`[${project}] ${file} > `);
    },
  },
];

const documented: DocumentedCommand[] = [...readmeCommands(), ...bannerCommands()];
const byCommand = new Map<string, string[]>();
for (const { command, where } of documented) byCommand.set(command, [...(byCommand.get(command) ?? []), where]);
const caseOf = (command: string) => CASES.findIndex((commandCase) => commandCase.pattern.test(command));
/*
 * README offers `npx pnpm@<pinned>` for the CMS's commands, and their second run must reuse the secrets the first wrote.
 * The site's commands read no secrets: run through npx they would build the same site again for nothing new.
 */
const alsoThroughNpx = (command: string) => /\bpnpm --dir cms\b/.test(command);
const runnable = [...byCommand.keys()].filter((command) => caseOf(command) >= 0).sort((a, b) => caseOf(a) - caseOf(b));

describe.runIf(process.env.TEST_DATABASE !== 'postgres')('the commands README.md and npm start print', () => {
  it('finds them, and runs every one of them', () => {
    expect(runnable.length).toBeGreaterThan(8);
    expect(documented.some(({ where }) => where === 'npm start banner')).toBe(true);
    const uncovered = [...byCommand].filter(([command]) => caseOf(command) < 0).map(([command, where]) => `${where.join(', ')}: ${command}`);
    expect(uncovered, 'printed, but this test does not run them: add a case').toEqual([]);
  });

  for (const command of runnable) {
    it(
      `${command}   (${byCommand.get(command)!.join(', ')}; ${CASES[caseOf(command)]!.name})`,
      async () => {
        await CASES[caseOf(command)]!.check(command, 'pnpm');
        if (alsoThroughNpx(command)) await CASES[caseOf(command)]!.check(throughNpx(command), 'npx');
      },
      4 * COMMAND_TIMEOUT,
    );
  }
});

/*
 * README's docker compose commands run inside the CMS's image, in cms/, where
 * there is npm but no pnpm. They run the package's scripts too, by name, as
 * the pnpm commands do: a file of scripts/ named by hand (the token command
 * was once `npx tsx scripts/token.ts`) goes stale when the script changes.
 */
describe.runIf(process.env.TEST_DATABASE !== 'postgres')('the docker compose commands README.md prints', () => {
  const readme = readFileSync(path.join(CMS_DIR, '..', 'README.md'), 'utf8');
  const commands = [...readme.matchAll(/`docker compose exec cms ([^`]+)`/g)].map((match) => match[1]!);
  const scripts = Object.keys((JSON.parse(readFileSync(path.join(CMS_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

  it('finds them', () => {
    expect(commands.length).toBeGreaterThan(0);
  });

  for (const command of commands) {
    it(
      `docker compose exec cms ${command}: runs a script of cms/package.json and prints the site build token`,
      async () => {
        const script = /^npm run (?:--silent )?([\w:-]+)$/.exec(command)?.[1];
        expect(scripts, `${command}: not \`npm run [--silent] <a script of cms/package.json>\``).toContain(script);
        // As the image runs it: in cms/, configured as the CMS it serves (here the test's).
        const result = await runShell(command, { cwd: path.join(clone, 'cms'), env: userEnv(testCmsConfig()), timeoutMs: COMMAND_TIMEOUT });
        expect(result.code, explain(command, result)).toBe(0);
        expect(result.stdout.trim(), explain(command, result)).toMatch(/^[0-9a-f]{256}$/);
      },
      COMMAND_TIMEOUT,
    );
  }
});

describe.runIf(process.env.TEST_DATABASE !== 'postgres')('the importer from the command line', () => {
  it('reads paths from where the user stands, names each bad file and line, and exits 1', async () => {
    const here = path.join(parent, 'somewhere');
    mkdirSync(here, { recursive: true });
    writeFileSync(path.join(here, 'good.txt'), 'Hội LHPN xã Tân Lập ra mắt mô hình mới\n21/11/2023\nSapo.\nĐoạn một.\nKim Quế\n');
    writeFileSync(path.join(here, 'bad.txt'), 'Không có ngày\nSapo.\nĐoạn.\n');
    const line = `pnpm --dir ${path.join(clone, 'cms')} import-articles --dry-run good.txt bad.txt missing.txt`;
    const result = await runShell(line, { cwd: here, env: userEnv(), timeoutMs: COMMAND_TIMEOUT });
    expect(result.code, explain(line, result)).toBe(1);
    expect(result.stdout).toMatch(/^✓ good\.txt: \/hoi-lhpn-xa-tan-lap-ra-mat-mo-hinh-moi \(dry run: nothing written\)$/m);
    expect(result.stdout).toContain('author: Kim Quế | captions: 0');
    expect(result.stdout).toMatch(/^✗ bad\.txt:2: expected the date line/m);
    expect(result.stderr).toContain('✗ missing.txt: no such file or folder');
    expect(result.stdout).toMatch(/^Dry run: 1 read, 2 failed; nothing was written\.$/m);
  });

  it('refuses an unknown option and an unknown token name, naming them', async () => {
    const option = await run('pnpm --dir cms import-articles --force b.txt');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('✗ unknown option --force');
    const token = await run('pnpm --dir cms api-token admin');
    expect(token.code).toBe(1);
    expect(token.stderr).toContain('Unknown token "admin"');
  });
});

describe.runIf(process.env.TEST_DATABASE !== 'postgres')('script names', () => {
  /* pnpm runs its own command when one has the script's name: `pnpm import` makes a lockfile, `pnpm token` calls npm's. */
  it(
    `no script of cms/ or site/ is shadowed by a command of pnpm ${PINNED_PNPM}`,
    async () => {
      const names = ['cms', 'site'].flatMap((dir) =>
        Object.keys((JSON.parse(readFileSync(path.join(CMS_DIR, '..', dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts),
      );
      const probe = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-script-names-'));
      // The pinned pnpm: the one on PATH when it is that version (as npm start decides), else through npx.
      const onPath = await runShell('pnpm --version', { cwd: probe, env: userEnv(), timeoutMs: 60_000 });
      const pnpm = onPath.stdout.trim() === PINNED_PNPM ? 'pnpm' : `npx pnpm@${PINNED_PNPM}`;
      try {
        const scripts = Object.fromEntries(names.map((name) => [name, `node -e "console.log('script ${name} ran')"`]));
        writeFileSync(path.join(probe, 'package.json'), JSON.stringify({ name: 'probe', private: true, scripts }));
        const shadowed: string[] = [];
        for (const name of names) {
          // The bare form, `pnpm <name>` typed inside the package; an npm command pnpm hands on must not reach the registry from a test.
          const result = await runShell(`${pnpm} ${name}`, {
            cwd: probe,
            env: userEnv({ npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0', npm_config_fetch_timeout: '2000' }),
            timeoutMs: 60_000,
          });
          if (!result.stdout.includes(`script ${name} ran`))
            shadowed.push(`${name}: ${(result.stdout + result.stderr).trim().split('\n').slice(-2).join(' ')}`);
        }
        expect(shadowed).toEqual([]);
      } finally {
        rmSync(probe, { recursive: true, force: true });
      }
    },
    10 * 60_000,
  );
});

/*
 * `npm test` and README print one command that formats the tree. Run as printed on the fresh clone, it formats what
 * is out of shape and leaves alone what .prettierignore keeps out: components (whose markup readers get) and the
 * schema the CMS test compares byte for byte.
 */
describe.runIf(process.env.TEST_DATABASE !== 'postgres')('the formatting command README.md and npm test print', () => {
  const FORMAT = 'pnpm exec prettier --write .';
  const PLANTED = path.join('packages', 'vietnamese', 'src', 'planted-by-test.ts');
  const UNTOUCHED = [path.join('site', 'src', 'components', 'SiteHeader.astro'), path.join('packages', 'content', 'schema.graphql')];

  it('is printed by both', () => {
    expect(readFileSync(path.join(REPO_DIR, 'README.md'), 'utf8')).toContain(`\`${FORMAT}\``);
    expect(readFileSync(path.join(REPO_DIR, 'packages', 'tooling', 'bin', 'run.mjs'), 'utf8')).toContain(`: ${FORMAT} formats them`);
  });

  it(
    `${FORMAT}: formats a badly laid out file, then --check passes, and ignored files stay byte for byte`,
    async () => {
      writeFileSync(path.join(clone, PLANTED), 'export const planted = {a:1,\n  "b" : [ 1,2 ]}\n');
      for (const file of UNTOUCHED) writeFileSync(path.join(clone, file), `${readFileSync(path.join(clone, file), 'utf8')}\n\n\n`);
      const before = UNTOUCHED.map((file) => readFileSync(path.join(clone, file), 'utf8'));
      try {
        const result = await run(FORMAT);
        expect(result.code, explain(FORMAT, result)).toBe(0);
        expect(readFileSync(path.join(clone, PLANTED), 'utf8')).toBe('export const planted = { a: 1, b: [1, 2] };\n');
        expect(UNTOUCHED.map((file) => readFileSync(path.join(clone, file), 'utf8'))).toEqual(before);
        const check = await run('pnpm exec prettier --check .');
        expect(check.code, explain('pnpm exec prettier --check .', check)).toBe(0);
      } finally {
        rmSync(path.join(clone, PLANTED), { force: true });
        for (const file of UNTOUCHED) copyFileSync(path.join(REPO_DIR, file), path.join(clone, file));
      }
    },
    COMMAND_TIMEOUT,
  );
});
