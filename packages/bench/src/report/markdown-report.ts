import type { BenchResult, Machine } from './bench-result.js';
import type { Summary } from './stats.js';
import { checkTargets, PUBLISH_RATIO_GOAL, publishRatios, TARGET_ARTICLES, verdict } from './targets.js';
import { formatBytes, formatCount, formatSeconds } from './units.js';

/* Markdown for the terminal and for the README: one column per measured size, figures as median (min–max). */

function table(header: string[], rows: string[][]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [`| ${header.map(escape).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`)].join(
    '\n',
  );
}

/** "12.3 s (11.9–13.0 s)": the median, then the spread when there was more than one run. */
export function spread(summary: Summary, format: (value: number) => string): string {
  if (summary.values.length < 2 || summary.min === summary.max) return format(summary.median);
  return `${format(summary.median)} (${format(summary.min)}–${format(summary.max)})`;
}

const columnTitle = (result: BenchResult) => `${formatCount(result.articles)} articles, ${result.database === 'postgres' ? 'PostgreSQL' : 'SQLite'}`;

/** The main table: every figure per size, each target with its verdict per size. */
export function resultsTable(results: BenchResult[]): string {
  const checks = results.map(checkTargets);
  const targetRows = checks[0]!.map((check, index) => [
    `**${check.figure}**`,
    check.target,
    ...checks.map((perResult) => `${perResult[index]!.measured}: **${verdict(perResult[index]!.met)}**`),
  ]);
  const phase = (name: string) => (result: BenchResult) => (result.build.phases[name] ? spread(result.build.phases[name]!, formatSeconds) : 'n/a');
  const detail = (label: string, cell: (result: BenchResult) => string) => [label, '', ...results.map(cell)];
  const rows = [
    ...targetRows,
    detail('seeding: all types + images, total', (result) => spread(result.seeding.totalMs, formatSeconds)),
    detail('seeding: articles/s, spread', (result) => spread(result.seeding.articlesPerSecond, (value) => formatCount(value))),
    detail('CMS peak memory (boot + seed)', (result) => spread(result.seeding.cmsPeakBytes, formatBytes)),
    detail('fetch: wall time, spread', (result) => spread(result.fetch.wallMs, formatSeconds)),
    detail('fetch: peak memory', (result) => spread(result.fetch.peakBytes, formatBytes)),
    detail('build: wall time, spread', (result) => spread(result.build.wallMs, formatSeconds)),
    detail('build: peak memory (process tree)', (result) => spread(result.build.peakBytes, formatBytes)),
    detail('build phase: fetch', phase('fetch')),
    detail('build phase: media copy', phase('media')),
    detail('build phase: render (Astro)', phase('render')),
    detail('build phase: search index', phase('search')),
    detail('build phase: verify + swap', (result) => {
      const verify = result.build.phases.verify?.median ?? 0;
      const swap = result.build.phases.swap?.median ?? 0;
      return formatSeconds(verify + swap);
    }),
    detail('full build from the content snapshot: wall time', (result) =>
      result.build.fromSnapshot ? spread(result.build.fromSnapshot.wallMs, formatSeconds) : 'n/a',
    ),
    detail('full build from the content snapshot: peak memory', (result) =>
      result.build.fromSnapshot ? spread(result.build.fromSnapshot.peakBytes, formatBytes) : 'n/a',
    ),
    detail('full build from the content snapshot: of which the fetch', (result) =>
      result.build.fromSnapshot ? spread(result.build.fromSnapshot.fetchMs, formatSeconds) : 'n/a',
    ),
    detail('publish-to-live, new article: of which the build', (result) => (result.publish ? spread(result.publish.buildMs, formatSeconds) : 'n/a')),
    detail('publish-to-live, title edit: of which the build', (result) =>
      result.publish?.edits?.['title edit'] ? spread(result.publish.edits['title edit'].buildMs, formatSeconds) : 'n/a',
    ),
    detail('publish-to-live, unpublish: of which the build', (result) =>
      result.publish?.edits?.unpublish ? spread(result.publish.edits.unpublish.buildMs, formatSeconds) : 'n/a',
    ),
    ...(['new article', 'title edit', 'unpublish'] as const).map((edit) =>
      detail(`publish-to-live, ${edit}: until the checks saw it`, (result) => {
        const seen = result.publish?.edits?.[edit]?.seenMs;
        return seen ? spread(seen, formatSeconds) : 'n/a';
      }),
    ),
    detail('publish-to-live: of which the debounce', (result) => (result.publish ? formatSeconds(result.publish.debounceMs) : 'n/a')),
    ...(['new article', 'title edit', 'unpublish'] as const).map((edit) =>
      detail(`publish-to-live, ${edit}: the build's phases`, (result) => {
        const figures = result.publish?.edits?.[edit];
        if (!figures?.phases) return 'n/a';
        const phases = Object.entries(figures.phases)
          .map(([phase, ms]) => `${phase} ${formatSeconds(ms)}`)
          .join(', ');
        return figures.routes ? `${phases}; ${formatCount(figures.routes.rendered)} routes rendered, ${formatCount(figures.routes.reused)} reused` : phases;
      }),
    ),
    detail('pages written', (result) => formatCount(result.build.pages)),
    detail('output size (files)', (result) => `${formatBytes(result.build.outputBytes)} (${formatCount(result.build.files)} files)`),
    detail('runs', (result) => String(result.runs)),
  ];
  return table(['figure', `target (${formatCount(TARGET_ARTICLES)} articles, 2 cores)`, ...results.map(columnTitle)], rows);
}

