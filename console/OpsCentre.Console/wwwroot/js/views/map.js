// The city map: Bristol's road links as the base layer, every asset (clustered) coloured by status, incidents as
// pins, and a side panel for the asset or link that was clicked or found. The asset search box is the keyboard way
// to an asset, since canvas markers cannot take focus.
import { api, ApiError } from '../api.js';
import { LinkLayer } from '../map/link-layer.js';
import { AssetLayer } from '../map/asset-layer.js';
import { IncidentLayer } from '../map/incident-layer.js';
import { ASSET_COLOURS } from '../map/status.js';
import { seriesChart } from '../ui/chart.js';
import { el, utcDateTime, place } from '../ui/format.js';

const BRISTOL = [51.4545, -2.5879];
const ASSET_REFRESH_MS = 10_000;
let active = null;

/** The map page currently shown (its layers), for the browser performance measurement; null when not shown. */
export function activeMap() {
  return active;
}

export async function mount(container, { board }, { query }) {
  const mapElement = el('div', { id: 'map', role: 'region', 'aria-label': 'City map' });
  const search = el('input', { id: 'asset-search', type: 'search', placeholder: 'Asset id or name', autocomplete: 'off' });
  const panel = el('aside', { class: 'map-panel', id: 'map-panel', 'aria-labelledby': 'panel-title', hidden: true });
  const status = el('p', { class: 'visually-hidden', role: 'status', id: 'map-status' });
  const layout = el('div', { class: 'map-layout no-panel' },
    el('div', { class: 'map-wrap' },
      el('h1', { class: 'visually-hidden' }, 'City map'),
      mapElement,
      el('form', { class: 'map-tools', role: 'search', 'aria-label': 'Find an asset', onsubmit: event => { event.preventDefault(); find(); } },
        el('label', { for: 'asset-search' }, 'Find asset'), search, el('button', { type: 'submit' }, 'Find'))),
    panel, status);
  container.append(layout);

  const map = L.map(mapElement, { preferCanvas: true, zoomSnap: 0.5, minZoom: 10, maxZoom: 19 }).setView(BRISTOL, 13);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution('Road links: Bristol City Council (OGL v3)');
  legend().addTo(map);

  const links = new LinkLayer();
  const assets = new AssetLayer(map, { onSelect: showAsset });
  const incidents = new IncidentLayer(map);
  active = { map, links, assets, incidents };

  try {
    await links.load(map, { onSelect: showAsset });
    if (links.bounds?.isValid()) map.fitBounds(links.bounds, { padding: [20, 20] });
  } catch (error) {
    status.textContent = `Road links could not be loaded: ${error.message}`;
  }
  const overlays = { Assets: assets.group, Incidents: incidents.layer };
  if (links.layer) overlays['Road links'] = links.layer;
  L.control.layers(null, overlays, { collapsed: true }).addTo(map);

  for (const incident of board.all()) incidents.show(incident);
  const unsubscribe = board.subscribe(({ incident }) => incidents.show(incident));

  let assetFeed = 'loading';
  async function refreshAssets() {
    try {
      const list = (await api.get('/api/assets')).map(flatten);
      await assets.update(list);
      for (const asset of list) if (asset.kind === 'RoadLink') links.colour(asset.assetId, asset.status);
      assetFeed = 'ok';
    } catch (error) {
      assetFeed = error instanceof ApiError && error.status === 404 ? 'absent' : 'failed';
    }
  }
  await refreshAssets();
  const timer = setInterval(refreshAssets, ASSET_REFRESH_MS);
  status.textContent = `Map shows ${links.layer ? 'the road links' : 'no road links'}, ${assets.count} assets and ${incidents.count} incidents.`;

  if (query.get('asset')) showAsset(query.get('asset'));

  function find() {
    const asset = assets.find(search.value);
    if (asset) {
      map.setView([asset.location.lat, asset.location.lon], 17);
      showAsset(asset.assetId);
    } else {
      status.textContent = `No asset matches "${search.value}".`;
      search.setCustomValidity('No asset matches');
      search.reportValidity();
      setTimeout(() => search.setCustomValidity(''), 2000);
    }
  }

  async function showAsset(assetId) {
    layout.classList.remove('no-panel');
    panel.hidden = false;
    const known = assets.get(assetId);
    panel.replaceChildren(el('h2', { id: 'panel-title' }, known?.name || assetId), el('p', { class: 'muted' }, 'Loading…'));
    map.invalidateSize();
    let detail = null;
    let problem = null;
    try {
      detail = flatten(await api.get(`/api/assets/${encodeURIComponent(assetId)}`));
    } catch (error) {
      problem = error.status === 404 ? (assetFeed === 'absent' ? 'This node does not serve asset details.' : 'No live state for this asset on this node yet.') : error.message;
    }
    panel.replaceChildren(...assetPanel(assetId, detail ?? known, problem, () => {
      panel.hidden = true;
      layout.classList.add('no-panel');
      map.invalidateSize();
      search.focus();
    }));
    panel.querySelector('h2')?.setAttribute('tabindex', '-1');
    panel.querySelector('h2')?.focus();
  }

  return () => {
    unsubscribe();
    clearInterval(timer);
    map.remove();
    active = null;
  };
}

