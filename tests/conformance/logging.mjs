// Conformance run: Google's official Node.js Cloud Logging client against the fake Google
// (OAuth token endpoint and entries:list) and the fake BigQuery (linked datasets).
// If the official client cannot read the fakes' answers, the fakes are wrong.
//
//   node logging.mjs <fake Google base URL> <fixture.json> <fake BigQuery base URL> <served page size>
// Run by scripts/test-extra-conformance.sh with NODE_PATH pointing at the installed clients.
//
// The client speaks gRPC by default; google-gax's `fallback: 'rest'` makes it speak the
// HTTP/1.1 JSON API the app uses (POST /v2/entries:list), to `protocol`://`apiEndpoint`:`port`.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

const require = createRequire(process.env.NODE_PATH + '/');
const { Logging, v2 } = require('@google-cloud/logging');
const { OAuth2Client } = require('google-auth-library');

// google-gax warns once that pageSize with autoPaginate still returns everything: that is what
// the first check asks for on purpose. Other warnings are still printed.
process.removeAllListeners('warning');
process.on('warning', (w) => { if (w.name !== 'AutopaginateTrueWarning') console.warn(w); });

const [googleUrl, fixturePath, bigqueryUrl, servedPageText] = process.argv.slice(2);
const servedPage = Number(servedPageText);  // the fake's own page length (--page-size)
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8'));
const google = new URL(googleUrl);

// A real OAuth2Client holding a refresh token: it gets its access token from the fake's token
// endpoint, as the app's browser sign-in does.
const authClient = new OAuth2Client({
  clientId: 'conformance-client', clientSecret: 'conformance-secret',
  endpoints: { oauth2TokenUrl: `${google.origin}/token` },
});
authClient.setCredentials({ refresh_token: '1//conformance-refresh' });
const transport = (url) => ({ fallback: 'rest', protocol: 'http', apiEndpoint: url.hostname, port: Number(url.port) });
const logging = new Logging({ projectId: 'test-project', authClient, ...transport(google) });

let checks = 0;
const check = async (name, fn) => { await fn(); checks++; console.log(`ok ${checks} - ${name}`); };
const control = async (path) => assert.equal((await fetch(google.origin + path, { method: 'POST' })).status, 200);
const requests = async () => (await (await fetch(google.origin + '/fake/requests')).json()).filter((r) => !r.call.includes('/fake/'));
const listCalls = (log) => log.filter((r) => r.call.startsWith('POST /v2/entries:list'));
const failure = async (promise) => {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  assert.fail('the call succeeded');
};
const filter = 'resource.type="cloud_run_revision" AND severity>=WARNING';

await check('getEntries with autoPaginate reads every page through pageToken, pageSize honoured', async () => {
  const before = (await requests()).length;
  // autoPaginate must be given: getEntries hands `autoPaginate: undefined` to google-gax, which
  // reads a present-but-undefined option as false and would stop after one page.
  const [entries] = await logging.getEntries({ filter, pageSize: 10, autoPaginate: true });
  const log = (await requests()).slice(before);
  const calls = listCalls(log);
  assert.equal(entries.length, fixture.length);
  assert.deepEqual(entries.map((e) => e.metadata.insertId), fixture.map((e) => e.insertId));
  // A served page longer than pageSize comes in parts; a short part may end a served page, as
  // Cloud Logging's pages may be shorter than asked for.
  let expectedCalls = 0;
  for (let at = 0; at < fixture.length; at += servedPage) expectedCalls += Math.ceil(Math.min(servedPage, fixture.length - at) / 10);
  assert.equal(calls.length, expectedCalls, calls.map((c) => c.call).join('\n'));
  const pageTokens = calls.map((c) => c.body.pageToken ?? null);
  assert.equal(pageTokens[0], null);
  assert.equal(new Set(pageTokens).size, calls.length);
  for (const c of calls) {
    assert.deepEqual(c.body.resourceNames, ['projects/test-project']);
    assert.equal(c.body.orderBy, 'timestamp desc');
    assert.equal(c.body.pageSize, 10);
    assert.ok(c.body.filter.startsWith(filter), c.body.filter);
  }
});

await check('the access token comes from the fake token endpoint (refresh_token grant) and is sent as Bearer', async () => {
  const log = await requests();
  assert.ok(log.some((r) => r.call === 'POST /token'), log.map((r) => r.call).join('\n'));
  for (const c of listCalls(log)) assert.match(c.authorization, /^Bearer ya29\.fake-\d+$/);
});