/** Page weight per template, for one result. */
export function pageWeightTable(result: BenchResult): string {
  const pair = (raw: number, gzip: number) => (raw === 0 ? '0' : `${formatBytes(raw)} / ${formatBytes(gzip)}`);
  return table(
    ['template', 'page measured', 'HTML raw / gzip', 'CSS raw / gzip', 'JS raw / gzip', 'fonts', 'HTML+CSS gzip', 'total gzip'],
    result.pageWeights.map((weight) => [
      weight.template,
      `\`${weight.path.length > 48 ? `${weight.path.slice(0, 45)}…` : weight.path}\` (of ${formatCount(weight.pages)})`,
      pair(weight.html.raw, weight.html.gzip),
      pair(weight.css.raw, weight.css.gzip),
      pair(weight.js.raw, weight.js.gzip),
      weight.fonts.files === 0 ? '0' : `${weight.fonts.files} files, ${formatBytes(weight.fonts.raw)}`,
      formatBytes(weight.htmlCssGzip),
      formatBytes(weight.totalGzip),
    ]),
  );
}

export function machineLine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, ${formatBytes(machine.memoryBytes)} RAM, Node ${machine.node}, ${machine.os}`;
}

/** The whole report: machine, results table, page weights of the largest size. */
export function markdownReport(results: BenchResult[]): string {
  if (results.length === 0) return '_No results yet._';
  const largest = [...results].sort((a, b) => b.articles - a.articles)[0]!;
  const dates = [...new Set(results.map((result) => result.startedAt.slice(0, 10)))].join(', ');
  return [
    `Measured ${dates} on ${machineLine(largest.machine)}.`,
    'Figures are medians of the runs, with (min–max) when they differ; verdicts compare the median with the target. Decimal units: 1 KB = 1,000 bytes, 1 GB = 10⁹ bytes.',
    ...(results.some((result) => result.articles === TARGET_ARTICLES)
      ? []
      : [`No result at ${formatCount(TARGET_ARTICLES)} articles yet: the verdicts hold smaller sizes to the ${formatCount(TARGET_ARTICLES)}-article targets.`]),
    '',
    resultsTable(results),
    ...ratioLines(results),
    '',
    `Page weight per template at ${formatCount(largest.articles)} articles (${largest.database === 'postgres' ? 'PostgreSQL' : 'SQLite'}), the median-sized page of each template:`,
    '',
    pageWeightTable(largest),
    ...notesList(results),
  ].join('\n');
}

/** How publish-to-live grows with the archive, per edit, against the goal. */
function ratioLines(results: BenchResult[]): string[] {
  const ratios = publishRatios(results);
  if (ratios.length === 0) return [];
  const [first] = ratios;
  const parts = ratios.map(({ edit, ratio }) => `${edit} ${ratio.toFixed(2)}${ratio <= PUBLISH_RATIO_GOAL ? '' : ' (over)'}`);
  return [
    '',
    `Publish-to-live at ${formatCount(first!.large)} articles divided by ${formatCount(first!.small)} (goal ≤ ${PUBLISH_RATIO_GOAL}): ${parts.join(', ')}.`,
  ];
}

/** Anything that went wrong during the runs, so no figure hides a retry or a missing measurement. */
function notesList(results: BenchResult[]): string[] {
  const notes = results.flatMap((result) => (result.notes ?? []).map((note) => `- ${formatCount(result.articles)} articles: ${note}`));
  return notes.length === 0 ? [] : ['', 'Notes:', '', ...notes];
}
