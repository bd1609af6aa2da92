import { describe, expect, it } from 'vitest';
import { markdownReport, pageWeightTable, resultsTable, spread } from './markdown-report.js';
import { summarize } from './stats.js';
import { fakeResult } from '../test-support/fake-result.js';

const rows = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('|'));
const cells = (row: string) => row.slice(2, -2).split(' | ');

describe('resultsTable', () => {
  it('has one column per size after the figure and its target, and rows of equal width', () => {
    const table = resultsTable([fakeResult({ articles: 1_000 }), fakeResult()]);
    const lines = rows(table);
    expect(cells(lines[0]!)).toEqual(['figure', 'target (10,000 articles, 2 cores)', '1,000 articles, SQLite', '10,000 articles, SQLite']);
    expect(lines[1]).toBe('|---|---|---|---|');
    for (const line of lines.slice(2)) expect(cells(line)).toHaveLength(4);
  });

  it('gives each target a verdict in words, per size', () => {
    const table = resultsTable([fakeResult()]);
    const seeding = rows(table).find((line) => line.includes('**seeding**'))!;
    expect(cells(seeding)).toEqual(['**seeding**', '≥ 500 articles/s', '42 articles/s: **not met**']);
    expect(rows(table).find((line) => line.includes('**article page weight**'))).toContain('**met**');
  });

  it('shows the build phases and the spread of runs', () => {
    const table = resultsTable([fakeResult()]);
    expect(table).toContain('| build phase: render (Astro) |  | 15.0 s |');
    expect(table).toContain('| build: wall time, spread |  | 20.0 s (19.0 s–21.0 s) |');
  });
});

describe('spread', () => {
  it('leaves out min–max for one run or equal values', () => {
    expect(spread(summarize([3]), String)).toBe('3');
    expect(spread(summarize([3, 3]), String)).toBe('3');
    expect(spread(summarize([1, 3, 2]), String)).toBe('2 (1–3)');
  });
});

describe('pageWeightTable', () => {
  it('lists each template with raw and gzip sizes, 0 for no JavaScript', () => {
    const [, , article] = rows(pageWeightTable(fakeResult()));
    expect(cells(article!)).toEqual(['article', '`/tin-tuc/bai-mau/` (of 10,001)', '28.0 KB / 7.6 KB', '12.5 KB / 3.2 KB', '0', '0', '7.6 KB', '7.6 KB']);
  });
});

describe('markdownReport', () => {
  it('names the machine and the date', () => {
    expect(markdownReport([fakeResult()])).toMatch(/^Measured 2026-11-29 on Test CPU, 2 cores, 8\.00 GB RAM, Node 20\.20\.2, Linux\./);
  });

  it('says when the size the targets are set for has not been measured', () => {
    expect(markdownReport([fakeResult({ articles: 1_000 })])).toContain('No result at 10,000 articles yet');
    expect(markdownReport([fakeResult()])).not.toContain('No result at');
  });

  it('lists what went wrong during the runs', () => {
    const report = markdownReport([fakeResult({ publish: null, notes: ['publish-to-live failed: timed out'] })]);
    expect(report).toContain('- 10,000 articles: publish-to-live failed: timed out');
    expect(report).toContain('| **publish-to-live, one article** | ≤ 5 s | publish-to-live failed: timed out: **not measured** |');
  });

  it('escapes a pipe inside a cell', () => {
    const result = fakeResult();
    result.pageWeights[0]!.path = '/a|b/';
    expect(pageWeightTable(result)).toContain('`/a\\|b/`');
  });
});
