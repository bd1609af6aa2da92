import path from 'node:path';

/*
 * Strapi's GraphQL plugin wraps the resolver of every field of every type
 * (wrap-resolvers.js) in an async function that checks auth, runs the field's
 * middlewares and builds a policy context, even where the field has none of
 * them. On a field of an entry type (not Query, Mutation or Subscription) with
 * no resolver configuration, that wrapper only calls the original resolver, yet
 * it costs a promise and a context object for every field of every entry: about
 * ten thousand per page of 100 articles. This puts the original resolver back
 * on exactly those fields and leaves every configured or root field wrapped.
 */

type FieldResolver = ((...args: unknown[]) => unknown) | undefined;

interface FieldDefinition {
  resolve?: FieldResolver;
}

interface GraphqlSchemaLike {
  getTypeMap(): Record<string, unknown>;
}

interface WrapResolversOptions {
  schema: GraphqlSchemaLike;
  extension?: { resolversConfig?: Record<string, unknown> };
  [key: string]: unknown;
}

type WrapResolvers = (options: WrapResolversOptions) => GraphqlSchemaLike;

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const PATCHED = Symbol.for('hoilhpn.skipNoopFieldWrappers');

function objectTypeFields(type: unknown): Record<string, FieldDefinition> | null {
  const candidate = type as { getFields?: () => Record<string, FieldDefinition>; getInterfaces?: unknown };
  // Object types have both; input types have no interfaces, scalars and enums no fields.
  return typeof candidate.getFields === 'function' && typeof candidate.getInterfaces === 'function' ? candidate.getFields() : null;
}

/** Wraps like Strapi, then restores the unwrapped resolver on the fields where the wrapper does nothing. */
export function withoutNoopFieldWrappers(wrapResolvers: WrapResolvers): WrapResolvers & { [PATCHED]: true } {
  const patched = (options: WrapResolversOptions) => {
    const config = options.extension?.resolversConfig ?? {};
    const unwrapped: Array<{ field: FieldDefinition; resolve: FieldResolver }> = [];
    for (const [typeName, type] of Object.entries(options.schema.getTypeMap())) {
      if (ROOT_TYPES.has(typeName) || typeName.startsWith('__')) continue;
      const fields = objectTypeFields(type);
      if (!fields) continue;
      for (const [fieldName, field] of Object.entries(fields)) {
        // Strapi keys its own settings flat ("Article.tags": the relation's auth scope); extensions may nest them.
        // lodash's getOr in wrap-resolvers.js finds either, and so must this.
        if (
          fieldName.startsWith('__') ||
          config[`${typeName}.${fieldName}`] !== undefined ||
          (config[typeName] as Record<string, unknown> | undefined)?.[fieldName] !== undefined
        )
          continue;
        unwrapped.push({ field, resolve: field.resolve });
      }
    }
    const schema = wrapResolvers(options);
    for (const { field, resolve } of unwrapped) field.resolve = resolve;
    return schema;
  };
  return Object.assign(patched, { [PATCHED]: true as const });
}

/**
 * Installs the above into Strapi's GraphQL plugin before it builds its schema
 * (call from register). Returns false, and changes nothing, when the plugin's
 * internals are not where Strapi 5.54 keeps them.
 */
export function skipNoopFieldWrappers(resolveFrom: string = __dirname): boolean {
  let module: { wrapResolvers?: WrapResolvers & { [PATCHED]?: true } };
  try {
    const pluginEntry = require.resolve('@strapi/plugin-graphql/strapi-server', { paths: [resolveFrom] });
    // The plugin's own module object, found at run time: patching it is the point, so it cannot be an import.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    module = require(path.join(path.dirname(pluginEntry), 'services', 'content-api', 'wrap-resolvers.js'));
  } catch {
    return false;
  }
  if (typeof module.wrapResolvers !== 'function') return false;
  if (module.wrapResolvers[PATCHED]) return true;
  module.wrapResolvers = withoutNoopFieldWrappers(module.wrapResolvers);
  return true;
}
