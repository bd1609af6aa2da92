// pnpm --dir cms import-articles [--dry-run] <files or folders…>: imports articles exported from the Union's old website.
// (Not "import": `pnpm import` is pnpm's own command, which makes a lockfile.)
import { checkLegacyFiles, collectLegacyFiles, importLegacyFiles, type ImportOutcome } from '../src/legacy-import/import-legacy-articles';

const USAGE = 'Usage: pnpm --dir cms import-articles [--dry-run] <file.txt | folder> [more…]';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const dryRun = args.includes('--dry-run');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--dry-run');
  const inputs = args.filter((arg) => !arg.startsWith('--'));
  if (unknown.length > 0 || inputs.length === 0) {
    for (const flag of unknown) console.error(`✗ unknown option ${flag}`);
    console.error(USAGE);
    return 2;
  }
  // pnpm --dir runs us inside cms/: paths are meant from where the user typed them.
  const baseDir = process.env.INIT_CWD ?? process.cwd();
  const { files, missing } = await collectLegacyFiles(inputs, baseDir);
  for (const input of missing) console.error(`✗ ${input}: no such file or folder`);
  if (files.length === 0) {
    console.error('Nothing to import.');
    return 1;
  }
  const report = (entry: string) => console.log(entry);
  const outcomes = dryRun ? await checkLegacyFiles(files, report, baseDir) : await importInto(files, report, baseDir);
  const failed = outcomes.filter((outcome) => outcome.status === 'failed').length + missing.length;
  const count = (status: ImportOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  console.log(
    dryRun
      ? `Dry run: ${count('checked')} read, ${failed} failed; nothing was written.`
      : `Import: ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${failed} failed.`,
  );
  return failed > 0 ? 1 : 0;
}

async function importInto(files: string[], report: (entry: string) => void, baseDir: string): Promise<ImportOutcome[]> {
  // Loaded only here: a dry run never loads Strapi, so it cannot write secrets, a database or compiled code.
  const { withStrapi } = await import('./lib/with-strapi');
  return withStrapi(
    (strapi) => importLegacyFiles(strapi, files, report, baseDir),
    (results) => results.some((outcome) => outcome.status === 'created' || outcome.status === 'updated'),
  );
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
