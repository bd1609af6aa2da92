import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../harness/live-stack.js';

/*
 * Strapi's English as the admin ships it: every value of the en.json of the
 * packages an editor's screens are made of (Strapi 5.54 builds them into
 * dist/…/translations/en.json.mjs), and the design system's own defaults.
 */
const PACKAGES: Record<string, string> = {
  admin: 'admin/admin/src/translations',
  'content-manager': 'admin/translations',
  upload: 'admin/translations',
  i18n: 'admin/translations',
  'plugin-users-permissions': 'admin/translations',
  'content-type-builder': 'admin/translations',
};

/**
 * Words Strapi's English shares with Vietnamese or with the portal itself:
 * product and protocol names and loanwords an editor reads as Vietnamese.
 */
export const ALLOWED_ENGLISH = new Set([
  'Strapi',
  'Email',
  'URL',
  'Video',
  'Logo',
  'GraphQL',
  'Webhook',
  'webhook',
  'Blog',
  'Sentry',
  'X',
  'Y',
  'Admin',
  'ID',
  'API ID',
]);

function packageDir(name: string): string {
  const store = path.join(REPO, 'node_modules', '.pnpm');
  const prefix = name === 'plugin-users-permissions' ? '@strapi+plugin-users-permissions@' : `@strapi+${name}@`;
  const entry = readdirSync(store).find((dir) => dir.startsWith(prefix));
  if (!entry) throw new Error(`@strapi/${name} is not installed under ${store}`);
  return path.join(store, entry, 'node_modules', '@strapi', name, 'dist', PACKAGES[name]!);
}

/**
 * English the design system writes itself, not through the admin's messages:
 * defaults of its props that Strapi's screens leave unset (patched to follow
 * the admin's language, see patches/README.md).
 */
const DESIGN_SYSTEM_ENGLISH = ['Close modal', 'Choose date', 'Choose time', 'clear date', 'clear time'];

export interface EnglishMatcher {
  /** The en.json value this pattern stands for. */
  english: string;
  test(text: string): boolean;
}

/** Literal text outside ICU arguments ("{count, plural, …} found" → ["", " found"]). */
function literals(message: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of message) {
    if (char === '{') {
      if (depth === 0) {
        parts.push(current);
        current = '';
      }
      depth += 1;
    } else if (char === '}') depth -= 1;
    else if (depth === 0) current += char;
  }
  parts.push(current);
  return parts;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One matcher per English message that has words in it; ICU arguments match anything. */
export async function strapiEnglish(): Promise<EnglishMatcher[]> {
  const values = new Set<string>(DESIGN_SYSTEM_ENGLISH);
  for (const name of Object.keys(PACKAGES)) {
    const { default: messages } = (await import(pathToFileURL(path.join(packageDir(name), 'en.json.mjs')).href)) as { default: Record<string, string> };
    for (const value of Object.values(messages)) values.add(value.replace(/<\/?\w+>/g, '').trim());
  }
  const matchers: EnglishMatcher[] = [];
  for (const english of values) {
    if (ALLOWED_ENGLISH.has(english)) continue;
    const parts = literals(english);
    // A message of arguments and punctuation alone ("{time}", " / ") says nothing in any language.
    if (!parts.some((part) => /[A-Za-z]{2,}/.test(part))) continue;
    const pattern = new RegExp(`^${parts.map((part) => escape(part.trim())).join('.*?')}$`, 'i');
    matchers.push({ english, test: (text) => pattern.test(text) });
  }
  return matchers;
}
