import { buildApp, type KaifaquApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { ConfigError, loadConfig, type AppConfig } from './config.js';

/** Starts a configured server and stops it gracefully on SIGTERM/SIGINT (security.md 29). */
export async function serve(
  config: AppConfig,
  prepare: (app: KaifaquApp) => Promise<void>,
): Promise<KaifaquApp> {
  const app = await buildApp(config);
  await prepare(app);
  await app.listen({ port: config.port, host: config.host });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      app.log.error('graceful shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  return app;
}

/** `npm start`: the production server. */
async function main(): Promise<void> {
  const config = loadConfig();
  await serve(config, async (app) => {
    const admins = await bootstrap(app.ctx);
    if (admins.length > 0) {
      const lines = admins.map((a) => `  ${a.username.padEnd(12)} ${a.password}   (${a.displayName})`);
      // Printed once, on stdout only: these are the only copies of the first passwords.
      process.stdout.write(
        `\nFirst start: zone "${config.initialZoneName}" created with its three administrators.\n` +
          `Write these one-time passwords down now; each must be changed at first login:\n${lines.join('\n')}\n\n`,
      );
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : String((error as Error).stack ?? error)}\n`,
    );
    process.exit(1);
  });
}
