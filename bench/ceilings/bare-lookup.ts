/**
 * The ceiling for the lookup scenario: a bare node:http server and a pg pool of the hub's size
 * running the same indexed SQL the hub runs for permitStatus and partyProfile, and nothing else:
 * no authentication, GraphQL, validation, masking or audit. POST {uscc, matterCode} to /permit,
 * {uscc} to /profile, {deviceId, from, to} to /readings (one page of a monitor's readings), or
 * {unitCode, first} to /inbox or /unified-inbox (the hub's own transferInbox and inbox SQL, imported
 * from the hub).
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { INBOX_ITEMS as ASSISTANCE_ITEMS } from '../../apps/hub-api/src/modules/assistance/assistance.sql';
import { INBOX_ITEMS as COMPLAINT_ITEMS } from '../../apps/hub-api/src/modules/complaints/complaints.sql';
import { inboxUnion } from '../../apps/hub-api/src/modules/inbox/inbox.sql';
import { INBOX, INBOX_ITEMS as TRANSFER_ITEMS } from '../../apps/hub-api/src/modules/transfers/transfers.sql';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const PERMIT = `SELECT * FROM licensing_decision WHERE holder_uscc = $1 AND matter_code = $2 AND revoked_at IS NULL ORDER BY valid_from DESC`;
const PROFILE = [
  `SELECT * FROM licensing_decision WHERE revoked_at IS NULL AND holder_uscc = $1 ORDER BY decision_date DESC LIMIT 50`,
  `SELECT * FROM penalty_decision WHERE revoked_at IS NULL AND party_uscc = $1 ORDER BY decision_date DESC LIMIT 50`,
  `SELECT * FROM complaint_record WHERE revoked_at IS NULL AND subject_uscc = $1 AND status NOT IN ('ANSWERED', 'CLOSED') ORDER BY received_at DESC LIMIT 51`,
];

const UNIFIED_INBOX = inboxUnion([TRANSFER_ITEMS, COMPLAINT_ITEMS, ASSISTANCE_ITEMS]);

const READINGS = `SELECT observed_at, kind, reading FROM device_reading WHERE device_id = $1 AND observed_at >= $2 AND observed_at < $3
                   ORDER BY observed_at, kind LIMIT 101`;

const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    const input = JSON.parse(body) as {
      uscc: string;
      matterCode?: string;
      deviceId?: string;
      from?: string;
      to?: string;
      unitCode?: string;
      first?: number;
    };
    const work =
      request.url === '/inbox'
        ? pool.query(INBOX, [input.unitCode, input.first]).then((r) => ({ transfers: r.rows }))
        : request.url === '/unified-inbox'
          ? pool.query(UNIFIED_INBOX, [input.unitCode, input.first]).then((r) => ({ items: r.rows }))
          : request.url === '/permit'
            ? pool.query(PERMIT, [input.uscc, input.matterCode]).then((r) => ({ covered: r.rows.length > 0, licences: r.rows }))
            : request.url === '/readings'
              ? pool
                  .query(READINGS, [input.deviceId, input.from, input.to])
                  .then((r) => ({ readings: r.rows.slice(0, 100), more: r.rows.length > 100 }))
              : Promise.all(PROFILE.map((sql) => pool.query(sql, [input.uscc]))).then(([l, p, c]) => ({
                  licences: l.rows,
                  penalties: p.rows,
                  complaints: c.rows,
                }));
    work.then(
      (result) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(result));
      },
      (error: Error) => {
        response.writeHead(500);
        response.end(error.message);
      },
    );
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
