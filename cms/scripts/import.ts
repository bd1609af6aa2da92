// pnpm --dir cms import <files or folders…>: imports articles exported from the Union's old website.
import { collectLegacyFiles, importLegacyFiles } from '../src/legacy-import/import-legacy-articles';
import { withStrapi } from './lib/with-strapi';

const USAGE = 'Usage: pnpm --dir cms import <file.txt | folder> [more…]';

async function main(): Promise<number> {
  const inputs = process.argv.slice(2).filter((arg) => arg !== '--');
  if (inputs.length === 0 || inputs.includes('--help')) {
    console.error(USAGE);
    return inputs.includes('--help') ? 0 : 2;
  }
  // pnpm --dir runs us inside cms/: paths are meant from where the user typed them.
  const baseDir = process.env.INIT_CWD ?? process.cwd();
  const { files, missing } = await collectLegacyFiles(inputs, baseDir);
  for (const input of missing) console.error(`✗ ${input}: no such file or folder`);
  if (files.length === 0) {
    console.error('Nothing to import.');
    return 1;
  }
  const outcomes = await withStrapi(
    (strapi) => importLegacyFiles(strapi, files, (line) => console.log(line), baseDir),
    (results) => results.some((outcome) => outcome.status === 'created' || outcome.status === 'updated'),
  );
  const failed = outcomes.filter((outcome) => outcome.status === 'failed').length + missing.length;
  const count = (status: string) => outcomes.filter((outcome) => outcome.status === status).length;
  console.log(
    `Import: ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${failed} failed.`,
  );
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
