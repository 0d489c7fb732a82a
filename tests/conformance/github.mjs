// Conformance run: GitHub's official Octokit client against the fake GitHub.
// If Octokit cannot read the fake's answers the way it reads GitHub's, the fake is wrong.
//
//   node github.mjs <fake API base URL>
// Run by scripts/test-extra-conformance.sh with NODE_PATH pointing at the installed clients,
// once with the github.com layout and once with the GitHub Enterprise Server one (/api/v3).
// The server seeds acme/backend: 75 issues (#1 has 45 comments, every 4th is closed, labels
// cycle bug / bug+log-gardener / enhancement), 12 commits touching src/checkout.py, that file.
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const require = createRequire(process.env.NODE_PATH + '/');
const { Octokit } = require('@octokit/rest');
const { throttling } = require('@octokit/plugin-throttling');
const { createOAuthDeviceAuth } = require('@octokit/auth-oauth-device');
const { request } = require('@octokit/request');

const [baseUrl] = process.argv.slice(2);
const origin = new URL(baseUrl).origin;
const owner = 'acme', repo = 'backend';
const layout = new URL(baseUrl).pathname.replace(/\/$/, '') || '(github.com layout)';
// Quiet: the failures asked for below would otherwise be logged as errors.
const log = { debug() {}, info() {}, warn: console.warn, error() {} };
const octokit = new Octokit({ baseUrl, auth: 'conformance-token', userAgent: 'log-gardener-conformance', log });

let checks = 0;
const check = async (name, fn) => { await fn(); checks++; console.log(`ok ${checks} - ${name}`); };
const control = async (path) => assert.equal((await fetch(origin + path, { method: 'POST' })).status, 200);
const requests = async () => (await fetch(origin + '/fake/requests')).json();
const failure = async (promise) => {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  assert.fail('the call succeeded');
};

await check(`${layout}: repos.get reads permissions and has_issues`, async () => {
  const { status, data, headers } = await octokit.rest.repos.get({ owner, repo });
  assert.equal(status, 200);
  assert.equal(data.full_name, 'acme/backend');
  assert.equal(data.has_issues, true);
  assert.equal(data.permissions.push, true);
  assert.match(headers['x-ratelimit-remaining'], /^\d+$/);
  assert.match(headers['x-ratelimit-reset'], /^\d+$/);
});

await check(`${layout}: paginate follows Link rel="next" over every page of issues.listForRepo`, async () => {
  const before = (await requests()).length;
  const all = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'all', per_page: 30 });
  const pages = (await requests()).slice(before).filter((c) => c.startsWith('GET ') && c.includes('/issues?'));
  assert.equal(all.length, 75);
  assert.equal(new Set(all.map((i) => i.number)).size, 75);
  assert.equal(pages.length, 3, pages.join('\n'));
  // Newest first, as GitHub's default sort=created direction=desc.
  assert.deepEqual(all.map((i) => i.number), [...all.map((i) => i.number)].sort((a, b) => b - a));
});

await check(`${layout}: issues.listForRepo filters by state, labels and since, sorted by updated asc`, async () => {
  const since = '2026-03-02T00:00:00Z';
  const hits = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner, repo, state: 'open', labels: 'bug,log-gardener', since, sort: 'updated', direction: 'asc', per_page: 7 });
  // Issue k (1-based) was created 2026-03-01T09:00Z + (k-1) h; open unless k % 4 == 0; labels
  // bug+log-gardener when k % 3 == 2.
  const expected = [];
  for (let k = 1; k <= 75; k++) {
    const created = Date.UTC(2026, 2, 1, 9) + (k - 1) * 3600_000;
    if (k % 4 !== 0 && k % 3 === 2 && created >= Date.parse(since)) expected.push(k);
  }
  assert.deepEqual(hits.map((i) => i.number), expected);
  for (const i of hits) assert.deepEqual(i.labels.map((l) => l.name), ['bug', 'log-gardener']);
});

