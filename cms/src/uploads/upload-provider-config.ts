/**
 * Where the media library keeps files: the CMS's own disk (public/uploads,
 * the default, what `npm start` uses) or, with UPLOAD_PROVIDER=s3, a bucket
 * of any S3-compatible store (AWS, MinIO, Garage, Ceph, R2) through
 * @strapi/provider-upload-aws-s3. Image formats (thumbnail, small, medium,
 * large) go wherever the original goes.
 *
 * Media must be readable by anyone at a stable public URL: the site build
 * downloads every file it uses (packages/content/src/copy-media.ts) and
 * readers' browsers never see the bucket. So objects are not signed: a
 * private bucket (or S3_ACL=private) is refused here, since Strapi would
 * hand out links that expire after 15 minutes, or, with S3_PUBLIC_URL, links
 * that answer 403.
 */
import { CSP_DEFAULTS } from '@strapi/utils';

/** Strapi's env() helper, as cms/config receives it (only the plain form is used). */
export type Env = (name: string, fallback?: string) => string | undefined;

export interface S3UploadSettings {
  bucket: string;
  region: string;
  endpoint: string | null;
  forcePathStyle: boolean;
  accessKeyId: string;
  secretAccessKey: string;
  /** null: no ACL header (buckets with ACLs disabled, public through a bucket policy). */
  acl: 'public-read' | null;
  /** Where browsers and the site build read objects; the stored URLs start with it. */
  publicUrl: string;
}

export interface S3UploadProviderConfig {
  provider: 'aws-s3';
  providerOptions: {
    baseUrl: string;
    s3Options: {
      region: string;
      endpoint?: string;
      forcePathStyle: boolean;
      credentials: { accessKeyId: string; secretAccessKey: string };
      requestChecksumCalculation: 'WHEN_REQUIRED';
      responseChecksumValidation: 'WHEN_REQUIRED';
      params: { Bucket: string; ACL: 'public-read' | undefined };
    };
  };
}

export const DEFAULT_S3_REGION = 'us-east-1';

function fail(message: string): never {
  throw new Error(`Upload configuration: ${message}`);
}

