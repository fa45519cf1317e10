// The CCTV panel: per camera, the analytics metadata only (object counts over time, recent events). The pipeline
// never carries images, faces or plates, so there is nothing else to show.
import { api } from '../api.js';
import { seriesChart } from '../ui/chart.js';
import { el, utcDateTime, utcTime } from '../ui/format.js';

const REFRESH_MS = 5000;

export async function mount(container, _context, { segments }) {
  let selected = segments[0] || null;
  const tbody = el('tbody', {});
  const detail = el('section', { class: 'panel', 'aria-labelledby': 'camera-title', id: 'camera-detail' });
  container.append(
    el('h1', {}, 'CCTV analytics'),
    el('p', { class: 'muted' }, 'Analytics metadata only: object counts and events reported by the cameras\' analytics. No video, images, faces or number plates reach the console.'),
    el('div', { class: 'grid-2' },
      el('section', { class: 'panel', 'aria-labelledby': 'cameras-title' },
        el('h2', { id: 'cameras-title' }, 'Cameras'),
        el('table', { id: 'cameras' },
          el('thead', {}, el('tr', {}, ...['Camera', 'Last report', 'Vehicles', 'People', 'Latest event'].map(h => el('th', { scope: 'col' }, h)))),
          tbody)),
      detail));

  async function refresh() {
    let cameras;
    try {
      cameras = await api.get('/api/views/cameras');
    } catch (error) {
      tbody.replaceChildren(el('tr', {}, el('td', { colspan: 5, class: 'empty' }, `Camera analytics unavailable: ${error.message}`)));
      return;
    }
    tbody.replaceChildren(...(cameras.length ? cameras.map(row) : [el('tr', {}, el('td', { colspan: 5, class: 'empty' }, 'No camera has reported since this node started.'))]));
    if (!selected && cameras.length) selected = cameras[0].assetId;
    await showDetail();
  }

  function row(camera) {
    const counts = camera.latestCounts || {};
    const vehicles = ['car', 'bus', 'truck', 'van', 'motorcycle'].reduce((sum, k) => sum + (counts[k] || 0), 0);
    return el('tr', {},
      el('td', {}, el('a', { href: `#/cameras/${encodeURIComponent(camera.assetId)}`, 'aria-current': camera.assetId === selected ? 'true' : null }, camera.assetId)),
      el('td', {}, utcTime(camera.lastReportAt)),
      el('td', { class: 'num' }, String(vehicles)),
      el('td', { class: 'num' }, String(counts.person || 0)),
      el('td', {}, camera.latestEvent ? `${camera.latestEvent.kind} at ${utcTime(camera.latestEvent.at)}` : '—'));
  }

  async function showDetail() {
    if (!selected) {
      detail.replaceChildren(el('h2', { id: 'camera-title' }, 'Camera'), el('p', { class: 'muted' }, 'Choose a camera.'));
      return;
    }
    let timeline;
    try {
      timeline = await api.get(`/api/views/cameras/${encodeURIComponent(selected)}`);
    } catch (error) {
      detail.replaceChildren(el('h2', { id: 'camera-title' }, selected), el('p', { class: 'muted' }, error.message));
      return;
    }
    const times = timeline.buckets.map(b => Date.parse(b.start) / 1000);
    const labels = [...new Set(timeline.buckets.flatMap(b => Object.keys(b.meanCounts)))].sort();
    const series = Object.fromEntries(labels.map(label => [label, timeline.buckets.map(b => b.meanCounts[label] ?? 0)]));
    detail.replaceChildren(
      el('h2', { id: 'camera-title' }, selected),
      labels.length
        ? seriesChart(`Mean objects counted per report, per ${timeline.bucketSeconds} s, over the last ${timeline.buckets.length} intervals: ${labels.join(', ')}.`, times, series)
        : el('p', { class: 'muted' }, 'No counts yet.'),
      el('h3', {}, 'Recent events'),
      timeline.recentEvents.length
        ? el('table', { id: 'camera-events' },
          el('thead', {}, el('tr', {}, ...['When', 'Event', 'Confidence', 'Zone'].map(h => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, ...timeline.recentEvents.map(e => el('tr', {},
            el('td', {}, utcDateTime(e.at)), el('td', {}, e.kind),
            el('td', { class: 'num' }, e.confidence == null ? '' : e.confidence.toFixed(2)), el('td', {}, e.zone || '')))))
        : el('p', { class: 'muted' }, 'No events in the window.'));
  }

  await refresh();
  const timer = setInterval(refresh, REFRESH_MS);
  return () => clearInterval(timer);
}