await check('LogEntry fields decode: timestamp, severity, logName, resource, textPayload', async () => {
  const [entries] = await logging.getEntries({ filter, pageSize: 40, autoPaginate: false });
  assert.equal(entries.length, servedPage);  // a page of the fake, shorter than asked for
  entries.forEach((e, i) => {
    const want = fixture[i];
    assert.equal(e.metadata.timestamp.getTime(), Date.parse(want.timestamp));
    assert.equal(e.metadata.severity, want.severity);
    assert.equal(e.metadata.logName, want.logName);
    assert.deepEqual(e.metadata.resource, want.resource);
    assert.equal(e.data, want.textPayload);
  });
});

await check('manual paging: autoPaginate false hands back the next request with its pageToken', async () => {
  let query = { filter, pageSize: 20, autoPaginate: false };
  const ids = [];
  let pages = 0;
  for (;;) {
    const [entries, next] = await logging.getEntries(query);
    assert.ok(entries.length <= 20);
    ids.push(...entries.map((e) => e.metadata.insertId));
    pages++;
    if (!next) break;
    assert.match(next.pageToken, /\S/);
    query = { ...next, autoPaginate: false };
  }
  assert.deepEqual(ids, fixture.map((e) => e.insertId));
  assert.ok(pages >= 6, `pages ${pages}`);
});

await check('maxResults stops the paging early', async () => {
  const [entries] = await logging.getEntries({ filter, pageSize: 25, maxResults: 30, autoPaginate: true });
  assert.deepEqual(entries.map((e) => e.metadata.insertId), fixture.slice(0, 30).map((e) => e.insertId));
});

// Over the REST transport google-gax fetches through the auth client, and google-auth-library's
// fetch throws a GaxiosError for any non-2xx answer before gax's own decoder
// (GoogleError.parseHttpError) sees the body; so the client surfaces the HTTP status and the raw
// body, and its retry policy (gRPC codes) does not retry a 503. The checks below read what the
// client hands back, and decode the body with the very decoder gax uses for REST errors.
const gax = createRequire(require.resolve('@google-cloud/logging-api'))('google-gax');
const decoded = (e) => gax.GoogleError.parseHttpError(JSON.parse(e.message));
await check('errors in Google\'s JSON shape reach the caller; gax\'s decoder reads their gRPC code and message', async () => {
  const cases = [[403, 7, /Permission 'logging\.logEntries\.list' denied/], [400, 3, /Invalid filter/],
    [404, 5, /Project not found/], [429, 8, /Quota exceeded/], [503, 14, /currently unavailable/]];
  for (const [http, code, message] of cases) {
    await control(`/fake/list-error/${http}`);
    const e = await failure(logging.getEntries({ filter, pageSize: 5, autoPaginate: false }));
    assert.equal(e.status, http, e.message);
    assert.match(e.response.headers.get('content-type'), /^application\/json/);
    const g = decoded(e);
    assert.equal(g.code, code, `${http}: ${g.code} ${g.message}`);
    assert.match(g.message, message);
    if (http === 429) assert.equal(e.response.headers.get('retry-after'), '7');
  }
  const [after] = await logging.getEntries({ filter, pageSize: 5, autoPaginate: false });
  assert.equal(after.length, 5);
  const e = await failure(logging.getEntries({ filter, pageSize: 5, autoPaginate: false, pageToken: 'forged' }));
  assert.equal(e.status, 400);
  assert.equal(decoded(e).code, 3);
  assert.match(decoded(e).message, /Invalid page token/);
});

await check('ConfigServiceV2Client.listLinks reads the linked BigQuery dataset', async () => {
  const config = new v2.ConfigServiceV2Client({ projectId: 'test-project', authClient, ...transport(new URL(bigqueryUrl)) });
  const [links] = await config.listLinks({ parent: 'projects/test-project/locations/-/buckets/-' });
  assert.equal(links.length, 1);
  assert.equal(links[0].name, 'projects/test-project/locations/global/buckets/_Default/links/logs_link');
  assert.equal(links[0].lifecycleState, 'ACTIVE');
  assert.equal(links[0].bigqueryDataset.datasetId, 'bigquery.googleapis.com/projects/test-project/datasets/logs_link');
  await config.close();
});

console.log(`conformance: ${checks} checks passed with @google-cloud/logging (REST transport)`);
