import type { Core } from '@strapi/strapi';
import { assertProductionSecrets } from '../src/environment/required-secrets';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  assertProductionSecrets();
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    app: { keys: env.array('APP_KEYS') },
    // The update check calls the npm registry: this portal never reaches the internet at run time.
    logger: { updates: { enabled: false } },
  };
};
