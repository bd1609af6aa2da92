import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** The Nu HTML Checker (the W3C validator's engine), from the npm registry's vnu-jar; it runs on Java 8 or later. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

export const hasJava = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;

if (!hasJava) {
  const message = 'HTML checker: no java on PATH (apt-get install default-jre-headless)';
  if (process.env.REQUIRE_JAVA === '1') throw new Error(message);
  console.warn(`⚠ SKIPPED ${message}`);
}

export interface CheckerMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/** Every error the checker finds in the HTML files under a folder (it walks it itself). */
export function htmlErrors(dir: string): CheckerMessage[] {
  const result = spawnSync('java', ['-Xss8m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', dir], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  // It writes its report to stderr and exits 1 when it found errors.
  let report: { messages?: CheckerMessage[] };
  try {
    report = JSON.parse(result.stderr) as { messages?: CheckerMessage[] };
  } catch {
    throw new Error(`the HTML checker did not answer JSON (exit ${result.status}):\n${result.stderr.slice(0, 2000)}`);
  }
  return (report.messages ?? []).filter((message) => message.type === 'error' || message.type === 'non-document-error');
}
