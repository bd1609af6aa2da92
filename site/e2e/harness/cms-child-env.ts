import { randomBytes } from 'node:crypto';

const secret = () => randomBytes(24).toString('base64');

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
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
}
