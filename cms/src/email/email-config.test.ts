import { describe, expect, it } from 'vitest';
import { DEFAULT_EMAIL_FROM, emailPluginConfig, reportMailRelay } from './email-config';

/** Strapi's env() helper over a plain object, as cms/config receives it. */
function envOf(values: Record<string, string>) {
  const env = (name: string, fallback?: string) => values[name] ?? fallback;
  env.int = (name: string, fallback?: number) => (values[name] === undefined ? fallback : Number(values[name]));
  env.bool = (name: string, fallback?: boolean) => (values[name] === undefined ? fallback : values[name] === 'true');
  return env;
}

describe('emailPluginConfig', () => {
  it("sends nothing without an SMTP relay (never the sendmail default, which connects out to the recipient's server)", () => {
    expect(emailPluginConfig(envOf({}))).toEqual({
      provider: 'nodemailer',
      providerOptions: { jsonTransport: true },
      settings: { defaultFrom: DEFAULT_EMAIL_FROM, defaultReplyTo: DEFAULT_EMAIL_FROM },
    });
  });

  it("uses the Union's relay when SMTP_HOST is set, with its port, TLS and login", () => {
    const config = emailPluginConfig(
      envOf({
        SMTP_HOST: 'smtp.hoilhpn.vn',
        SMTP_PORT: '465',
        SMTP_SECURE: 'true',
        SMTP_USERNAME: 'cms',
        SMTP_PASSWORD: 'mật-khẩu',
        EMAIL_FROM: 'cms@hoilhpn.vn',
      }),
    );
    expect(config.providerOptions).toEqual({ host: 'smtp.hoilhpn.vn', port: 465, secure: true, auth: { user: 'cms', pass: 'mật-khẩu' } });
    // On 587 a password is sent only after STARTTLS, which a man in the middle cannot strip.
    expect(emailPluginConfig(envOf({ SMTP_HOST: 'relay.local', SMTP_USERNAME: 'cms', EMAIL_FROM: 'cms@hoilhpn.vn' })).providerOptions).toMatchObject({
      secure: false,
      requireTLS: true,
    });
    expect(config.settings).toEqual({ defaultFrom: 'cms@hoilhpn.vn', defaultReplyTo: 'cms@hoilhpn.vn' });
    expect(emailPluginConfig(envOf({ SMTP_HOST: 'relay.local', EMAIL_FROM: 'cms@hoilhpn.vn' })).providerOptions).toEqual({
      host: 'relay.local',
      port: 587,
      secure: false,
    });
    expect(() => emailPluginConfig(envOf({ SMTP_HOST: 'relay.local' }))).toThrow('EMAIL_FROM');
  });

  it('warns once in production when no relay is set, never in development', () => {
    const warnings: string[] = [];
    const log = { warn: (message: string) => warnings.push(message) };
    expect(reportMailRelay(log, { NODE_ENV: 'development' })).toBe(false);
    expect(reportMailRelay(log, { NODE_ENV: 'production', SMTP_HOST: 'relay.local' })).toBe(false);
    expect(reportMailRelay(log, { NODE_ENV: 'production' })).toBe(true);
    expect(warnings).toEqual([expect.stringContaining('SMTP_HOST is not set')]);
  });
});
