import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { seedDemo } from '../demo/seed-demo.js';

/**
 * A real server in a child process over the demo data, for tests that must kill it (-9) or
 * signal it. Prints `listening <port>` when ready. Configuration comes from the environment.
 */
const app = await buildApp(loadConfig({ ...process.env, KFQ_DEMO: 'true' }), {
  logger: false,
  startJobs: false,
});
await seedDemo(app.ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
