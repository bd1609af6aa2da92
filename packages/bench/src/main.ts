/*
 * `npm run bench`: for each content size, seeds a real CMS on a fresh
 * database, measures seeding, fetching, the full build, publish-to-live and
 * page weight, writes results/<date>-<N>.json, prints the Markdown table and
 * keeps the README's table current.
 */
import { markdownReport } from './report/markdown-report.js';
import { runPendingCleanups } from './cleanup.js';
import { stopAllChildren } from './measure/child-processes.js';
import { parseOptions, USAGE } from './options.js';
import { README_FILE, RESULTS_DIR } from './paths.js';
import type { BenchResult } from './report/bench-result.js';
import { updateReadme } from './report/readme-section.js';
import { latestResults, readResults, writeResult } from './report/results-store.js';
import { benchmarkSize } from './run-size.js';

const log = (line: string) => console.error(`bench: ${line}`);

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (options.reportOnly) {
    const report = markdownReport(latestResults(readResults(RESULTS_DIR)));
    console.log(report);
    if (options.readme) updateReadme(README_FILE, report);
    return 0;
  }
  log(`sizes ${options.sizes.join(', ')} articles, ${options.runs} run(s) each, ${options.database}${options.publish ? '' : ', no publish-to-live'}`);
  const results: BenchResult[] = [];
  for (const articles of options.sizes) {
    const result = await benchmarkSize(articles, options, log);
    log(`wrote ${writeResult(RESULTS_DIR, result)}`);
    results.push(result);
    // After each size, so a failure at 10,000 articles still leaves the 1,000 figures in the README.
    if (options.readme) {
      updateReadme(README_FILE, markdownReport(latestResults(readResults(RESULTS_DIR))));
      log(`updated ${README_FILE}`);
    }
  }
  console.log(`\n${markdownReport(results)}\n`);
  return 0;
}

// Ctrl-C or a kill must not leave a CMS, a build or a database behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the CMS and builds, removing the run's database and files`);
    void stopAllChildren()
      .then(runPendingCleanups)
      .finally(() => process.exit(130));
  });
}

try {
  process.exitCode = await main();
} catch (error) {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await stopAllChildren();
}
