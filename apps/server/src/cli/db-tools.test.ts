import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { tableRowCounts } from '../platform/db/row-counts.js';
import { createUser } from '../test/factories.js';
import { onPostgres } from '../test/test-database.js';
import { buildTestApp, type TestApp } from '../test/test-app.js';
import { backupDatabase, restoreDatabase } from './db-tools.js';

const hasPgTools = ['pg_dump', 'pg_restore'].every((tool) => spawnSync(tool, ['--version']).status === 0);

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

describe.runIf(!onPostgres || hasPgTools)('backup and restore', () => {
  it('restores the row counts of the moment of the backup', async () => {
    const { config } = t.app.ctx;
    await createUser(t.app, { username: 'before1', roleCodes: ['economic'] });
    await t.app.ctx.audit({ actor: null, ip: '127.0.0.1', action: 'test.event', result: 'success' });
    const atBackup = await tableRowCounts(t.app.ctx.db, t.app.ctx.dialect);
    const file = path.join(t.dataDir, 'backups', onPostgres ? 'manual.dump' : 'manual.sqlite');

    const report = await backupDatabase(config, file);
    expect(report.rowCounts).toEqual(atBackup);
    expect(report.bytes).toBeGreaterThan(0);
    await expect(backupDatabase(config, file)).rejects.toThrow(/already exists/);

    await createUser(t.app, { username: 'after1', roleCodes: ['economic'] });
    await createUser(t.app, { username: 'after2', roleCodes: ['office'] });
    await t.app.ctx.audit({ actor: null, ip: '127.0.0.1', action: 'test.event', result: 'success' });
    expect(await tableRowCounts(t.app.ctx.db, t.app.ctx.dialect)).not.toEqual(atBackup);

    if (!onPostgres) {
      // A running server holds the file open: restoring under it is refused.
      await expect(restoreDatabase(config, file)).rejects.toThrow(/open in another process/);
    }
    await t.app.close();
    const restored = await restoreDatabase(config, file);
    expect(restored.integrity).toBe(onPostgres ? null : 'ok');
    expect(restored.rowCounts).toEqual(atBackup);

    const reopened = await buildApp(config, { clock: t.clock, logger: false, startJobs: false });
    try {
      expect(await tableRowCounts(reopened.ctx.db, reopened.ctx.dialect)).toEqual(atBackup);
      const names = await reopened.ctx.db.selectFrom('users').select('username').execute();
      expect(names.map((n) => n.username)).toContain('before1');
      expect(names.map((n) => n.username)).not.toContain('after1');
    } finally {
      await reopened.close();
    }
  });

  it('refuses a missing backup file and leaves the database alone', async () => {
    const before = await tableRowCounts(t.app.ctx.db, t.app.ctx.dialect);
    await expect(restoreDatabase(t.app.ctx.config, path.join(t.dataDir, 'nope.sqlite'))).rejects.toThrow(
      /no backup/,
    );
    expect(await tableRowCounts(t.app.ctx.db, t.app.ctx.dialect)).toEqual(before);
    expect(fs.existsSync(path.join(t.dataDir, 'nope.sqlite'))).toBe(false);
  });
});