let created;
await check(`${layout}: issues.create answers 201 with number, node_id, labels and html_url`, async () => {
  const r = await octokit.rest.issues.create({ owner, repo, title: 'Conformance: café € 日本', body: 'Body\n\n- [ ] task', labels: ['bug', 'log-gardener'] });
  assert.equal(r.status, 201);
  created = r.data;
  assert.equal(created.title, 'Conformance: café € 日本');
  assert.equal(created.state, 'open');
  assert.match(created.node_id, /^I_/);
  assert.deepEqual(created.labels.map((l) => l.name), ['bug', 'log-gardener']);
  assert.equal(created.html_url, `${origin}/acme/backend/issues/${created.number}`);
  const again = await octokit.rest.issues.get({ owner, repo, issue_number: created.number });
  assert.equal(again.data.body, 'Body\n\n- [ ] task');
});

await check(`${layout}: a create without title fails with 422 and GitHub's error JSON`, async () => {
  const e = await failure(octokit.rest.issues.create({ owner, repo, title: '' }));
  assert.equal(e.name, 'HttpError');
  assert.equal(e.status, 422);
  assert.equal(e.response.data.message, 'Validation Failed');
  assert.deepEqual(e.response.data.errors, [{ resource: 'Issue', field: 'title', code: 'missing_field' }]);
  assert.match(e.response.data.documentation_url, /^https:\/\/docs\.github\.com\//);
  assert.match(e.message, /Validation Failed/);
});

await check(`${layout}: an unknown issue or repository fails with 404 and GitHub's error JSON`, async () => {
  for (const call of [octokit.rest.issues.get({ owner, repo, issue_number: 99999 }),
    octokit.rest.repos.get({ owner, repo: 'no-such-repo' })]) {
    const e = await failure(call);
    assert.equal(e.status, 404);
    assert.equal(e.response.data.message, 'Not Found');
    assert.match(e.response.data.documentation_url, /^https:\/\/docs\.github\.com\//);
  }
});

await check(`${layout}: a wrong token fails with 401 Bad credentials`, async () => {
  const stranger = new Octokit({ baseUrl, auth: 'not-the-token', log });
  const e = await failure(stranger.rest.repos.get({ owner, repo }));
  assert.equal(e.status, 401);
  assert.equal(e.response.data.message, 'Bad credentials');
});

await check(`${layout}: issues.update closes, relabels and retitles`, async () => {
  const r = await octokit.rest.issues.update({ owner, repo, issue_number: created.number, state: 'closed', labels: ['bug'], title: 'Renamed' });
  assert.equal(r.data.state, 'closed');
  assert.ok(r.data.closed_at);
  assert.deepEqual(r.data.labels.map((l) => l.name), ['bug']);
  assert.equal(r.data.title, 'Renamed');
  const reopened = await octokit.rest.issues.update({ owner, repo, issue_number: created.number, state: 'open' });
  assert.equal(reopened.data.closed_at, null);
  const e = await failure(octokit.rest.issues.update({ owner, repo, issue_number: created.number, state: 'resolved' }));
  assert.equal(e.status, 422);
});

await check(`${layout}: comments: paginate over 45, filter by since, create one`, async () => {
  const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: 1, per_page: 20 });
  assert.equal(all.length, 45);
  assert.equal(new Set(all.map((c) => c.id)).size, 45);
  const recent = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: 1, since: '2026-03-01T09:40:00Z', per_page: 100 });
  assert.equal(recent.length, 5);
  const made = await octokit.rest.issues.createComment({ owner, repo, issue_number: created.number, body: 'Seen again ×3' });
  assert.equal(made.status, 201);
  assert.equal(made.data.body, 'Seen again ×3');
  assert.equal(made.data.html_url, `${origin}/acme/backend/issues/${created.number}#issuecomment-${made.data.id}`);
  const listed = await octokit.rest.issues.listComments({ owner, repo, issue_number: created.number });
  assert.deepEqual(listed.data.map((c) => c.id), [made.data.id]);
  const e = await failure(octokit.rest.issues.createComment({ owner, repo, issue_number: created.number, body: '' }));
  assert.equal(e.status, 422);
  assert.equal(e.response.data.errors[0].field, 'body');
});

