// JSON, not a TypeScript list: scripts/lib/environment.mjs runs before anything is compiled and the test harness (@hoilhpn/testing) reads the same file.
import STRAPI_SECRETS from './strapi-secrets.json';

/** Every secret Strapi needs, under the environment variable names Strapi documents. */
export const REQUIRED_SECRETS: readonly string[] = STRAPI_SECRETS;

/* Values copied from .env.example (or Strapi's own template) are public knowledge. */
const EXAMPLE_VALUE = /tobemodified|changeme|change-me|example|secret$/i;

export type SecretProblem = { name: string; problem: 'missing' | 'example value' };

export function findSecretProblems(environment: NodeJS.ProcessEnv): SecretProblem[] {
  const problems: SecretProblem[] = [];
  for (const name of REQUIRED_SECRETS) {
    const value = environment[name]?.trim();
    if (!value) {
      problems.push({ name, problem: 'missing' });
    } else if (value.split(',').some((part) => EXAMPLE_VALUE.test(part.trim()) || part.trim() === '')) {
      problems.push({ name, problem: 'example value' });
    }
  }
  return problems;
}

/**
 * Production must not start on secrets that are absent or copied from an example:
 * sessions and API tokens signed with them could be forged.
 */
export function assertProductionSecrets(environment: NodeJS.ProcessEnv = process.env): void {
  if (environment.NODE_ENV !== 'production') return;
  const problems = findSecretProblems(environment);
  if (problems.length === 0) return;
  const list = problems.map(({ name, problem }) => `${name} (${problem})`).join(', ');
  throw new Error(
    `Refusing to start in production: set these environment variables to fresh random values: ${list}. ` +
      "Generate each with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"",
  );
}
