import { ConfigError, loadConfig } from '../config.js';
import { serve } from '../main.js';
import { DEMO_PASSWORD, demoAccounts } from '../modules/accounts/index.js';
import { seedDemo } from '../demo/seed-demo.js';
import { demoEnterpriseAccounts } from '../modules/enterprises/index.js';

/** `npm run demo`: serves the demo zone on SQLite under ./data, seeding it on first run. */
async function demo(): Promise<void> {
  const config = loadConfig({ ...process.env, KFQ_DEMO: 'true' });
  await serve(config, async (app) => {
    const seeded = await seedDemo(app.ctx);
    app.log.info(seeded ? 'demo zone loaded' : 'existing demo data reused');
    // Daily jobs would raise today's to-dos at night; the demo raises them now so they show at once.
    await app.jobs.runNow('enterprises.qualification-expiry');
  });
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  const accounts = [...demoAccounts, ...demoEnterpriseAccounts]
    .map((a) => `  ${a.username.padEnd(12)} ${a.displayName}`)
    .join('\n');
  process.stdout.write(
    `\nKaifaqu demo: ${url}\nDemo accounts (password for all: ${DEMO_PASSWORD} — demo data only):\n${accounts}\n\n`,
  );
}

demo().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String((error as Error).stack ?? error)}\n`,
  );
  process.exit(1);
});
