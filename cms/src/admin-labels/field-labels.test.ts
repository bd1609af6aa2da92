import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPONENT_LABELS, CONTENT_TYPE_LABELS, labelsFor, SHARED_LABELS } from './field-labels';

const SRC = path.resolve(__dirname, '..');

function contentTypeSchemas() {
  return readdirSync(path.join(SRC, 'api')).map((name) => {
    const schema = JSON.parse(readFileSync(path.join(SRC, 'api', name, 'content-types', name, 'schema.json'), 'utf8'));
    return { uid: `api::${name}.${name}`, schema };
  });
}

function componentSchemas() {
  return readdirSync(path.join(SRC, 'components', 'shared')).map((file) => ({
    uid: `shared.${file.replace(/\.json$/, '')}`,
    schema: JSON.parse(readFileSync(path.join(SRC, 'components', 'shared', file), 'utf8')),
  }));
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe('the admin speaks Vietnamese', () => {
  it.each(contentTypeSchemas())('$uid has a Vietnamese name, description and a label for every field', ({ uid, schema }) => {
    expect(schema.info.displayName === 'Video' || VIETNAMESE.test(schema.info.displayName)).toBe(true);
    expect(VIETNAMESE.test(schema.info.description)).toBe(true);
    const fields = Object.keys(schema.attributes);
    expect(Object.keys(labelsFor(CONTENT_TYPE_LABELS[uid] ?? {}, fields)).sort()).toEqual(fields.sort());
  });

  it.each(componentSchemas())('component $uid has a label for every field', ({ uid, schema }) => {
    const fields = Object.keys(schema.attributes);
    expect(Object.keys(labelsFor(COMPONENT_LABELS[uid] ?? {}, fields)).sort()).toEqual(fields.sort());
  });

  it('labels a shared field in one place: some type has each, none labels it again', () => {
    const schemas = [...contentTypeSchemas(), ...componentSchemas()];
    for (const field of Object.keys(SHARED_LABELS))
      expect(
        schemas.some(({ schema }) => field in schema.attributes),
        field,
      ).toBe(true);
    for (const [uid, own] of Object.entries({ ...CONTENT_TYPE_LABELS, ...COMPONENT_LABELS })) {
      expect(
        Object.keys(own).filter((field) => field in SHARED_LABELS),
        uid,
      ).toEqual([]);
    }
  });

  it('offers Vietnamese in the admin and keeps the admin from calling strapi.io or GitHub', async () => {
    // app.tsx's config; app.tsx itself imports Strapi's admin runtime, which Node cannot load.
    const { adminConfig } = await import('../admin/app-config');
    expect(adminConfig.locales).toContain('vi');
    expect(adminConfig.notifications).toEqual({ releases: false });
    expect(adminConfig.tutorials).toBe(false);
    expect(readFileSync(path.join(SRC, 'admin', 'app.tsx'), 'utf8')).toMatch(/^\s+config: adminConfig,$/m);
  });
});

describe('the content model', () => {
  it.each(contentTypeSchemas())('$uid has draft and publish', ({ schema }) => {
    expect(schema.options.draftAndPublish).toBe(true);
  });

  it('keeps cadre contact details private', () => {
    const cadre = contentTypeSchemas().find(({ uid }) => uid === 'api::cadre.cadre')!.schema;
    for (const field of ['phone', 'email', 'birthYear']) expect(cadre.attributes[field].private, field).toBe(true);
  });

  it('names no attribute "status", which Strapi reserves for draft and publish', () => {
    for (const { uid, schema } of contentTypeSchemas()) expect(Object.keys(schema.attributes), uid).not.toContain('status');
  });
});
