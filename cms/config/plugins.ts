import type { Core } from '@strapi/strapi';
import { forbiddenStatusPlugin } from '../src/graphql/forbidden-status-plugin';
import { offlineLandingPage } from '../src/graphql/offline-landing-page';
import { refuseMutationsPlugin } from '../src/graphql/refuse-mutations-plugin';
import { emailPluginConfig } from '../src/email/email-config';
import { uploadPluginConfig } from '../src/uploads/allowed-uploads';
import { uploadProviderConfig } from '../src/uploads/upload-provider-config';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const production = env('NODE_ENV') === 'production';
  return {
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // Lists are capped silently at maxLimit: the site's client pages until the reported total.
        defaultLimit: 25,
        maxLimit: 100,
        depthLimit: 10,
        landingPage: () => offlineLandingPage,
        apolloServer: {
          introspection: !production,
          // Strapi logs the error; a client never needs the server's stack.
          includeStacktraceInErrorResponses: false,
          plugins: [refuseMutationsPlugin, forbiddenStatusPlugin],
        },
      },
    },
    // Strapi's own file check and size cap, from the portal's allow-list (src/uploads/restrict-uploads.ts screens first, in Vietnamese).
    // Files on the CMS's disk, or in an S3-compatible bucket with UPLOAD_PROVIDER=s3 (src/uploads/upload-provider-config.ts).
    upload: { config: { ...uploadPluginConfig(), ...uploadProviderConfig(env) } },
    email: { config: emailPluginConfig(env) },
    'users-permissions': {
      config: {
        jwtSecret: env('JWT_SECRET'),
        register: { allowedFields: [] },
      },
    },
  };
};
