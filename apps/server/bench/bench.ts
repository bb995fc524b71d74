import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/platform/db/connection.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { differences, plainSums, summaryUrl, type Question, type Summary } from './consistency.js';
import { BENCH_USER, buildDataset, type BenchDataset } from './dataset.js';
import { getJson, login, startServer, timed, type ServerProcess, type Timing } from './measure.js';
import { BENCH_CODES, OPEN_PERIOD } from './model.js';
import { headerRow, monthHeaders, monthWorkbook } from './month-workbook.js';

// `npm run bench`: issue 4 ("Speed"). Builds 5,000 enterprises × 60 months of approved reports,
// then measures the summary over HTTP against the plain aggregate over the report table, a
// 5,000-row month import over HTTP, and the server's peak memory. SQLite in a temp dir by default;
// PostgreSQL (a fresh kfq_bench_* database, dropped at the end) when DATABASE_URL is postgres://.

const TARGETS = { summaryP50Ms: 10, importMs: 3_000, peakRssMb: 300 };
const REFERENCE_MS = { sqlite: 55, postgres: 30 };
const MONTHS = { from: '2026-01', to: '2026-05' }; // Jan–May of the latest year
const WARMUP = 20; // per measurement; the issue asks for ≥ 5
// A running server has answered thousands of requests: V8 has optimised its hot paths (Fastify,
// Kysely, pg). Before any timing, this many summaries of both groupings bring a fresh one there.
const SERVER_WARMUP = 300;
const SUMMARY_RUNS = 100;
const PLAIN_RUNS = 50;
const GROUPINGS = ['subPark', 'industry'] as const;

const log = (line: string) => process.stdout.write(`${line}\n`);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const load = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

