/**
 * Strapi sends mail for password resets (and invitations, when an
 * administrator asks it to). Its default provider, sendmail, looks up the
 * recipient's mail server and connects to it from the CMS itself: mail would
 * leave from a machine that is not a mail server, and in development it
 * would reach the internet. So: nodemailer through the Union's SMTP relay
 * when SMTP_HOST is set, else nodemailer's JSON transport, which builds the
 * message and sends nothing (invitation links are copied from the admin).
 */
export interface EmailPluginConfig {
  provider: 'nodemailer';
  providerOptions: Record<string, unknown>;
  settings: { defaultFrom: string; defaultReplyTo: string };
}

type Env = {
  (name: string, fallback?: string): string | undefined;
  int(name: string, fallback?: number): number | undefined;
  bool(name: string, fallback?: boolean): boolean | undefined;
};

export const DEFAULT_EMAIL_FROM = 'no-reply@localhost';

export function emailPluginConfig(env: Env): EmailPluginConfig {
  const from = env('EMAIL_FROM') || DEFAULT_EMAIL_FROM;
  const settings = { defaultFrom: from, defaultReplyTo: from };
  const host = env('SMTP_HOST');
  if (!host) return { provider: 'nodemailer', providerOptions: { jsonTransport: true }, settings };
  // A relay rejects, or files as spam, mail from an address of no domain.
  if (!env('EMAIL_FROM')) throw new Error('SMTP_HOST is set but EMAIL_FROM is not: set the address mail is sent from (e.g. cms@hoilhpn.vn).');
  const user = env('SMTP_USERNAME');
  const secure = env.bool('SMTP_SECURE', false) ?? false;
  return {
    provider: 'nodemailer',
    providerOptions: {
      host,
      port: env.int('SMTP_PORT', 587),
      // 465 speaks TLS from the first byte; 587 and 25 upgrade with STARTTLS, which must not be skippable once a password is sent.
      secure,
      ...(user ? { auth: { user, pass: env('SMTP_PASSWORD') ?? '' }, ...(secure ? {} : { requireTLS: true }) } : {}),
    },
    settings,
  };
}

/** In production, a CMS without a relay says so once at start: password resets "succeed" and no mail leaves. */
export function reportMailRelay(log: { warn(message: string): void }, environment: NodeJS.ProcessEnv = process.env): boolean {
  if (environment.NODE_ENV !== 'production' || environment.SMTP_HOST) return false;
  log.warn('Mail: SMTP_HOST is not set, so no mail is sent (password resets included). Set SMTP_HOST and EMAIL_FROM to send through your relay.');
  return true;
}
