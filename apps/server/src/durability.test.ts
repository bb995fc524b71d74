import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import SqliteDatabase from 'better-sqlite3';
import { DEMO_PASSWORD } from './modules/accounts/index.js';
import { onPostgres } from './test/test-database.js';

const serverScript = path.resolve(import.meta.dirname, 'test/serve-child.ts');

function startServer(dataDir: string): Promise<{ port: number; kill(): void; exited: Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverScript], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', WEB_DIST: '', JOBS_ENABLED: 'false' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match) resolve({ port: Number(match[1]), kill: () => child.kill('SIGKILL'), exited });
    });
    child.on('exit', (code) => reject(new Error(`server exited early with ${code}`)));
  });
}

describe.runIf(!onPostgres)('SQLite durability', () => {
  it('every write answered 2xx survives kill -9 of the server', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kfq-durable-'));
    try {
      const server = await startServer(dataDir);
      const base = `http://127.0.0.1:${server.port}/api/v1`;
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'sysadmin', password: DEMO_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const answered: string[] = [];
      // Fire writes and kill the process while some are still in flight.
      const writes = Array.from({ length: 60 }, async (_, i) => {
        const code = `D${String(i).padStart(3, '0')}`;
        try {
          const r = await fetch(`${base}/departments`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ code, name: `部门${i}`, duties: '' }),
          });
          if (r.status === 201) answered.push(code);
        } catch {
          // the connection died with the server: not answered, nothing promised
        }
      });
      await new Promise((r) => setTimeout(r, 150));
      server.kill();
      await Promise.all(writes);
      await server.exited;
      expect(answered.length).toBeGreaterThan(0);
      const db = new SqliteDatabase(path.join(dataDir, 'kaifaqu.sqlite'));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(
        (db.prepare("select code from departments where code like 'D%'").all() as { code: string }[]).map(
          (r) => r.code,
        ),
      );
      db.close();
      expect(answered.filter((c) => !stored.has(c))).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
