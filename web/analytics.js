// The search analytics page: fetches GET /api/analytics (admins only) and fills the tables. Every value is
// written with textContent, never as HTML: queries are whatever readers typed.

const TOKEN_KEY = 'docsift.adminToken';
const $ = (id) => document.getElementById(id);

async function load() {
  const days = $('days').value;
  const token = sessionStorage.getItem(TOKEN_KEY);
  const headers = { Accept: 'application/json' };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  $('status').textContent = 'Loading…';
  let response;
  try {
    response = await fetch(`/api/analytics?days=${encodeURIComponent(days)}&limit=50`, { headers });
  } catch {
    $('status').textContent = 'The server cannot be reached.';
    return;
  }
  const body = await response.json().catch(() => ({}));
  if (response.status === 403) {
    $('status').textContent = body.message || 'Admins only.';
    $('token-form').hidden = false;
    $('report').hidden = true;
    return;
  }
  if (!response.ok) {
    $('status').textContent = body.message || `The server answered ${response.status}.`;
    return;
  }
  $('token-form').hidden = true;
  render(body);
}

function render(report) {
  $('status').textContent = `${report.searches} searches and ${report.clicks} hits opened, `
    + `${new Date(report.since).toLocaleString()} to ${new Date(report.until).toLocaleString()}.`;
  fillQueries('top', report.topQueries);
  fillQueries('no-results', report.noResults);
  fillQueries('no-clicks', report.noClicks);
  const clicks = Math.max(1, report.clicks);
  fill('positions', report.clickPositions.map((p) => [p.position, p.clicks, `${(100 * p.clicks / clicks).toFixed(1)} %`]));
  $('report').hidden = false;
}

function fillQueries(id, queries) {
  fill(id, queries.map((q) => [q.query, q.searches, q.hits]));
}

function fill(id, rows) {
  const body = $(id).tBodies[0];
  body.replaceChildren();
  if (rows.length === 0) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = 3;
    cell.className = 'empty';
    cell.textContent = 'None in this period.';
  }
  for (const values of rows) {
    const row = body.insertRow();
    for (const value of values) {
      row.insertCell().textContent = String(value);
    }
  }
}

$('days').addEventListener('change', load);
$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $('token').value);
  load();
});
load();
