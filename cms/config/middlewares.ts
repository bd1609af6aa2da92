import type { Core } from '@strapi/strapi';
import { securityMiddleware } from '../src/uploads/upload-provider-config';

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  'strapi::errors',
  // Strapi's own, plus the media bucket's origin in the admin's CSP when files are in S3.
  securityMiddleware(env),
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'global::read-only-public-api',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
