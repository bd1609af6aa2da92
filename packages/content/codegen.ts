import type { CodegenConfig } from '@graphql-codegen/cli';
import { listQueriesDocument } from './src/graphql/list-queries-document.js';

// Types come from the committed schema, which cms/e2e/graphql-schema.test.ts keeps equal to the CMS's.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/graphql/**/*.graphql', listQueriesDocument()],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        avoidOptionals: true,
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { JSON: 'unknown', DateTime: 'string', Date: 'string', ID: 'string', Long: 'number' },
        skipTypename: true,
      },
    },
  },
  hooks: {},
};

export default config;
