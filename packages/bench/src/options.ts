import { parseArgs } from 'node:util';
import { DEFAULT_POSTGRES_URL } from './cms/bench-database.js';

export interface BenchOptions {
  /** Content sizes to measure, in published articles. */
  sizes: number[];
  runs: number;
  database: 'sqlite' | 'postgres';
  postgresUrl: string;
  publish: boolean;
  readme: boolean;
  /** Measure nothing: print the newest results and rewrite the README table from results/. */
  reportOnly: boolean;
  verbose: boolean;
  help: boolean;
}

export const DEFAULT_SIZES = [1_000, 10_000];
export const DEFAULT_RUNS = 3;

export const USAGE = `Usage: npm run bench -- [options]

  --articles <n>     articles to generate; repeat or comma-separate for several sizes
                     (default ${DEFAULT_SIZES.join(',')})
  --runs <n>         runs per size; figures are the median, with min and max (default ${DEFAULT_RUNS})
  --postgres         use a fresh PostgreSQL database per run instead of SQLite
  --postgres-url <u> server and admin database to create it from
                     (default $BENCH_POSTGRES_URL or ${DEFAULT_POSTGRES_URL})
  --no-publish       skip the publish-to-live measurement
  --no-readme        do not update the table in packages/bench/README.md
  --report-only      measure nothing; print the newest results and rewrite the README table
  --verbose          show the CMS's and the builds' output
  --help             this text`;

function positiveInteger(text: string, flag: string): number {
  const value = /^\d+(_\d{3})*$/.test(text) ? Number(text.replace(/_/g, '')) : Number.NaN;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} takes a positive whole number, got "${text}"`);
  return value;
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowNegative: true,
    options: {
      articles: { type: 'string', multiple: true },
      runs: { type: 'string' },
      postgres: { type: 'boolean', default: false },
      'postgres-url': { type: 'string' },
      publish: { type: 'boolean', default: true },
      readme: { type: 'boolean', default: true },
      'report-only': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  // "--articles 1000,10000" and "--articles 1000 --articles 10000" alike; "10_000" reads as ten thousand.
  const sizes = (values.articles ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => positiveInteger(value, '--articles'));
  return {
    sizes: sizes.length > 0 ? [...new Set(sizes)].sort((a, b) => a - b) : DEFAULT_SIZES,
    runs: values.runs === undefined ? DEFAULT_RUNS : positiveInteger(values.runs, '--runs'),
    database: values.postgres ? 'postgres' : 'sqlite',
    postgresUrl: values['postgres-url'] ?? env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_URL,
    publish: values.publish,
    readme: values.readme,
    reportOnly: values['report-only'],
    verbose: values.verbose,
    help: values.help,
  };
}