function legend() {
  const control = L.control({ position: 'bottomleft' });
  control.onAdd = () => el('div', { class: 'legend' },
    el('strong', {}, 'Assets'), el('br'),
    ...Object.entries(ASSET_COLOURS).flatMap(([name, colour]) => [el('i', { style: `background:${colour}` }), name === 'Unknown' ? 'not reported yet' : name.toLowerCase(), el('br')]),
    el('strong', {}, 'Incidents'), ' labelled pins P1 to P5');
  return control;
}

function assetPanel(assetId, asset, problem, close) {
  const closeButton = el('button', { type: 'button', onclick: close }, 'Close panel');
  const items = [el('h2', { id: 'panel-title' }, asset?.name || assetId), el('p', { class: 'mono muted' }, assetId)];
  if (asset) {
    const health = asset.health;
    const facts = [
      ['Kind', asset.kind],
      ['Status', asset.status ? String(asset.status).toLowerCase() : 'not reported yet'],
      ['Last seen', asset.lastSeen ? utcDateTime(asset.lastSeen) : 'not yet'],
      ['Reports every', health?.expectedInterval ?? ''],
      ['Offline after silence of', health?.offlineAfterSilence ?? ''],
      ['Goes offline at', health?.offlineAt ? utcDateTime(health.offlineAt) : ''],
      ['Readings', asset.observations ?? ''],
      ['Where', asset.location ? place(asset.location) : ''],
      ['State from', asset.source === 'stored' ? 'the shared store (hosted by another node)' : asset.source === 'live' ? 'this node (live)' : ''],
    ].filter(([, v]) => v !== '' && v !== undefined && v !== null);
    items.push(el('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))])));
    if (asset.openIncidents?.length) {
      items.push(el('h3', {}, 'Open incidents'), el('ul', {}, ...asset.openIncidents.map(i =>
        el('li', {}, el('a', { href: `#/incidents/${encodeURIComponent(i.incidentId)}` }, `P${i.priority} ${i.title}`), ` (${String(i.state).toLowerCase()})`))));
    }
    if (asset.camera) {
      const counts = Object.entries(asset.camera.latestCounts || {}).map(([k, v]) => `${k} ${v}`).join(', ');
      items.push(el('h3', {}, 'Camera analytics'), el('p', {}, counts || 'no counts yet', ' · ', el('a', { href: `#/cameras/${encodeURIComponent(assetId)}` }, 'CCTV panel')));
    }
    for (const signal of signalsOf(asset)) {
      const times = signal.recent.map(r => Date.parse(r.at) / 1000);
      items.push(el('h3', {}, signal.name), seriesChart(`${signal.name}: ${signal.recent.length} recent readings, latest ${signal.recent.at(-1)?.value ?? 'none'}`, times, { [signal.name]: signal.recent.map(r => r.value) }));
    }
  }
  if (problem) items.push(el('p', { class: 'muted' }, problem));
  items.push(el('p', {}, closeButton));
  return items;
}

// Assets come flat ({assetId, kind, name, location, status}) or as a summary around the catalogue's descriptor
// ({descriptor: {...}, status, lastSeen, ...}, optionally inside {summary: ...} with signals beside it).
function flatten(asset) {
  const summary = asset.summary ?? asset;
  const descriptor = summary.descriptor ?? summary;
  return { ...asset, ...summary, ...descriptor, status: summary.status ?? asset.status, signals: asset.signals ?? summary.signals };
}

// Signals as the asset endpoint reports them: an array of {signal|name, recent|readings: [{at, value}]} or an object
// keyed by signal name. Anything else is shown as facts only.
function signalsOf(asset) {
  const raw = asset.signals;
  if (!raw) return [];
  const entries = Array.isArray(raw) ? raw.map(s => [s.signal || s.name, s]) : Object.entries(raw);
  return entries
    .map(([name, s]) => ({ name, recent: (Array.isArray(s) ? s : s?.recent ?? s?.readings) || [] }))
    .filter(s => s.name && s.recent.length > 0);
}