async function prepareDatabase(dataDir: string) {
  const given = process.env.DATABASE_URL;
  if (!given || !/^postgres(ql)?:\/\//.test(given))
    return { url: path.join(dataDir, 'bench.sqlite'), kind: 'sqlite' as const, drop: async () => undefined };
  const name = `kfq_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: given });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(given);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'postgres' as const,
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kfq-bench-'));
  const database = await prepareDatabase(dataDir);
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    LOG_LEVEL: 'warn',
    JOBS_ENABLED: 'false',
    WEB_DIST: '',
  };
  const handle = openDatabase(loadConfig(env, dataDir).database);
  let server: ServerProcess | undefined;
  try {
    log(`Kaifaqu bench on ${database.kind}: ${database.url.replace(/\/\/[^@]*@/, '//')}`);
    await migrateToLatest(handle.db, handle.dialect, path.join(dataDir, 'backups'));
    const build = performance.now();
    const data = await buildDataset(handle.db, database.kind, log);
    // PostgreSQL: the state autovacuum reaches soon after a load (left to it, it would run during
    // the measurements); SQLite: the WAL folded into the database file.
    if (database.kind === 'postgres') await sql`vacuum (analyze)`.execute(handle.db);
    else await sql`pragma wal_checkpoint(truncate)`.execute(handle.db);
    const buildSeconds = Math.round((performance.now() - build) / 100) / 10;
    log(`data set built in ${buildSeconds} s`);

    const loadBefore = load();
    server = await startServer(env);
    const memory: Record<string, { rssMb: number; peakRssMb: number }> = { started: server.memory() };
    const cookie = await login(server.base, BENCH_USER.username, BENCH_USER.password);
    const indicatorIds = BENCH_CODES.map((c) => data.indicatorIds[c]!);
    const codeOf = new Map(Object.entries(data.indicatorIds).map(([code, id]) => [id, code]));
    const inconsistent: string[] = [];
    const check = async (q: Question) => {
      const served = await getJson<Summary>(server!.base, summaryUrl(BENCH_CODES, q), cookie);
      for (const p of await differences(handle.db, q, served, codeOf))
        inconsistent.push(`${q.to} by ${q.by}: ${p}`);
    };

    // CPU time per request or run: unlike wall time, it does not grow while other processes hold the CPUs.
    const perRun = (ms: number, runs: number) => Math.round((ms / (WARMUP + runs)) * 100) / 100;
    const summaries: Record<string, { http: Timing; plain: Timing; ratio: number; serverCpuMsPerRequest: number; benchCpuMsPerPlainRun: number }> = {}; // prettier-ignore
    for (let i = 0; i < SERVER_WARMUP; i++) {
      const q: Question = { indicatorIds, ...MONTHS, by: GROUPINGS[i % GROUPINGS.length]! };
      await getJson(server.base, summaryUrl(BENCH_CODES, q), cookie);
    }
    for (const by of GROUPINGS) {
      const q: Question = { indicatorIds, ...MONTHS, by };
      await check(q);
      const cpu = server.cpuMs();
      const http = await timed(WARMUP, SUMMARY_RUNS, () =>
        getJson(server!.base, summaryUrl(BENCH_CODES, q), cookie),
      );
      const serverCpuMsPerRequest = perRun(server.cpuMs() - cpu, SUMMARY_RUNS);
      const own = process.cpuUsage();
      const plain = await timed(WARMUP, PLAIN_RUNS, () => plainSums(handle.db, q));
      const ownUsed = process.cpuUsage(own);
      const benchCpuMsPerPlainRun = perRun((ownUsed.user + ownUsed.system) / 1000, PLAIN_RUNS);
      const ratio = Math.round((http.p50 / plain.p50) * 1000) / 1000;
      summaries[by] = { http, plain, ratio, serverCpuMsPerRequest, benchCpuMsPerPlainRun };
    }
    memory.afterSummaries = server.memory();

    const imported = await measureImport(server, cookie, data, memory);
    // The import approved the month: its roll-ups must now answer June like the reports do.
    for (const by of GROUPINGS) await check({ indicatorIds, from: '2026-01', to: OPEN_PERIOD, by });
    memory.end = server.memory();
    const peakRssMb = memory.end.peakRssMb;
    const layout = await templateMatches(server, cookie, data);
    memory.afterTemplate = server.memory(); // not part of the target: reported for information
    const loadAfter = load();

    const row = (label: string, p50: string, p95: string, target: string, mark: string) =>
      log(`${label.padEnd(44)}${p50.padStart(10)}${p95.padStart(10)}   ${target.padEnd(12)}${mark}`);
    log('');
    log(`data set: ${data.counts.enterprises} enterprises × 60 months = ${data.counts.reports} approved reports, ${data.counts.values} values, ${data.counts.rollups} roll-up rows; ${OPEN_PERIOD} open with ${data.counts.enterprises} notStarted reports`); // prettier-ignore
    log(`built in ${buildSeconds} s (registry ${data.seconds.seed.toFixed(1)} s, reports ${data.seconds.reports.toFixed(1)} s, roll-ups ${data.seconds.rollups.toFixed(1)} s)`); // prettier-ignore
    log(`question: 8 indicators, ${MONTHS.from}…${MONTHS.to}; summary ${SUMMARY_RUNS} requests, plain aggregate ${PLAIN_RUNS} runs, each after ${WARMUP} warm-ups (and ${SERVER_WARMUP} server warm-up summaries first)`); // prettier-ignore
    log(`load average (1/5/15 min) before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')} on ${os.cpus().length} CPUs`); // prettier-ignore
    log('');
    row('', 'p50 ms', 'p95 ms', 'target', '');
    for (const by of GROUPINGS) {
      const s = summaries[by]!;
      row(`GET /stats/summary groupBy=${by} (HTTP)`, s.http.p50.toFixed(2), s.http.p95.toFixed(2), `≤ ${TARGETS.summaryP50Ms} ms`, verdict(s.http.p50 <= TARGETS.summaryP50Ms)); // prettier-ignore
      row(`plain aggregate (reportSums) by ${by}`, s.plain.p50.toFixed(2), s.plain.p95.toFixed(2), '', '');
      row(`  ratio summary / plain (p50)`, s.ratio.toFixed(3), '', '', '');
      log(`  CPU ms per run (not counting waits for the CPU): server ${s.serverCpuMsPerRequest} per summary request, plain aggregate ${s.benchCpuMsPerPlainRun} (in the bench process${database.kind === 'postgres' ? '; PostgreSQL\'s own CPU not counted' : ''})`); // prettier-ignore
    }
    const importMark =
      imported.ms === null ? 'NOT MEASURED' : verdict(imported.ok && imported.ms <= TARGETS.importMs);
    row(`import ${data.counts.enterprises} rows of ${OPEN_PERIOD} (HTTP)`, imported.ms === null ? '—' : String(imported.ms), '', `≤ ${TARGETS.importMs} ms`, importMark); // prettier-ignore
    row(
      'server peak RSS (VmHWM, MB)',
      peakRssMb.toFixed(1),
      '',
      `≤ ${TARGETS.peakRssMb} MB`,
      verdict(peakRssMb <= TARGETS.peakRssMb),
    );
    log('');
    log(`consistent: ${inconsistent.length === 0 ? 'yes' : 'NO'} (served summaries of ${MONTHS.to} and, after the import, ${OPEN_PERIOD} equal the plain aggregate)`); // prettier-ignore
    for (const p of inconsistent.slice(0, 10)) log(`  ${p}`);
    log(`import: ${imported.note}; file columns equal the server template's: ${layout}`);
    log(`server memory (RSS / peak MB): ${Object.entries(memory).map(([k, m]) => `${k} ${m.rssMb}/${m.peakRssMb}`).join(', ')}`); // prettier-ignore
    log(`reference (issue 4): the plain aggregate over 300,000 rows takes roughly ${REFERENCE_MS.sqlite} ms on SQLite and ${REFERENCE_MS.postgres} ms on PostgreSQL`); // prettier-ignore

    const results = {
      date: new Date().toISOString(),
      database: database.kind,
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: { before: loadBefore, after: loadAfter },
      dataset: { ...data.counts, months: 60, buildSeconds, phases: data.seconds },
      question: { indicators: BENCH_CODES, ...MONTHS },
      runs: { serverWarmup: SERVER_WARMUP, warmup: WARMUP, summary: SUMMARY_RUNS, plain: PLAIN_RUNS },
      summary: summaries,
      import: { ...imported, templateLayout: layout },
      memory,
      peakRssMb,
      consistent: inconsistent.length === 0,
      targets: TARGETS,
      pass: {
        summary: Object.values(summaries).every((s) => s.http.p50 <= TARGETS.summaryP50Ms),
        import: imported.ms !== null && imported.ok && imported.ms <= TARGETS.importMs,
        memory: peakRssMb <= TARGETS.peakRssMb,
      },
      referenceMs: REFERENCE_MS,
    };
    const file = path.join(import.meta.dirname, `results-${database.kind}.json`);
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    log(`results written to ${path.relative(process.cwd(), file)}`);
    if (inconsistent.length > 0) process.exitCode = 1;
  } finally {
    await server?.stop();
    await handle.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Uploads the open month's workbook for all enterprises; times request start to response. */
async function measureImport(
  server: ServerProcess,
  cookie: string,
  data: BenchDataset,
  memory: Record<string, { rssMb: number; peakRssMb: number }>,
) {
  const taskUrl = `${server.base}/api/v1/report-tasks/${data.openTaskId}`;
  const file = await monthWorkbook(data);
  const form = new FormData();
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  form.append('file', new Blob([file], { type }), `${OPEN_PERIOD}.xlsx`);
  const cpu = server.cpuMs();
  const start = performance.now();
  const response = await fetch(`${taskUrl}/import`, { method: 'POST', headers: { cookie }, body: form });
  const body = await response.text();
  const ms = Math.round(performance.now() - start);
  const serverCpuMs = Math.round(server.cpuMs() - cpu);
  memory.afterImport = server.memory();
  if (response.status === 404)
    return {
      ms: null,
      ok: false,
      status: 404,
      serverCpuMs,
      note: `no import route yet: ${body.slice(0, 200)}`,
    };
  const task = await getJson<{ counts: Record<string, number> }>(server.base, `/api/v1/report-tasks/${data.openTaskId}`, cookie); // prettier-ignore
  const ok = response.status === 200 && task.counts.approved === data.counts.enterprises;
  const note = `${response.status} in ${ms} ms (server CPU ${serverCpuMs} ms), ${(file.length / 1024).toFixed(0)} KB file; response ${body.slice(0, 300)}; task counts ${JSON.stringify(task.counts)}`; // prettier-ignore
  return { ms, ok, status: response.status, serverCpuMs, note, bytes: file.length, counts: task.counts };
}

/**
 * Whether the bench's file has the columns of the server's template. Fetched after the memory
 * reading: writing a 5,000-row template is not part of what the targets measure.
 */
async function templateMatches(server: ServerProcess, cookie: string, data: BenchDataset): Promise<string> {
  const response = await fetch(`${server.base}/api/v1/report-tasks/${data.openTaskId}/template.xlsx`, { headers: { cookie } }); // prettier-ignore
  if (response.status !== 200) return `no (template answered ${response.status})`;
  const template = await headerRow(Buffer.from(await response.arrayBuffer()));
  const ours = monthHeaders(data);
  return JSON.stringify(template) === JSON.stringify(ours) ? 'yes' : `NO: template ${template.join(',')}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
