import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { archiveAndPurgeAudit } from './audit-archive.js';
import { appendAuditStandalone } from './audit-trail.js';
import { verifyAuditChain } from './audit.service.js';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

async function appendRows(count: number, at?: Date): Promise<void> {
  for (let i = 0; i < count; i++) {
    await appendAuditStandalone(
      t.app.ctx.db,
      t.app.ctx.dialect,
      {
        actor: null,
        ip: '127.0.0.1',
        action: 'test.event',
        objectType: 'test',
        objectId: String(i),
        result: 'success',
        detail: `row ${i}`,
      },
      at ?? t.clock.now(),
    );
  }
}

const countRows = async () =>
  Number((await sql<{ n: number }>`select count(*) as n from audit_events`.execute(t.app.ctx.db)).rows[0]?.n);

const lastSeq = async () =>
  Number(
    (await t.app.ctx.db.selectFrom('audit_chain').select('last_seq').executeTakeFirstOrThrow()).last_seq,
  );

describe('audit retention', () => {
  it('archives rows older than 180 days to a gzip file and the chain still verifies', async () => {
    await appendRows(7);
    const archivedThrough = await lastSeq();
    t.clock.advanceMinutes(200 * 24 * 60);
    await appendRows(3);
    const outcome = await archiveAndPurgeAudit(t.app.ctx, { batchSize: 3 });

    const file = path.join(t.dataDir, 'audit-archive', `audit-1-${archivedThrough}.jsonl.gz`);
    expect(outcome).toEqual({ files: [file], archivedRows: archivedThrough });
    const lines = gunzipSync(fs.readFileSync(file)).toString('utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual(
      Array.from({ length: archivedThrough }, (_, i) => i + 1),
    );
    const remaining = await t.app.ctx.db.selectFrom('audit_events').select('seq').orderBy('seq').execute();
    expect(remaining.map((r) => Number(r.seq))[0]).toBe(archivedThrough + 1);
    expect(await verifyAuditChain(t.app.ctx.db)).toEqual({
      ok: true,
      checked: remaining.length,
      firstBrokenSeq: null,
    });
    // The scheduled job finds nothing more to archive.
    expect(await t.app.jobs.runNow('audit.retention')).toBe('ran');
    expect(fs.readdirSync(path.join(t.dataDir, 'audit-archive'))).toEqual([path.basename(file)]);
  });

  it('refuses to archive a segment whose chain is broken, and deletes nothing', async () => {
    await appendRows(3);
    await t.app.ctx.db.updateTable('audit_events').set({ detail: 'x' }).where('seq', '=', 2).execute();
    const before = await countRows();
    t.clock.advanceMinutes(200 * 24 * 60);
    await expect(archiveAndPurgeAudit(t.app.ctx)).rejects.toThrow(/broken at seq 2/);
    expect(await countRows()).toBe(before);
    expect(fs.readdirSync(path.join(t.dataDir, 'audit-archive'))).toEqual([]);
  });
});

describe('npm run audit:verify', () => {
  const run = (env: Record<string, string>) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      env: { ...process.env, ...env },
    });

  it('prints OK and exits 0, then BROKEN and exits 1 after tampering', async () => {
    await appendRows(2);
    const env = {
      DATA_DIR: t.dataDir,
      DATABASE_URL:
        t.app.ctx.config.database.kind === 'sqlite'
          ? t.app.ctx.config.database.file
          : t.app.ctx.config.database.url,
    };
    const ok = await run(env);
    expect(ok.stdout.trim()).toBe(`audit chain OK: ${await lastSeq()} rows verified`);
    await t.app.ctx.db.updateTable('audit_events').set({ ip: '10.0.0.1' }).where('seq', '=', 1).execute();
    const broken = await run(env).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(broken.code).toBe(1);
    expect(broken.stdout.trim()).toBe('audit chain BROKEN at seq 1');
  });
});
