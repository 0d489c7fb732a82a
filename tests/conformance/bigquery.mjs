// Conformance run: Google's official Node.js BigQuery client against the fake BigQuery.
// If the official client cannot read the fake's answers, the fake is wrong.
//
//   node bigquery.mjs <fake base URL> <fixture.json>
// Run by scripts/test-extra-bigquery.sh with NODE_PATH pointing at the installed client.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

const require = createRequire(process.env.NODE_PATH + '/');
const { BigQuery } = require('@google-cloud/bigquery');
const { OAuth2Client } = require('google-auth-library');

const [endpoint, fixturePath] = process.argv.slice(2);
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8'));
const table = '`test-project.logs_link._AllLogs`';

// A stub auth client: a real OAuth2Client holding a fixed access token, so no token endpoint
// is ever asked.
const authClient = new OAuth2Client();
authClient.setCredentials({ access_token: 'conformance-token', expiry_date: Date.now() + 3600_000 });
const bigquery = new BigQuery({ projectId: 'test-project', apiEndpoint: endpoint, authClient });

const severityNumber = { DEBUG: 100, INFO: 200, NOTICE: 300, WARNING: 400, ERROR: 500, CRITICAL: 600 };
const messageOf = (e) => e.textPayload ?? e.jsonPayload?.message;
let checks = 0;
const check = (name, fn) => { fn(); checks++; console.log(`ok ${checks} - ${name}`); };

async function control(path) {
  const r = await fetch(endpoint + path, { method: 'POST' });
  assert.equal(r.status, 200);
}
async function requests() {
  return (await fetch(endpoint + '/fake/requests')).json();
}

// 1. Paging: the fake answers at most a few rows a page; the client follows pageToken.
{
  const sql = `SELECT insert_id, timestamp, severity, JSON_VALUE(resource.labels.service_name) AS service
               FROM ${table} WHERE severity_number >= @min ORDER BY insert_id`;
  const before = (await requests()).length;
  const [rows] = await bigquery.query({ query: sql, params: { min: 400 } });
  const pageCalls = (await requests()).slice(before).filter((c) => c.includes('pageToken='));
  const expected = fixture.filter((e) => severityNumber[e.severity] >= 400);
  const byId = new Map(expected.map((e) => [e.insertId, e]));
  check('every matching entry comes back once over several pages', () => {
    assert.equal(rows.length, expected.length);
    assert.equal(new Set(rows.map((r) => r.insert_id)).size, rows.length);
    assert.ok(pageCalls.length >= 2, `page calls: ${pageCalls.length}`);
  });
  check('TIMESTAMP, STRING and JSON_VALUE columns read back as written', () => {
    for (const r of rows) {
      const e = byId.get(r.insert_id);
      assert.ok(e, r.insert_id);
      assert.equal(new Date(r.timestamp.value).getTime(), new Date(e.timestamp).getTime());
      assert.equal(r.severity, e.severity);
      assert.equal(r.service, e.resource.labels.service_name);
    }
  });
  const [job] = await bigquery.createQueryJob({ query: sql, params: { min: 400 } });
  let pages = 0, seen = 0;
  let options = { autoPaginate: false, maxResults: 5 };
  for (;;) {
    const [page, next] = await job.getQueryResults(options);
    pages++;
    seen += page.length;
    if (!next) break;
    options = next;
  }
  check('manual paging with maxResults and pageToken', () => {
    assert.ok(pages > 2, `pages ${pages}`);
    assert.equal(seen, expected.length);
  });
}

// 2. A grouped query that completes late: the client polls jobComplete:false.
{
  await control('/fake/pending-polls/3');
  const sql = `
    WITH masked AS (
      SELECT REGEXP_REPLACE(COALESCE(text_payload, JSON_VALUE(json_payload.message)), r'[0-9]+', '<N>') AS message,
             JSON_VALUE(resource.labels, '$.service_name') AS service, timestamp, insert_id
      FROM ${table})
    SELECT message, service, COUNT(*) AS n, MIN(timestamp) AS first_seen, MAX(timestamp) AS last_seen,
           ARRAY_AGG(insert_id ORDER BY timestamp LIMIT 3) AS samples
    FROM masked GROUP BY message, service`;
  const before = (await requests()).length;
  const [rows] = await bigquery.query(sql);
  await control('/fake/pending-polls/0');
  const calls = (await requests()).slice(before);
  check('the client asked jobs.query, then polled getQueryResults until jobComplete', () => {
    assert.match(calls[0], /^POST \/bigquery\/v2\/projects\/test-project\/queries(\?|$)/);
    const polls = calls.filter((c) => /^GET \/bigquery\/v2\/projects\/test-project\/queries\/job_/.test(c));
    assert.ok(polls.length >= 3, calls.join('\n'));
  });
  const groups = new Map();
  for (const e of fixture) {
    // Request logs have no payload: the SQL's message is NULL for them.
    const message = messageOf(e);
    const key = String(message === undefined ? null : message.replace(/[0-9]+/g, '<N>')) + '\u0000' + e.resource.labels.service_name;
    const g = groups.get(key) ?? { n: 0, first: Infinity, last: -Infinity, ids: [] };
    const t = new Date(e.timestamp).getTime();
    g.n++; g.first = Math.min(g.first, t); g.last = Math.max(g.last, t); g.ids.push([t, e.insertId]);
    groups.set(key, g);
  }
  check('the late job completes with the groups the SQL asks for', () => {
    assert.equal(rows.length, groups.size);
    for (const r of rows) {
      const g = groups.get(String(r.message) + '\u0000' + r.service);
      assert.ok(g, r.message);
      assert.equal(r.n, g.n);
      assert.equal(new Date(r.first_seen.value).getTime(), g.first);
      assert.equal(new Date(r.last_seen.value).getTime(), g.last);
      assert.ok(Array.isArray(r.samples) && r.samples.length === Math.min(3, g.n));
      const oldest = g.ids.sort((a, b) => a[0] - b[0])[0];
      assert.equal(new Date(g.ids.find(([, id]) => id === r.samples[0])[0]).getTime(), oldest[0]);
    }
  });
}

// 3. Dry run through jobs.insert: bytes, no rows.
{
  const [job] = await bigquery.createQueryJob({ query: `SELECT text_payload FROM ${table}`, dryRun: true });
  check('dry run reports the bytes it would scan', () => {
    assert.ok(Number(job.metadata.statistics.totalBytesProcessed) > 0);
  });
}

// 4. Cancel a running job; its error is in the job's status.
{
  await control('/fake/pending-polls/100');
  const [job] = await bigquery.createQueryJob({ query: `SELECT insert_id FROM ${table}` });
  await job.cancel();
  const [meta] = await job.getMetadata();
  await control('/fake/pending-polls/0');
  check('a cancelled job ends with reason "stopped"', () => {
    assert.equal(meta.status.state, 'DONE');
    assert.equal(meta.status.errorResult.reason, 'stopped');
  });
}

// 5. Errors in Google's shape reach the caller with their message.
{
  let error;
  try {
    await bigquery.query(`SELECT NO_SUCH_FN(insert_id) AS x FROM ${table}`);
  } catch (e) {
    error = e;
  }
  check('an invalid query fails with Google\'s message', () => {
    assert.ok(error, 'no error');
    assert.match(error.message, /Function not found: NO_SUCH_FN/);
    assert.equal(error.code, 400);
  });
}

console.log(`conformance: ${checks} checks passed with @google-cloud/bigquery`);
