import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import type { AppContext } from '../context.js';
import { openDatabase, type DatabaseHandle } from '../db/connection.js';
import { acquireJobLease, lastJobRun } from './job-lease.repository.js';
import { JobScheduler, type JobLogger } from './scheduler.js';

let t: TestApp;
let second: DatabaseHandle;
/** A second server instance's view: same database, its own connection. */
let otherInstance: AppContext;
beforeEach(async () => {
  t = await buildTestApp();
  second = openDatabase(t.app.ctx.config.database);
  otherInstance = { ...t.app.ctx, db: second.db, dialect: second.dialect };
});
afterEach(async () => {
  await second.close();
  await t.close();
});

const failures: string[] = [];
const logger: JobLogger = {
  error: (details, message) => {
    failures.push(`${details.job}: ${message}`);
  },
};

describe('JobScheduler', () => {
  it('runs a job once when two instances sharing the database start it together', async () => {
    let runs = 0;
    // The running job holds its lease until the other instance has answered, so the test does not
    // depend on timing: if both instances took the lease, both would wait here and the test would time out.
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    const job = {
      name: 'test.count',
      cron: '0 3 * * *',
      run: async () => {
        runs++;
        if (runs === 1) await gate;
      },
    };
    const [a, b] = [new JobScheduler(t.app.ctx, { logger }), new JobScheduler(otherInstance, { logger })];
    a.register(job);
    b.register(job);
    const calls = [a.runNow('test.count'), b.runNow('test.count')];
    expect(await Promise.race(calls)).toBe('skipped');
    openGate();
    expect((await Promise.all(calls)).sort()).toEqual(['ran', 'skipped']);
    expect(runs).toBe(1);
    expect(await lastJobRun(t.app.ctx.db, 'test.count')).toBe(t.clock.now().toISOString());
    // The lease was released: the other instance may run it next.
    expect(await b.runNow('test.count')).toBe('ran');
    expect(runs).toBe(2);
  });

  it('waits for another holder’s lease to expire before taking it over', async () => {
    const now = t.clock.now();
    expect(
      await acquireJobLease(t.app.ctx.db, {
        name: 'test.lease',
        holder: 'crashed-instance',
        now: now.toISOString(),
        until: new Date(now.getTime() + 10 * 60_000).toISOString(),
      }),
    ).toBe(true);
    const scheduler = new JobScheduler(t.app.ctx, { logger });
    let runs = 0;
    scheduler.register({
      name: 'test.lease',
      cron: '0 3 * * *',
      run: async () => {
        runs++;
      },
    });
    expect(await scheduler.runNow('test.lease')).toBe('skipped');
    t.clock.advanceMinutes(11);
    expect(await scheduler.runNow('test.lease')).toBe('ran');
    expect(runs).toBe(1);
  });

  it('refuses a second run of the same cron slot', async () => {
    const slot = t.clock.now().toISOString();
    const lease = (holder: string) =>
      acquireJobLease(t.app.ctx.db, {
        name: 'test.slot',
        holder,
        now: t.clock.now().toISOString(),
        until: t.clock.now().toISOString(),
        slot,
      });
    expect(await lease('a')).toBe(true);
    t.clock.advanceMinutes(1); // a's lease is over, but the slot has been run
    expect(await lease('b')).toBe(false);
    expect(await lastJobRun(t.app.ctx.db, 'test.slot')).toBe(slot);
  });

  it('on a real cron schedule, two started instances run each slot once', async () => {
    let runs = 0;
    const job = {
      name: 'test.cron',
      cron: '* * * * * *',
      run: async () => {
        runs++;
      },
    };
    const [a, b] = [new JobScheduler(t.app.ctx, { logger }), new JobScheduler(otherInstance, { logger })];
    a.register(job);
    b.register(job);
    const started = Date.now();
    a.start();
    b.start();
    await sleep(2_300);
    a.stop();
    b.stop();
    const seconds = Math.ceil((Date.now() - started) / 1000);
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(runs).toBeLessThanOrEqual(seconds); // twice per slot would be about 2 × seconds
  });

  it('logs a failing job and keeps going', async () => {
    failures.length = 0;
    const scheduler = new JobScheduler(t.app.ctx, { logger });
    scheduler.register({
      name: 'test.fail',
      cron: '0 3 * * *',
      run: async () => {
        throw new Error('boom');
      },
    });
    expect(await scheduler.runNow('test.fail')).toBe('ran');
    expect(failures).toEqual(['test.fail: scheduled job failed']);
    expect(await scheduler.runNow('test.fail')).toBe('ran'); // the lease was released despite the failure
    expect(() =>
      scheduler.register({ name: 'test.fail', cron: '* * * * *', run: async () => undefined }),
    ).toThrow(/already/);
    await expect(scheduler.runNow('nope')).rejects.toThrow(/unknown job/);
  });

  it('lets shutdown wait for a run in progress', async () => {
    let finished = false;
    const scheduler = new JobScheduler(t.app.ctx, { logger });
    scheduler.register({
      name: 'test.slow',
      cron: '0 3 * * *',
      run: async () => {
        await sleep(100);
        finished = true;
      },
    });
    const run = scheduler.runNow('test.slow');
    scheduler.stop();
    await scheduler.idle();
    expect(finished).toBe(true);
    expect(await run).toBe('ran');
  });
});