await check(`${layout}: labels: paginate listLabelsForRepo`, async () => {
  const labels = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { owner, repo, per_page: 2 });
  assert.deepEqual(labels.map((l) => l.name).sort(), ['bug', 'enhancement', 'log-gardener']);
});

// GET /search/issues by route: Octokit marks search.issuesAndPullRequests deprecated (GitHub
// moves issue search to its advanced syntax) and would warn on every call.
const searchIssues = 'GET /search/issues';
await check(`${layout}: search issues: total_count, items, paging with per_page, quoted phrases`, async () => {
  const q = 'repo:acme/backend is:issue "payment step" timeout';
  const first = await octokit.request(searchIssues, { q, per_page: 10 });
  assert.equal(first.data.incomplete_results, false);
  assert.equal(first.data.total_count, 75);
  assert.equal(first.data.items.length, 10);
  const all = await octokit.paginate(searchIssues, { q, per_page: 40 });
  assert.equal(all.length, 75);
  const one = await octokit.request(searchIssues, { q: 'repo:acme/backend is:issue "timeout 12 in"' });
  assert.deepEqual(one.data.items.map((i) => i.number), [12]);
  assert.equal(one.headers['x-ratelimit-resource'], 'search');
});

await check(`${layout}: commits: paginate listCommits by path, since and until`, async () => {
  const all = await octokit.paginate(octokit.rest.repos.listCommits, { owner, repo, path: 'src/checkout.py', per_page: 5 });
  assert.equal(all.length, 12);
  const window = await octokit.rest.repos.listCommits({ owner, repo, path: 'src/cart', since: '2026-03-03T00:00:00Z', until: '2026-03-06T00:00:00Z' });
  assert.deepEqual(window.data.map((c) => c.commit.author.date), ['2026-03-05T09:00:00Z', '2026-03-04T09:00:00Z', '2026-03-03T09:00:00Z']);
  for (const c of all) {
    assert.match(c.sha, /^[0-9a-f]{40}$/);
    assert.equal(c.commit.author.name, 'Dana Developer');
    assert.ok(c.author === null || c.author.login === 'dana');
  }
  const none = await octokit.rest.repos.listCommits({ owner, repo, path: 'docs/' });
  assert.deepEqual(none.data, []);
  const e = await failure(octokit.rest.repos.listCommits({ owner, repo, since: 'yesterday' }));
  assert.equal(e.status, 422);
});

await check(`${layout}: contents: getContent decodes the base64 file`, async () => {
  const r = await octokit.rest.repos.getContent({ owner, repo, path: 'src/checkout.py', ref: 'main' });
  assert.equal(r.data.type, 'file');
  assert.equal(r.data.encoding, 'base64');
  const text = Buffer.from(r.data.content, 'base64').toString('utf8');
  assert.equal(text, 'def checkout(cart):\n    # été €\n    return pay(cart.total())\n'.repeat(4));
  assert.equal(r.data.size, Buffer.byteLength(text));
  const e = await failure(octokit.rest.repos.getContent({ owner, repo, path: 'src/missing.py' }));
  assert.equal(e.status, 404);
});

