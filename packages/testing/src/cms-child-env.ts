import { testSecrets } from './secrets.js';

/**
 * The environment of a CMS started as a child process for tests and the
 * benchmark: test mode on loopback, no cms/.env (`envPath` names a file that
 * does not exist) and every secret fresh for this run.
 */
export function cmsChildEnv({ port, envPath }: { port: number; envPath: string }): Record<string, string | undefined> {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    ENV_PATH: envPath,
    ...testSecrets(),
  };
}
