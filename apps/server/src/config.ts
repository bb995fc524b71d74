import path from 'node:path';

/** Validated runtime configuration. `config.ts` is the only reader of `process.env`. */
export interface AppConfig {
  /** The folder the command was typed in; relative paths given on a command line resolve here. */
  workingDir: string;
  /** TCP port (`PORT`, default 3000). */
  port: number;
  /** Interface to listen on (`HOST`, default 127.0.0.1). */
  host: string;
  /** Folder for the SQLite file, attachments, backups and audit archives (`DATA_DIR`, default ./data). */
  dataDir: string;
  /** `postgres://…` for PostgreSQL, otherwise the SQLite file path (`DATABASE_URL`, default <dataDir>/kaifaqu.sqlite). */
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  /** Folder of the built web app to serve (`WEB_DIST`, default apps/web/dist). */
  webDist: string | null;
  /** Marks cookies Secure (`COOKIE_SECURE`, default false; set true behind HTTPS). */
  cookieSecure: boolean;
  /** Trust X-Forwarded-For from a proxy (`TRUST_PROXY`, default false). */
  trustProxy: boolean;
  /** pino level (`LOG_LEVEL`, default info). */
  logLevel: string;
  /** Days of audit rows kept in the database before archiving (`AUDIT_RETENTION_DAYS`, default 180, minimum 180). */
  auditRetentionDays: number;
  /** Login attempts per IP per minute (`LOGIN_RATE_LIMIT_PER_MINUTE`, default 20). */
  loginRateLimitPerMinute: number;
  /** Demo mode: the login page says the data set is a demo with known passwords (`KFQ_DEMO`, default false). */
  demo: boolean;
  /** Run scheduled jobs in this instance (`JOBS_ENABLED`, default true). */
  jobsEnabled: boolean;
  /** Name given to the zone on first start with an empty database (`KFQ_ZONE_NAME`, default 开发区). */
  initialZoneName: string;
  /** Administrative division code (6 digits) of the zone on first start (`KFQ_ZONE_DIVISION_CODE`, default 000000). */
  initialZoneDivisionCode: string;
  /** Browser journeys may move the server clock forward (`KFQ_E2E_CLOCK`, default false; refused when NODE_ENV=production). */
  e2eClockControl: boolean;
}

/** Thrown when the environment is invalid; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n - ${problems.join('\n - ')}`);
  }
}

type Env = Record<string, string | undefined>;

function intVar(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function boolVar(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

/** Reads and validates configuration from an environment (defaults to `process.env`). */
export function loadConfig(env: Env = process.env, cwd = env.INIT_CWD || process.cwd()): AppConfig {
  // npm runs workspace scripts inside the workspace folder; INIT_CWD is where the person typed the
  // command, so relative paths such as ./data mean the same thing from the repository root.
  const problems: string[] = [];
  const dataDir = path.resolve(cwd, env.DATA_DIR || 'data');
  const url = env.DATABASE_URL;
  let database: AppConfig['database'];
  if (url && /^postgres(ql)?:\/\//.test(url)) database = { kind: 'postgres', url };
  else if (url && /^[a-z]+:\/\//i.test(url)) {
    problems.push(`DATABASE_URL must be postgres://… or a file path (got scheme "${url.split(':')[0]}")`);
    database = { kind: 'sqlite', file: path.join(dataDir, 'kaifaqu.sqlite') };
  } else
    database = { kind: 'sqlite', file: url ? path.resolve(cwd, url) : path.join(dataDir, 'kaifaqu.sqlite') };
  const logLevel = env.LOG_LEVEL || 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push(
      `LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}")`,
    );
  }
  const config: AppConfig = {
    workingDir: cwd,
    port: intVar(env, 'PORT', 3000, 0, 65535, problems),
    host: env.HOST || '127.0.0.1',
    dataDir,
    database,
    webDist: env.WEB_DIST === '' ? null : path.resolve(cwd, env.WEB_DIST || defaultWebDist()),
    cookieSecure: boolVar(env, 'COOKIE_SECURE', false, problems),
    trustProxy: boolVar(env, 'TRUST_PROXY', false, problems),
    logLevel,
    auditRetentionDays: intVar(env, 'AUDIT_RETENTION_DAYS', 180, 180, 36500, problems),
    loginRateLimitPerMinute: intVar(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 20, 1, 10000, problems),
    demo: boolVar(env, 'KFQ_DEMO', false, problems),
    jobsEnabled: boolVar(env, 'JOBS_ENABLED', true, problems),
    initialZoneName: (env.KFQ_ZONE_NAME || '开发区').slice(0, 100),
    initialZoneDivisionCode: env.KFQ_ZONE_DIVISION_CODE || '000000',
    e2eClockControl: boolVar(env, 'KFQ_E2E_CLOCK', false, problems),
  };
  if (config.e2eClockControl && env.NODE_ENV === 'production')
    problems.push('KFQ_E2E_CLOCK must not be set when NODE_ENV=production');
  if (!/^\d{6}$/.test(config.initialZoneDivisionCode)) {
    problems.push(`KFQ_ZONE_DIVISION_CODE must be 6 digits (got "${config.initialZoneDivisionCode}")`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function defaultWebDist(): string {
  return path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../web/dist');
}