await check(`${layout}: graphql closeIssue as a duplicate, then GraphQL errors`, async () => {
  const original = await octokit.rest.issues.get({ owner, repo, issue_number: 2 });
  const mutation = `mutation($issue: ID!, $original: ID!) { closeIssue(input: {issueId: $issue, stateReason: DUPLICATE,
    duplicateIssueId: $original}) { issue { number state stateReason } } }`;
  const r = await octokit.graphql(mutation, { issue: created.node_id, original: original.data.node_id });
  assert.deepEqual(r.closeIssue.issue, { number: created.number, state: 'CLOSED', stateReason: 'DUPLICATE' });
  const after = await octokit.rest.issues.get({ owner, repo, issue_number: created.number });
  assert.equal(after.data.state, 'closed');
  assert.equal(after.data.state_reason, 'duplicate');
  const e = await failure(octokit.graphql(mutation, { issue: 'I_kwDOnosuchnode', original: original.data.node_id }));
  assert.equal(e.name, 'GraphqlResponseError');
  assert.equal(e.errors[0].type, 'NOT_FOUND');
  assert.match(e.message, /Could not resolve to a node/);
});

await check(`${layout}: primary rate limit: 403 with x-ratelimit-remaining 0 and a reset time`, async () => {
  await control('/fake/rate-limit/1');
  const e = await failure(octokit.rest.issues.get({ owner, repo, issue_number: 1 }));
  assert.equal(e.status, 403);
  assert.equal(e.response.headers['x-ratelimit-remaining'], '0');
  const reset = Number(e.response.headers['x-ratelimit-reset']) * 1000;
  assert.ok(reset > Date.now() && reset < Date.now() + 3600_000, String(reset));
  assert.match(e.response.data.message, /API rate limit exceeded/);
  assert.match(e.response.data.documentation_url, /^https:\/\/docs\.github\.com\//);
});

await check(`${layout}: secondary rate limit: 429 with retry-after`, async () => {
  await control('/fake/secondary-rate-limit/1');
  const e = await failure(octokit.rest.issues.listForRepo({ owner, repo }));
  assert.equal(e.status, 429);
  assert.equal(e.response.headers['retry-after'], '30');
  assert.notEqual(e.response.headers['x-ratelimit-remaining'], '0');
  assert.match(e.message, /secondary rate limit/);
});

await check(`${layout}: @octokit/plugin-throttling classifies both limits and reads their waits`, async () => {
  const seen = [];
  const Throttled = Octokit.plugin(throttling);
  const t = new Throttled({
    baseUrl, auth: 'conformance-token', log,
    throttle: {
      onRateLimit: (retryAfter) => { seen.push(['primary', retryAfter]); return false; },
      onSecondaryRateLimit: (retryAfter) => { seen.push(['secondary', retryAfter]); return false; },
    },
  });
  await control('/fake/rate-limit/1');
  assert.equal((await failure(t.rest.issues.get({ owner, repo, issue_number: 1 }))).status, 403);
  await control('/fake/secondary-rate-limit/1');
  assert.equal((await failure(t.rest.issues.get({ owner, repo, issue_number: 1 }))).status, 429);
  assert.equal(seen.length, 2, JSON.stringify(seen));
  assert.equal(seen[0][0], 'primary');
  assert.ok(seen[0][1] > 30 && seen[0][1] <= 61, JSON.stringify(seen));
  assert.deepEqual(seen[1], ['secondary', 30]);
  const ok = await t.rest.issues.get({ owner, repo, issue_number: 1 });
  assert.equal(ok.status, 200);
});

if (layout === '(github.com layout)') {
  await check('device flow: @octokit/auth-oauth-device polls through authorization_pending to a token', async () => {
    const verifications = [];
    const auth = createOAuthDeviceAuth({
      clientType: 'oauth-app', clientId: 'Iv1.conformance', scopes: ['repo'],
      request: request.defaults({ baseUrl: origin }),
      onVerification: (v) => verifications.push(v),
    });
    // The fake asks for a 1 s interval and answers one authorization_pending before the token.
    const token = await auth({ type: 'oauth' });
    assert.equal(token.token, 'gho_conformance');
    assert.equal(verifications[0].user_code, 'ABCD-1234');
    assert.equal(verifications[0].verification_uri, `${origin}/login/device`);
  });
}

console.log(`conformance: ${checks} checks passed with @octokit/rest against ${layout}`);
