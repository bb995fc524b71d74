import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Cron } from 'croner';
import type { AppContext } from '../context.js';
import { acquireJobLease, releaseJobLease, renewJobLease } from './job-lease.repository.js';

/** A scheduled job. `cron` is a 5-field pattern read in Asia/Shanghai time. */
export interface Job {
  name: string;
  cron: string;
  run(ctx: AppContext): Promise<void>;
}

/** Where job failures are reported (Fastify's pino logger fits; console by default). */
export interface JobLogger {
  error(details: { job: string; err: unknown }, message: string): void;
}

/** Scheduler tuning; the defaults suit production. */
export interface JobSchedulerOptions {
  logger?: JobLogger;
  leaseMinutes?: number;
  /** Fixed instance id (tests); otherwise host, pid and 64 random bits. */
  instanceId?: string;
}

const consoleLogger: JobLogger = { error: (details, message) => console.error(message, details) };

/**
 * Runs jobs on cron schedules. Several server instances may run the same scheduler: before a run
 * an instance takes the job's lease row, so one instance runs each job at a time and each cron
 * slot runs once. A failing job is logged and never takes the process down.
 */
export class JobScheduler {
  /** This instance's lease holder id. */
  readonly instanceId: string;
  private readonly jobs = new Map<string, Job>();
  private readonly running = new Set<string>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private crons: Cron[] = [];
  private readonly logger: JobLogger;
  private readonly leaseMs: number;

  constructor(
    private readonly ctx: AppContext,
    options: JobSchedulerOptions = {},
  ) {
    this.logger = options.logger ?? consoleLogger;
    this.leaseMs = (options.leaseMinutes ?? 10) * 60_000;
    this.instanceId =
      options.instanceId ?? `${os.hostname().slice(0, 30)}-${process.pid}-${randomBytes(8).toString('hex')}`;
  }

  /** Adds a job; names are unique. */
  register(job: Job): void {
    if (this.jobs.has(job.name)) throw new Error(`job ${job.name} is already registered`);
    this.jobs.set(job.name, job);
  }

  /** Starts the cron timers of every registered job (idempotent). */
  start(): void {
    if (this.crons.length > 0) return;
    for (const job of this.jobs.values()) {
      const cron = new Cron(
        job.cron,
        { protect: true, timezone: 'Asia/Shanghai', catch: true },
        async (self: Cron) => {
          // The slot's scheduled time (the latest one not after now, even if the timer fired late) is
          // the same on every instance, so the lease can refuse a second run of it.
          const slot = self.previousRuns(1, new Date(Date.now() + 1000))[0] ?? new Date();
          await this.execute(job, slot);
        },
      );
      this.crons.push(cron);
    }
  }

  /** Stops the timers; a run in progress finishes on its own (await `idle()` before closing the database). */
  stop(): void {
    for (const cron of this.crons) cron.stop();
    this.crons = [];
  }

  /** Resolves when no job of this instance is running (graceful shutdown). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  /** Runs a job now unless another instance (or this one) is running it. */
  async runNow(name: string): Promise<'ran' | 'skipped'> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`unknown job ${name}`);
    return this.execute(job, null);
  }

  private execute(job: Job, slot: Date | null): Promise<'ran' | 'skipped'> {
    const run = this.leaseAndRun(job, slot);
    this.inFlight.add(run);
    const forget = () => this.inFlight.delete(run);
    void run.then(forget, forget);
    return run;
  }

  private async leaseAndRun(job: Job, slot: Date | null): Promise<'ran' | 'skipped'> {
    if (this.running.has(job.name)) return 'skipped';
    this.running.add(job.name);
    let heartbeat: NodeJS.Timeout | undefined;
    try {
      const now = this.ctx.clock.now();
      const acquired = await acquireJobLease(this.ctx.db, {
        name: job.name,
        holder: this.instanceId,
        now: now.toISOString(),
        until: this.leaseEnd(),
        slot: slot?.toISOString(),
      });
      if (!acquired) return 'skipped';
      heartbeat = setInterval(() => {
        renewJobLease(this.ctx.db, job.name, this.instanceId, this.leaseEnd()).catch((err: unknown) =>
          this.logger.error({ job: job.name, err }, 'job lease renewal failed'),
        );
      }, this.leaseMs / 3);
      heartbeat.unref();
      try {
        await job.run(this.ctx);
      } catch (err) {
        this.logger.error({ job: job.name, err }, 'scheduled job failed');
      }
      await releaseJobLease(this.ctx.db, job.name, this.instanceId).catch((err: unknown) =>
        this.logger.error({ job: job.name, err }, 'job lease release failed; it expires on its own'),
      );
      return 'ran';
    } catch (err) {
      // Taking the lease failed (database down…): report it and let the next slot try again.
      this.logger.error({ job: job.name, err }, 'job lease could not be taken');
      return 'skipped';
    } finally {
      clearInterval(heartbeat);
      this.running.delete(job.name);
    }
  }

  private leaseEnd(): string {
    return new Date(this.ctx.clock.now().getTime() + this.leaseMs).toISOString();
  }
}
