// The console shell: who is signed in, the navigation their role allows, the live connection, the clock, the
// priority-1 cue, and a hash router that mounts one page at a time.
import { api } from './api.js';
import { IncidentBoard, OPEN_STATES } from './incident-board.js';
import { LiveConnection } from './live.js';
import { loadServiceLevels } from './sla.js';
import { Feed } from './feed.js';
import { viewsFor } from './views/registry.js';
import { el, utcDateTime } from './ui/format.js';
import { PriorityOneCue } from './ui/priority-one-cue.js';
import { useBoard } from './actions.js';

const RESYNC_MS = 30_000;
const main = document.getElementById('main');
const board = new IncidentBoard();
const system = new Feed();
const topics = new Feed();
let session;
let unmount = null;
let mountedPath = null;

async function boot() {
  try {
    session = await api.get('/api/session');
  } catch {
    location.replace('/signin.html');
    return;
  }

  document.getElementById('who').textContent = `${session.userName} (${session.role})`;
  document.getElementById('sign-out').addEventListener('click', async () => {
    await api.delete('/api/session').catch(() => {});
    location.replace('/signin.html');
  });
  buildNav();
  startClock();
  if (session.canViewOperations) {
    useBoard(board);
    await loadServiceLevels();
    new PriorityOneCue(board, document.getElementById('p1-banner'), document.getElementById('sound-toggle'));
    new LiveConnection({
      incident: incident => board.upsert(incident, { source: 'live' }),
      system: snapshot => system.publish(snapshot),
      topics: snapshot => topics.publish(snapshot),
      status: showConnection,
      synced: resync,
    }).start();
    // A safety net under the pushes: a node's live relay starts reading from the end of the incident topic, so a
    // version published while it was still joining is never pushed. A periodic resync bounds that gap.
    setInterval(() => resync().catch(() => {}), RESYNC_MS);
  } else {
    document.getElementById('sound-toggle').hidden = true;
    showConnection('connected');
  }

  window.addEventListener('hashchange', route);
  await route();
}

function buildNav() {
  const nav = document.getElementById('nav');
  nav.replaceChildren(...viewsFor(session.role).filter(v => v.label).map(v =>
    el('li', {}, el('a', { href: `#/${v.path}`, 'data-path': v.path }, v.label))));
}

function startClock() {
  const clock = document.getElementById('clock');
  const tick = () => { clock.textContent = utcDateTime(new Date().toISOString()); };
  tick();
  setInterval(tick, 1000);
}

function showConnection(state) {
  const connection = document.getElementById('connection');
  connection.dataset.state = state;
  connection.textContent = { connected: 'Live', connecting: 'Connecting…', reconnecting: 'Reconnecting…', disconnected: 'Offline, retrying' }[state];
}

// Loads what the pushes cannot have delivered: everything open, recent resolutions, and the current version of any
// incident the board still shows as open but the node no longer lists as open (closed while we were away).
async function resync() {
  const [open, resolved] = await Promise.all([
    api.get(`/api/incidents?state=${OPEN_STATES.join(',')}&limit=5000`),
    api.get('/api/incidents?state=Resolved&limit=200'),
  ]);
  const listed = new Set();
  for (const incident of [...open, ...resolved]) {
    listed.add(incident.incidentId);
    board.upsert(incident, { source: 'sync' });
  }
  const vanished = board.all().filter(i => OPEN_STATES.includes(i.state) && !listed.has(i.incidentId));
  await Promise.all(vanished.map(async i => {
    const current = await api.get(`/api/incidents/${encodeURIComponent(i.incidentId)}`).catch(() => null);
    if (current) board.upsert(current, { source: 'sync' });
  }));
}

async function route() {
  const allowed = viewsFor(session.role);
  const [pathPart, queryPart] = location.hash.replace(/^#\/?/, '').split('?');
  const segments = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const view = allowed.find(v => v.path === segments[0]);
  if (!view) {
    location.replace(`#/${allowed[0].path}`);
    return;
  }

  const params = { segments: segments.slice(1), query: new URLSearchParams(queryPart || '') };
  const key = `${view.path}/${params.segments.join('/')}?${params.query}`;
  if (key === mountedPath) return;
  mountedPath = key;
  unmount?.();
  unmount = null;
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.dataset.path === view.path) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${view.title} · OpsCentre console`;
  main.classList.toggle('full', Boolean(view.fullBleed));
  document.body.classList.toggle('full-bleed', Boolean(view.fullBleed));
  main.replaceChildren();
  const page = await view.load();
  if (mountedPath !== key) return;
  unmount = await page.mount(main, { session, board, system, topics }, params);
}

boot();
