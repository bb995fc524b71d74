import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses documented defaults', () => {
    const config = loadConfig({}, '/srv/kfq');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/kfq/data',
      auditRetentionDays: 180,
      database: { kind: 'sqlite', file: '/srv/kfq/data/kaifaqu.sqlite' },
    });
  });

  it('switches to PostgreSQL on a postgres:// URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/kfq' }, '/x').database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@db/kfq',
    });
  });

  it('fails fast listing every problem at once', () => {
    try {
      loadConfig(
        { PORT: 'eighty', AUDIT_RETENTION_DAYS: '30', DATABASE_URL: 'mysql://x', COOKIE_SECURE: 'maybe' },
        '/x',
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toMatch(/PORT[\s\S]*AUDIT_RETENTION_DAYS|AUDIT_RETENTION_DAYS[\s\S]*PORT/);
    }
  });
});
