// pnpm --dir cms seed: fills the CMS with the Union's demo content; a second run changes nothing.
import { seedDemoContent } from '../src/seed/seed-demo-content';
import { CMS_DIR } from './lib/environment.mjs';
import { withStrapi } from './lib/with-strapi';

withStrapi(
  async (strapi) => {
    const report = await seedDemoContent(strapi, CMS_DIR);
    return report;
  },
  (report) => report.created.length + report.updated.length > 0,
)
  .then((report) => {
    for (const line of report.created) console.log(`created ${line}`);
    for (const line of report.updated) console.log(`updated ${line}`);
    console.log(
      report.created.length + report.updated.length === 0
        ? 'Seed: nothing to do, the demo content is already there.'
        : `Seed: ${report.created.length} created, ${report.updated.length} updated.`,
    );
  })
  .catch((error) => {
    console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
