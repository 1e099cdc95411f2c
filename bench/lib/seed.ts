import { Client } from 'pg';
import { uscc } from '../../test/utils/fixtures';

/** Jinjiang at full scale (the sizes bench/RESULTS.md reports against); `--scale` multiplies every count. */
export const FULL_SCALE = { matters: 300, parties: 50_000, licences: 200_000, penalties: 1_000_000, readings: 5_000_000 };

export interface SeedSize {
  matters: number;
  parties: number;
  licences: number;
  penalties: number;
  readings: number;
}

export function sizeAt(scale: number): SeedSize {
  const at = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    matters: FULL_SCALE.matters,
    parties: at(FULL_SCALE.parties),
    licences: at(FULL_SCALE.licences),
    penalties: at(FULL_SCALE.penalties),
    readings: at(FULL_SCALE.readings),
  };
}

/** Noise monitors of the towns, and the minutes between two of a monitor's readings. */
export const DEVICES_PER_TOWN = 50;
export const READING_EVERY_MINUTES = 10;
/** The first reading of every monitor (Shanghai midnight, 2026-10-01). */
export const READINGS_FROM = new Date('2026-09-30T16:00:00Z');

/** Party `i`'s USCC: valid check characters, as the API insists. */
export const partyUscc = (i: number) => uscc(1_000_000 + i);

/**
 * Generates the data set inside PostgreSQL (generate_series), so a million rows take seconds, with
 * `setseed` making every random() the same on every run: the same seed gives the same rows.
 * Matters are spread over the departments and devolved to the towns; licences and penalties over
 * the 19 townships, the parties and five years.
 */
export async function seedRecords(client: Client, size: Omit<SeedSize, 'readings'>, seed = 0.42): Promise<void> {
  await client.query('SELECT setseed($1)', [seed]);
  await client.query(
    `INSERT INTO devolved_matter (code, name, legal_basis, regulation_class, source_department_code, effective_from)
     SELECT 'BM-' || lpad(n::text, 4, '0'), '基准事项' || n, '《福建省行政执法条例》', (ARRAY['LICENSED_VIOLATION','UNLICENSED','PROHIBITED','OTHER'])[1 + n % 4],
            d.codes[1 + n % array_length(d.codes, 1)], date '2020-01-01'
       FROM generate_series(1, $1::int) n, (SELECT array_agg(code ORDER BY code) AS codes FROM unit WHERE kind = 'DEPARTMENT') d`,
    [size.matters],
  );
  const parties = Array.from({ length: size.parties }, (_, i) => partyUscc(i));
  await client.query(`CREATE TEMP TABLE bench_party AS SELECT ordinality - 1 AS i, u AS uscc FROM unnest($1::text[]) WITH ORDINALITY u`, [
    parties,
  ]);
  await client.query(
    `CREATE TEMP TABLE bench_town AS SELECT row_number() OVER (ORDER BY code) - 1 AS i, code FROM unit WHERE kind IN ('TOWN', 'SUBDISTRICT')`,
  );
  await client.query(
    `INSERT INTO licensing_decision (id, publisher_code, source_id, version, content_hash, kind, licence_number, holder_name, holder_uscc,
        matter_code, township_code, valid_from, valid_to, status, decision_date)
     SELECT gen_random_uuid(), m.source_department_code, 'BL-' || n, 1, repeat('0', 64), (ARRAY['LICENCE','CONFIRMATION','FILING'])[1 + n % 3],
            '晋许' || n, '企业' || p.i, p.uscc, m.code, t.code, day, day + 365 * (1 + n % 5), CASE WHEN n % 50 = 0 THEN 'SUSPENDED' ELSE 'VALID' END, day
       FROM (SELECT n, (random() * 1e9)::bigint AS r, date '2021-01-01' + (random() * 1800)::int AS day FROM generate_series(1, $1::int) n) g
       JOIN bench_party p ON p.i = g.r % $2
       JOIN devolved_matter m ON m.code = 'BM-' || lpad((1 + g.r % $3)::text, 4, '0')
       JOIN bench_town t ON t.i = g.r % 19`,
    [size.licences, size.parties, size.matters],
  );
  await client.query(
    `INSERT INTO penalty_decision (id, publisher_code, source_id, version, content_hash, measure_kind, decision_number, party_name, party_uscc,
        matter_code, facts, legal_basis, penalty_kinds, fine_amount, decision_date, execution_status, township_code)
     SELECT gen_random_uuid(), t.code, 'BP-' || n, 1, repeat('0', 64), CASE WHEN n % 20 = 0 THEN 'COMPULSORY_MEASURE' ELSE 'PENALTY' END,
            '晋综执罚〔' || extract(year FROM day) || '〕' || n || '号', '企业' || p.i, p.uscc, m.code, '违法事实', '《食品安全法》', ARRAY['罚款'],
            round((random() * 20000)::numeric, 2), day, (ARRAY['PENDING','EXECUTED','IN_PROGRESS'])[1 + n % 3], t.code
       FROM (SELECT n, (random() * 1e9)::bigint AS r, date '2021-01-01' + (random() * 1800)::int AS day FROM generate_series(1, $1::int) n) g
       JOIN bench_party p ON p.i = g.r % $2
       JOIN devolved_matter m ON m.code = 'BM-' || lpad((1 + g.r % $3)::text, 4, '0')
       JOIN bench_town t ON t.i = (g.r / 7) % 19`,
    [size.penalties, size.parties, size.matters],
  );
  await client.query('ANALYZE');
}

/**
 * The towns' noise monitors (50 a town, owned and published by the town) and their readings, every
 * 10 minutes from READINGS_FROM, written in time order as devices report them (what the BRIN index
 * on observed_at relies on). Answers the monitors' ids.
 */
export async function seedDeviceReadings(client: Client, readings: number, seed = 0.42): Promise<string[]> {
  await client.query('SELECT setseed($1)', [seed]);
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO surveillance_device (id, publisher_code, source_id, version, content_hash, device_code, device_kind, location, township_code, status)
     SELECT gen_random_uuid(), t.code, 'BD-' || n, 1, repeat('0', 64), 'JJ-NOISE-' || n, 'NOISE_MONITOR', '噪声监测点' || n, t.code, 'ACTIVE'
       FROM generate_series(0, $1::int - 1) n
       JOIN (SELECT row_number() OVER (ORDER BY code) - 1 AS i, code FROM unit WHERE kind IN ('TOWN', 'SUBDISTRICT')) t ON t.i = n % 19
     RETURNING id`,
    [19 * DEVICES_PER_TOWN],
  );
  const perDevice = Math.max(1, Math.ceil(readings / rows.length));
  await client.query(
    `INSERT INTO device_reading (device_id, observed_at, kind, reading)
     SELECT d.id, $2::timestamptz + s * make_interval(mins => $3::int), 'noise_db', jsonb_build_object('value', round((35 + random() * 45)::numeric, 1))
       FROM generate_series(0, $1::int - 1) s CROSS JOIN unnest($4::uuid[]) AS d(id)`,
    [perDevice, READINGS_FROM.toISOString(), READING_EVERY_MINUTES, rows.map((r) => r.id)],
  );
  await client.query('ANALYZE surveillance_device, device_reading');
  return rows.map((r) => r.id);
}
