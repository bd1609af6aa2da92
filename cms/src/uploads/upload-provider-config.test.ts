import { describe, expect, it } from 'vitest';
import { mediaOrigin, securityMiddleware, uploadProviderConfig } from './upload-provider-config';

/** Strapi's env() helper over a plain object, as cms/config receives it. */
const envOf = (values: Record<string, string>) => (name: string, fallback?: string) => values[name] ?? fallback;

const MINIO = {
  UPLOAD_PROVIDER: 's3',
  S3_BUCKET: 'hoilhpn-media',
  S3_ENDPOINT: 'http://minio:9000/',
  S3_ACCESS_KEY_ID: 'cms',
  S3_SECRET_ACCESS_KEY: 'bí-mật-đủ-dài',
  S3_PUBLIC_URL: 'http://localhost:9000/hoilhpn-media/',
};

describe('uploadProviderConfig', () => {
  it('keeps Strapi’s local disk (no provider setting at all) when UPLOAD_PROVIDER is unset, empty or "local", whatever S3_* says', () => {
    for (const values of [{}, { UPLOAD_PROVIDER: '' }, { UPLOAD_PROVIDER: 'local' }, { S3_BUCKET: 'x', S3_ENDPOINT: 'http://minio:9000' }] as Record<
      string,
      string
    >[]) {
      expect(uploadProviderConfig(envOf(values))).toEqual({});
      expect(mediaOrigin(envOf(values))).toBeNull();
      expect(securityMiddleware(envOf(values))).toBe('strapi::security');
    }
  });

  it('configures the S3 provider for MinIO: endpoint, path style, credentials, public base URL, no ACL header, checksums only when required', () => {
    expect(uploadProviderConfig(envOf(MINIO))).toEqual({
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: 'http://localhost:9000/hoilhpn-media',
        s3Options: {
          region: 'us-east-1',
          endpoint: 'http://minio:9000',
          forcePathStyle: true,
          credentials: { accessKeyId: 'cms', secretAccessKey: 'bí-mật-đủ-dài' },
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
          params: { Bucket: 'hoilhpn-media', ACL: undefined },
        },
      },
    });
  });

  it('keeps the ACL key present though empty, so the provider does not add public-read (refused by buckets with ACLs disabled, strapi#22280)', () => {
    const { params } = (uploadProviderConfig(envOf(MINIO)) as any).providerOptions.s3Options;
    expect('ACL' in params).toBe(true);
    expect((uploadProviderConfig(envOf({ ...MINIO, S3_ACL: 'none' })) as any).providerOptions.s3Options.params.ACL).toBeUndefined();
    expect((uploadProviderConfig(envOf({ ...MINIO, S3_ACL: 'public-read' })) as any).providerOptions.s3Options.params.ACL).toBe('public-read');
  });

  it('refuses a private ACL or any other, since the site build needs public URLs that do not expire', () => {
    expect(() => uploadProviderConfig(envOf({ ...MINIO, S3_ACL: 'private' }))).toThrow(/S3_ACL=private is not supported/);
    expect(() => uploadProviderConfig(envOf({ ...MINIO, S3_ACL: 'authenticated-read' }))).toThrow(/S3_ACL must be empty .* or "public-read"/);
  });

  it('derives the public base URL when S3_PUBLIC_URL is unset: path style under the endpoint, else the bucket’s host, else AWS', () => {
    const base = (values: Record<string, string>) => (uploadProviderConfig(envOf(values)) as any).providerOptions.baseUrl;
    const { S3_PUBLIC_URL: _, ...minio } = MINIO;
    expect(base(minio)).toBe('http://minio:9000/hoilhpn-media');
    expect(base({ ...minio, S3_ENDPOINT: 'https://abc123.r2.cloudflarestorage.com', S3_FORCE_PATH_STYLE: 'false' })).toBe(
      'https://hoilhpn-media.abc123.r2.cloudflarestorage.com',
    );
    const { S3_ENDPOINT: __, ...aws } = minio;
    expect(base({ ...aws, S3_REGION: 'ap-southeast-1' })).toBe('https://hoilhpn-media.s3.ap-southeast-1.amazonaws.com');
    const awsOptions = (uploadProviderConfig(envOf(aws)) as any).providerOptions.s3Options;
    expect([awsOptions.endpoint, awsOptions.forcePathStyle, awsOptions.region]).toEqual([undefined, false, 'us-east-1']);
  });

  it('reads S3_FORCE_PATH_STYLE strictly', () => {
    const pathStyle = (flag: string) => (uploadProviderConfig(envOf({ ...MINIO, S3_FORCE_PATH_STYLE: flag })) as any).providerOptions.s3Options.forcePathStyle;
    expect([pathStyle('true'), pathStyle('1'), pathStyle('false'), pathStyle('0'), pathStyle('')]).toEqual([true, true, false, false, true]);
    expect(() => pathStyle('ja')).toThrow('S3_FORCE_PATH_STYLE must be true or false, not "ja".');
  });

  it('names what is missing or wrong, and never the secret', () => {
    expect(() => uploadProviderConfig(envOf({ UPLOAD_PROVIDER: 's3' }))).toThrow('UPLOAD_PROVIDER=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY.');
    expect(() => uploadProviderConfig(envOf({ ...MINIO, S3_SECRET_ACCESS_KEY: ' ' }))).toThrow('UPLOAD_PROVIDER=s3 needs S3_SECRET_ACCESS_KEY.');
    expect(() => uploadProviderConfig(envOf({ ...MINIO, UPLOAD_PROVIDER: 'minio' }))).toThrow(
      'UPLOAD_PROVIDER must be "local" (the default) or "s3", not "minio".',
    );
    expect(() => uploadProviderConfig(envOf({ ...MINIO, S3_ENDPOINT: 'minio:9000' }))).toThrow(/S3_ENDPOINT must be an http:\/\/ or https:\/\/ URL/);
    expect(() => uploadProviderConfig(envOf({ ...MINIO, S3_PUBLIC_URL: 'https://cdn.example/media?x=1' }))).toThrow(/S3_PUBLIC_URL must not have a query/);
    try {
      uploadProviderConfig(envOf({ ...MINIO, S3_ACL: 'private' }));
    } catch (error) {
      expect((error as Error).message).not.toContain(MINIO.S3_SECRET_ACCESS_KEY);
    }
  });
});

describe('securityMiddleware', () => {
  it('lets the admin show, play and fetch media from the public base URL’s origin, keeping Strapi’s defaults', () => {
    const middleware = securityMiddleware(envOf({ ...MINIO, S3_PUBLIC_URL: 'https://media.hoilhpn.vn/anh' }));
    expect(middleware).toEqual({
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            'connect-src': ["'self'", 'https:', 'https://media.hoilhpn.vn'],
            'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', 'https://media.hoilhpn.vn'],
            'media-src': ["'self'", 'data:', 'blob:', 'https://media.hoilhpn.vn'],
          },
        },
      },
    });
    expect(mediaOrigin(envOf(MINIO))).toBe('http://localhost:9000');
  });
});