function httpUrl(name: string, text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(`${name} must be an http:// or https:// URL, not "${text}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`${name} must be an http:// or https:// URL, not "${text}".`);
  if (url.search || url.hash) fail(`${name} must not have a query or fragment: "${text}".`);
  return url;
}

const withoutTrailingSlash = (url: URL) => url.href.replace(/\/+$/, '');

function bool(name: string, text: string, fallback: boolean): boolean {
  const lower = text.toLowerCase();
  if (!lower) return fallback;
  if (['true', '1', 'yes'].includes(lower)) return true;
  if (['false', '0', 'no'].includes(lower)) return false;
  return fail(`${name} must be true or false, not "${text}".`);
}

/** The S3 settings when UPLOAD_PROVIDER=s3, null for the local disk; throws, naming the variable, on anything missing or wrong. */
export function s3UploadSettings(env: Env): S3UploadSettings | null {
  const text = (name: string | undefined) => (name ?? '').trim();
  const provider = text(env('UPLOAD_PROVIDER')).toLowerCase();
  if (!provider || provider === 'local') return null;
  if (provider !== 's3') fail(`UPLOAD_PROVIDER must be "local" (the default) or "s3", not "${provider}".`);

  const given = {
    S3_BUCKET: text(env('S3_BUCKET')),
    S3_ACCESS_KEY_ID: text(env('S3_ACCESS_KEY_ID')),
    S3_SECRET_ACCESS_KEY: text(env('S3_SECRET_ACCESS_KEY')),
  };
  const missing = Object.entries(given).filter(([, value]) => !value);
  if (missing.length) fail(`UPLOAD_PROVIDER=s3 needs ${missing.map(([name]) => name).join(', ')}.`);
  const bucket = given.S3_BUCKET;
  const region = text(env('S3_REGION')) || DEFAULT_S3_REGION;
  const endpointText = text(env('S3_ENDPOINT'));
  const endpoint = endpointText ? withoutTrailingSlash(httpUrl('S3_ENDPOINT', endpointText)) : null;
  // MinIO, Garage and Ceph answer at one host with the bucket in the path; AWS wants it in the host name.
  const forcePathStyle = bool('S3_FORCE_PATH_STYLE', text(env('S3_FORCE_PATH_STYLE')), endpoint !== null);

  const aclText = text(env('S3_ACL'));
  let acl: S3UploadSettings['acl'] = null;
  if (aclText === 'public-read') acl = 'public-read';
  else if (aclText === 'private') {
    fail(
      'S3_ACL=private is not supported: the site build and readers need public URLs that do not expire. ' +
        'Make the bucket readable by anyone (a bucket policy, or S3_ACL=public-read where the bucket still uses ACLs).',
    );
  } else if (aclText && aclText !== 'none') {
    fail(`S3_ACL must be empty (no ACL sent: buckets with ACLs disabled, public by bucket policy) or "public-read", not "${aclText}".`);
  }

  const publicText = text(env('S3_PUBLIC_URL'));
  let publicUrl: string;
  if (publicText) publicUrl = withoutTrailingSlash(httpUrl('S3_PUBLIC_URL', publicText));
  else if (endpoint && forcePathStyle) publicUrl = `${endpoint}/${encodeURIComponent(bucket)}`;
  else if (endpoint) {
    const url = new URL(endpoint);
    url.hostname = `${bucket}.${url.hostname}`;
    publicUrl = withoutTrailingSlash(url);
  } else publicUrl = `https://${bucket}.s3.${region}.amazonaws.com`;

  return {
    bucket,
    region,
    endpoint,
    forcePathStyle,
    accessKeyId: given.S3_ACCESS_KEY_ID,
    secretAccessKey: given.S3_SECRET_ACCESS_KEY,
    acl,
    publicUrl,
  };
}

/** The upload plugin's provider settings, to merge into its config: nothing for the local disk (Strapi's default provider). */
export function uploadProviderConfig(env: Env): S3UploadProviderConfig | Record<string, never> {
  const s3 = s3UploadSettings(env);
  if (!s3) return {};
  return {
    provider: 'aws-s3',
    providerOptions: {
      // Always set, so stored URLs do not depend on what each store returns as Location, and are never signed.
      baseUrl: s3.publicUrl,
      s3Options: {
        region: s3.region,
        ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
        forcePathStyle: s3.forcePathStyle,
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
        // The SDK otherwise adds a CRC32 trailer to every upload (aws-chunked encoding), which some S3-compatible
        // stores keep inside the object, and checks checksums that some stores do not send.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        // ACL present even when undefined: the provider sends public-read unless the key is there, and buckets
        // with Object Ownership "bucket owner enforced" refuse any ACL (AccessControlListNotSupported, strapi#22280).
        params: { Bucket: s3.bucket, ACL: s3.acl ?? undefined },
      },
    },
  };
}

/** The origin the admin loads media from when they are in a bucket, null for the local disk (same origin as the admin). */
export function mediaOrigin(env: Env): string | null {
  const s3 = s3UploadSettings(env);
  return s3 ? new URL(s3.publicUrl).origin : null;
}

/**
 * strapi::security as configured in config/middlewares.ts: Strapi's own
 * (the plain name) for the local disk; with a bucket, its CSP also lets the
 * admin show images and play media from the bucket's origin, and fetch them
 * (the media library's download and crop).
 */
export function securityMiddleware(
  env: Env,
): 'strapi::security' | { name: 'strapi::security'; config: { contentSecurityPolicy: { useDefaults: true; directives: Record<string, string[]> } } } {
  const origin = mediaOrigin(env);
  if (!origin) return 'strapi::security';
  return {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        // Strapi fills a directive given here from its default index by index (lodash defaultsDeep): each lists the defaults in full, then the bucket.
        directives: Object.fromEntries(Object.entries(CSP_DEFAULTS).map(([directive, sources]) => [directive, [...sources, origin]])),
      },
    },
  };
}
