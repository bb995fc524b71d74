import type { DemoSeedContext } from '../../../demo/demo-random.js';
import type { AppContext } from '../../../platform/context.js';
import type {
  MonitoringAlarmTable,
  MonitoringReadingTable,
  MonitoringStationTable,
  MonitoringThresholdTable,
} from '../environment.tables.js';
import { stationKeyHash } from './station-key.js';

interface Profile {
  pollutant: string;
  unit: string;
  /** Typical level; the demo's ordinary readings stay within base × (1 ± 0.45). */
  base: number;
  upper: number | null;
  lower?: number;
}

const AIR: Profile[] = [
  { pollutant: 'PM2_5', unit: 'μg/m³', base: 35, upper: 75 },
  { pollutant: 'PM10', unit: 'μg/m³', base: 60, upper: 150 },
  { pollutant: 'SO2', unit: 'μg/m³', base: 10, upper: 150 },
  { pollutant: 'NO2', unit: 'μg/m³', base: 30, upper: 80 },
  { pollutant: 'O3', unit: 'μg/m³', base: 80, upper: 200 },
  { pollutant: 'CO', unit: 'mg/m³', base: 0.8, upper: 10 },
];
const WATER: Profile[] = [
  { pollutant: 'COD', unit: 'mg/L', base: 30, upper: 100 },
  { pollutant: 'NH3_N', unit: 'mg/L', base: 5, upper: 15 },
  { pollutant: 'TP', unit: 'mg/L', base: 0.6, upper: 2 },
  { pollutant: 'pH', unit: '', base: 7.2, upper: 9, lower: 6 },
];

/** Exceedance episodes: station index, pollutant, hours before now it began, hours, value. */
const EPISODES = [
  { station: 1, pollutant: 'PM2_5', startHoursAgo: 9, hours: 4, value: 96, open: true },
  { station: 3, pollutant: 'COD', startHoursAgo: 3, hours: 4, value: 132, open: true },
  { station: 5, pollutant: 'pH', startHoursAgo: 20, hours: 2, value: 5.4, open: true },
  { station: 0, pollutant: 'O3', startHoursAgo: 8 * 24, hours: 3, value: 236, open: false },
  { station: 4, pollutant: 'NH3_N', startHoursAgo: 12 * 24, hours: 2, value: 19.5, open: false },
  { station: 2, pollutant: 'PM10', startHoursAgo: 20 * 24, hours: 5, value: 182, open: false },
];

const milli = (v: number) => Math.round(v * 1000);

/** Demo stations: three air stations (one per sub-park) and three outlets, with 30 days of hourly readings. */
export async function seedMonitoringDemo(
  ctx: AppContext,
  demo: DemoSeedContext,
  options: {
    outletOwners: { id: string; sub_park_id: string | null }[];
    createdBy: string | null;
    departmentId: string | null;
    subParkIds: string[];
  },
): Promise<void> {
  const { random } = demo;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const lastHour = Math.floor(now.getTime() / 3_600_000) * 3_600_000;
  const airNames = ['管委会空气自动监测站', '东区空气自动监测站', '西区空气自动监测站'];
  const outletNames = ['总排口', '污水排放口', '废水总排口'];
  const stations: (MonitoringStationTable & { profiles: Profile[] })[] = [];
  airNames.forEach((name, i) =>
    stations.push(station(`AQ-0${i + 1}`, name, 'airQuality', null, options.subParkIds[i] ?? null, AIR)),
  );
  options.outletOwners.forEach((owner, i) =>
    stations.push(
      station(`WW-0${i + 1}`, outletNames[i]!, 'wastewaterOutlet', owner.id, owner.sub_park_id, WATER),
    ),
  );

  function station(
    code: string,
    name: string,
    kind: MonitoringStationTable['kind'],
    enterpriseId: string | null,
    subParkId: string | null,
    profiles: Profile[],
  ) {
    const secret = Array.from({ length: 32 }, () => random.int(0, 15).toString(16)).join('');
    return {
      id: random.id(demo.at),
      code,
      name,
      kind,
      enterprise_id: enterpriseId,
      sub_park_id: subParkId,
      department_id: options.departmentId,
      location: kind === 'airQuality' ? `${name}站房` : '厂区污水处理站出口',
      key_hash: stationKeyHash(`${code}.${secret}`),
      key_rotated_at: at,
      active: 1,
      created_by: options.createdBy,
      version: 1,
      created_at: at,
      updated_at: at,
      profiles,
    };
  }

  for (const { profiles, ...row } of stations) {
    await ctx.db.insertInto('monitoring_stations').values(row).execute();
    const thresholds: MonitoringThresholdTable[] = profiles.map((p) => ({
      station_id: row.id,
      pollutant: p.pollutant,
      unit: p.unit,
      upper_limit: p.upper === null ? null : milli(p.upper),
      lower_limit: p.lower === undefined ? null : milli(p.lower),
    }));
    await ctx.db.insertInto('monitoring_thresholds').values(thresholds).execute();
  }

  const alarms: MonitoringAlarmTable[] = [];
  for (const [index, s] of stations.entries()) {
    const rows: MonitoringReadingTable[] = [];
    for (const p of s.profiles) {
      const episode = EPISODES.find((e) => e.station === index && e.pollutant === p.pollutant);
      const exceeding: MonitoringReadingTable[] = [];
      for (let h = 30 * 24 - 1; h >= 0; h--) {
        const time = lastHour - h * 3_600_000;
        const daily = Math.sin((2 * Math.PI * (new Date(time).getUTCHours() + 8)) / 24);
        const noise = (random.next() - 0.5) * 0.4;
        let value = p.pollutant === 'pH' ? p.base + 0.3 * daily + noise : p.base * (1 + 0.25 * daily + noise);
        const inEpisode = episode && h <= episode.startHoursAgo && h > episode.startHoursAgo - episode.hours;
        if (inEpisode) value = episode.value * (1 + (random.next() - 0.5) * 0.06);
        const reading = {
          station_id: s.id,
          pollutant: p.pollutant,
          measured_at: new Date(time).toISOString(),
          value: milli(value),
          received_at: new Date(time + 60_000).toISOString(),
        };
        rows.push(reading);
        if (inEpisode) exceeding.push(reading);
      }
      if (episode && exceeding.length > 0) {
        const first = exceeding[0]!;
        const last = exceeding[exceeding.length - 1]!;
        const lower = p.lower !== undefined && episode.value < p.lower;
        alarms.push({
          id: random.id(demo.at),
          station_id: s.id,
          pollutant: p.pollutant,
          limit_kind: lower ? 'lower' : 'upper',
          limit_value: milli(lower ? p.lower! : p.upper!),
          first_value: first.value,
          last_value: last.value,
          raised_at: first.measured_at,
          last_at: last.measured_at,
          count: exceeding.length,
          status: episode.open ? 'open' : 'acknowledged',
          handled_by: episode.open ? null : options.createdBy,
          handled_at: episode.open
            ? null
            : new Date(Date.parse(last.measured_at) + 2 * 3_600_000).toISOString(),
          note: episode.open ? null : '已现场核实,系短时波动,已要求企业加强巡检',
          hazard_id: null,
          version: episode.open ? 1 : 2,
          created_at: first.received_at,
          updated_at: at,
        });
      }
    }
    for (let i = 0; i < rows.length; i += 500)
      await ctx.db
        .insertInto('monitoring_readings')
        .values(rows.slice(i, i + 500))
        .execute();
  }
  if (alarms.length > 0) await ctx.db.insertInto('monitoring_alarms').values(alarms).execute();
}
