import type { Kysely } from 'kysely';

// Frozen: environment (环保) — discharge permits (排污许可), monitoring stations with their
// ingestion key hash and limits, readings, and alarms. Measured values and limits are integers
// × 1000; timestamps UTC ISO-8601; dates YYYY-MM-DD in Asia/Shanghai.

// Kysely<any>: a frozen migration must not follow the application's evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('discharge_permits')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'varchar(36)', (c) => c.notNull().references('enterprises.id'))
    .addColumn('sub_park_id', 'varchar(36)') // the enterprise's sub-park when registered
    .addColumn('department_id', 'varchar(36)', (c) => c.references('departments.id'))
    .addColumn('permit_no', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('management_class', 'varchar(16)', (c) => c.notNull()) // key | simplified | registration
    .addColumn('issued_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('valid_from', 'varchar(10)', (c) => c.notNull())
    .addColumn('valid_to', 'varchar(10)', (c) => c.notNull())
    .addColumn('pollutants', 'varchar(1000)', (c) => c.notNull())
    .addColumn('file_ids', 'text', (c) => c.notNull()) // JSON list
    .addColumn('note', 'varchar(500)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull()) // active | revoked
    .addColumn('created_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('discharge_permits_enterprise_idx')
    .on('discharge_permits')
    .columns(['enterprise_id'])
    .execute();
  await db.schema
    .createIndex('discharge_permits_valid_to_idx')
    .on('discharge_permits')
    .columns(['status', 'valid_to'])
    .execute();

  await db.schema
    .createTable('monitoring_stations')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('code', 'varchar(32)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('kind', 'varchar(24)', (c) => c.notNull()) // airQuality | wastewaterOutlet
    .addColumn('enterprise_id', 'varchar(36)', (c) => c.references('enterprises.id'))
    .addColumn('sub_park_id', 'varchar(36)')
    .addColumn('department_id', 'varchar(36)', (c) => c.references('departments.id'))
    .addColumn('location', 'varchar(200)', (c) => c.notNull())
    .addColumn('key_hash', 'varchar(64)', (c) => c.notNull()) // sha256 hex of the ingestion key
    .addColumn('key_rotated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('monitoring_thresholds')
    .addColumn('station_id', 'varchar(36)', (c) => c.notNull().references('monitoring_stations.id'))
    .addColumn('pollutant', 'varchar(16)', (c) => c.notNull())
    .addColumn('unit', 'varchar(16)', (c) => c.notNull())
    .addColumn('upper_limit', 'bigint') // × 1000
    .addColumn('lower_limit', 'bigint') // × 1000
    .addPrimaryKeyConstraint('monitoring_thresholds_pk', ['station_id', 'pollutant'])
    .execute();

  await db.schema
    .createTable('monitoring_readings')
    .addColumn('station_id', 'varchar(36)', (c) => c.notNull().references('monitoring_stations.id'))
    .addColumn('pollutant', 'varchar(16)', (c) => c.notNull())
    .addColumn('measured_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('value', 'bigint', (c) => c.notNull()) // × 1000
    .addColumn('received_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('monitoring_readings_pk', ['station_id', 'pollutant', 'measured_at'])
    .execute();

  await db.schema
    .createTable('monitoring_alarms')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('station_id', 'varchar(36)', (c) => c.notNull().references('monitoring_stations.id'))
    .addColumn('pollutant', 'varchar(16)', (c) => c.notNull())
    .addColumn('limit_kind', 'varchar(8)', (c) => c.notNull()) // upper | lower
    .addColumn('limit_value', 'bigint', (c) => c.notNull()) // × 1000
    .addColumn('first_value', 'bigint', (c) => c.notNull())
    .addColumn('last_value', 'bigint', (c) => c.notNull())
    .addColumn('raised_at', 'varchar(30)', (c) => c.notNull()) // measured time of the first reading
    .addColumn('last_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull()) // open | acknowledged | hazardRaised
    .addColumn('handled_by', 'varchar(36)')
    .addColumn('handled_at', 'varchar(30)')
    .addColumn('note', 'varchar(500)')
    .addColumn('hazard_id', 'varchar(36)', (c) => c.references('hazards.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('monitoring_alarms_station_idx')
    .on('monitoring_alarms')
    .columns(['station_id', 'pollutant', 'status'])
    .execute();
  await db.schema
    .createIndex('monitoring_alarms_status_idx')
    .on('monitoring_alarms')
    .columns(['status', 'raised_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('monitoring_alarms').execute();
  await db.schema.dropTable('monitoring_readings').execute();
  await db.schema.dropTable('monitoring_thresholds').execute();
  await db.schema.dropTable('monitoring_stations').execute();
  await db.schema.dropTable('discharge_permits').execute();
}
