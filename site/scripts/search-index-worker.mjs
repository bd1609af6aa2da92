// Runs in a worker thread (search-index.mjs): hands the records to Pagefind and writes the index.
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

const { records, outDir } = workerData;
try {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const record of records) {
    const { errors: recordErrors } = await index.addCustomRecord({ ...record, language: 'vi' });
    if (recordErrors.length > 0) throw new Error(`pagefind ${record.url}: ${recordErrors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  parentPort.postMessage({ ok: true });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  await pagefind.close();
}
