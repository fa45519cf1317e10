// Traffic analysis for the traffic team: road links coloured by congestion over a chosen period, the selected link's
// speed, travel time and Travel Time Index, the hour-of-week heatmap, active bottlenecks, and CSV exports. One
// period drives everything. The charts are SVG drawn by the node (OpsCentre.Charts), each with a text alternative
// that states what it shows. Map lines cannot take keyboard focus, so every link the map offers is also reachable
// from the tables' buttons.
import { api } from '../api.js';
import { el, utcDateTime } from '../ui/format.js';

const BRISTOL = [51.4545, -2.5879];
const REFRESH_MS = 60_000;
const TABLE_ROWS = 15;
const PRESETS = [
  { id: '3h', label: 'Last 3 hours', range: now => [new Date(now - 3 * 3600_000), now] },
  { id: 'today', label: 'Today (UTC)', range: now => [new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())), now] },
  { id: '7d', label: 'Last 7 days', range: now => [new Date(now - 7 * 86400_000), now] },
];
// Bands of the congestion level (extra travel time over free flow, in percent); 50 % is a Travel Time Index of 1.5,
// where a link counts as congested. Colour is never the only cue: tooltips, the panel and the tables give numbers.
export const BANDS = [
  { id: 'free', label: 'Under 10 % (free flowing)', colour: '#56d364', below: 10 },
  { id: 'light', label: '10–25 % (light)', colour: '#e3b341', below: 25 },
  { id: 'heavy', label: '25–50 % (heavy)', colour: '#ffa657', below: 50 },
  { id: 'severe', label: '50 % and over (congested)', colour: '#ff7b72', below: Infinity },
];
const NO_DATA = { id: 'none', label: 'No data in the period', colour: '#8fa3bf' };

export function bandOf(level) {
  if (level === null || level === undefined) return NO_DATA;
  return BANDS.find(b => level < b.below);
}

let active = null;

/** The page's map and state while shown, for the browser tests; null otherwise. */
export function activeAnalysis() {
  return active;
}

export async function mount(container, _context, { query }) {
  const state = { preset: query.get('preset') || '3h', from: null, to: null, selected: query.get('link'), heatmapScope: 'network', collection: null };
  const fromInput = el('input', { id: 'range-from', type: 'datetime-local', step: 60 });
  const toInput = el('input', { id: 'range-to', type: 'datetime-local', step: 60 });
  const presetButtons = PRESETS.map(p => el('button', { type: 'button', id: `preset-${p.id}`, 'aria-pressed': 'false', onclick: () => usePreset(p.id) }, p.label));
  const exportLinks = el('a', { class: 'button', id: 'export-links', download: '' }, 'Links table (CSV)');
  const exportSeries = el('a', { class: 'button', id: 'export-series', download: '', hidden: true }, 'Selected link series (CSV)');
  const status = el('p', { class: 'muted', id: 'analysis-status', role: 'status' });
  const freeFlowNote = el('p', { class: 'muted', id: 'free-flow-note' });
  const mapElement = el('div', { id: 'congestion-map', role: 'region', 'aria-label': 'Map of road links coloured by congestion level' });
  const detail = el('section', { class: 'panel', id: 'link-detail', 'aria-labelledby': 'link-title' });
  const heatmapFigure = el('figure', { class: 'svg-chart', id: 'heatmap-figure' });
  const scopeNetwork = el('input', { type: 'radio', name: 'heatmap-scope', id: 'heatmap-network', value: 'network', checked: true });
  const scopeLink = el('input', { type: 'radio', name: 'heatmap-scope', id: 'heatmap-link', value: 'link', disabled: true });
  const bottleneckRows = el('tbody', {});
  const linkRows = el('tbody', {});

  container.append(
    el('h1', {}, 'Traffic analysis'),
    el('form', { class: 'filters analysis-range', id: 'range-form', 'aria-label': 'Period', onsubmit: event => { event.preventDefault(); useCustom(); } },
      el('fieldset', {}, el('legend', {}, 'Period'), ...presetButtons),
      el('div', { class: 'field' }, el('label', { for: 'range-from' }, 'From (UTC)'), fromInput),
      el('div', { class: 'field' }, el('label', { for: 'range-to' }, 'To (UTC)'), toInput),
      el('button', { type: 'submit', id: 'range-apply' }, 'Show period'),
      el('fieldset', {}, el('legend', {}, 'Export'), exportLinks, exportSeries)),
    status,
    el('div', { class: 'analysis-grid' },
      el('section', { class: 'panel analysis-map', 'aria-labelledby': 'map-title' },
        el('h2', { id: 'map-title' }, 'Congestion by road link'),
        el('p', { class: 'muted' }, 'Mean congestion level over the period. Select a line, or a link in the tables below.'),
        mapElement, freeFlowNote),
      detail),
    el('section', { class: 'panel', 'aria-labelledby': 'heatmap-title' },
      el('h2', { id: 'heatmap-title' }, 'Hour of week'),
      el('fieldset', { class: 'inline-choice' }, el('legend', {}, 'Show'),
        el('span', {}, scopeNetwork, ' ', el('label', { for: 'heatmap-network' }, 'All links')),
        el('span', {}, scopeLink, ' ', el('label', { for: 'heatmap-link' }, 'Selected link'))),
      heatmapFigure),
    el('div', { class: 'grid-2 analysis-tables' },
      el('section', { class: 'panel', 'aria-labelledby': 'bottlenecks-title' },
        el('h2', { id: 'bottlenecks-title' }, 'Active bottlenecks'),
        el('p', { class: 'muted' }, 'Queue on the upstream link while the downstream link runs freely (PeMS rules, 5 of 7 intervals).'),
        el('table', { id: 'bottlenecks' },
          el('thead', {}, el('tr', {}, ...['Junction', 'Episodes', 'Active (min)', 'Speed drop (km/h)', 'Typical start'].map((h, i) => el('th', { scope: 'col', class: i > 0 ? 'num' : null }, h)))),
          bottleneckRows)),
      el('section', { class: 'panel', 'aria-labelledby': 'links-title' },
        el('h2', { id: 'links-title' }, 'Most congested links'),
        el('table', { id: 'links-table' },
          el('thead', {}, el('tr', {}, ...['Link', 'Congestion level', 'TTI', 'PTI', 'Buffer index', 'Vehicle-hours of delay'].map((h, i) => el('th', { scope: 'col', class: i > 0 ? 'num' : null }, h)))),
          linkRows))));

  const map = L.map(mapElement, { zoomSnap: 0.5, minZoom: 10, maxZoom: 19 }).setView(BRISTOL, 13);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution('Road links: Bristol City Council (OGL v3)');
  legend().addTo(map);
  const layers = new Map();
  let linkLayer = null;
  let fitted = false;
  active = { map, layers, state, select };

  scopeNetwork.addEventListener('change', () => { state.heatmapScope = 'network'; showHeatmap(); });
  scopeLink.addEventListener('change', () => { state.heatmapScope = 'link'; showHeatmap(); });

  function rangeQuery() {
    return `from=${encodeURIComponent(state.from.toISOString())}&to=${encodeURIComponent(state.to.toISOString())}`;
  }

  function usePreset(id) {
    const preset = PRESETS.find(p => p.id === id) || PRESETS[0];
    state.preset = preset.id;
    [state.from, state.to] = preset.range(new Date());
    showRangeInputs();
    return load();
  }

  function useCustom() {
    const from = parseUtc(fromInput.value);
    const to = parseUtc(toInput.value);
    if (!from || !to) {
      status.textContent = 'Give both a start and an end for the period.';
      return;
    }
    state.preset = null;
    state.from = from;
    state.to = to;
    showRangeInputs();
    return load();
  }

  function showRangeInputs() {
    fromInput.value = state.from.toISOString().slice(0, 16);
    toInput.value = state.to.toISOString().slice(0, 16);
    for (const button of presetButtons) button.setAttribute('aria-pressed', String(button.id === `preset-${state.preset}`));
  }

  async function load() {
    status.textContent = `Loading ${describeRange()}…`;
    exportLinks.href = `/api/congestion/links.csv?${rangeQuery()}`;
    let collection;
    let bottlenecks;
    try {
      [collection, bottlenecks] = await Promise.all([
        api.get(`/api/congestion/links?${rangeQuery()}`),
        api.get(`/api/congestion/bottlenecks?${rangeQuery()}`),
      ]);
    } catch (error) {
      status.textContent = `Could not load the period: ${error.message}`;
      return;
    }
    state.collection = collection;
    drawLinks(collection);
    renderLinkTable(collection);
    renderBottlenecks(bottlenecks);
    freeFlowNote.textContent = collection.freeFlow?.note || '';
    const withData = collection.features.filter(f => f.properties.intervals > 0).length;
    status.textContent = `Showing ${describeRange()}: ${withData} of ${collection.features.length} links have data, ${bottlenecks.locations.length} bottleneck junction(s).`;
    await Promise.all([showSelected(), showHeatmap()]);
  }

  function describeRange() {
    return `${utcDateTime(state.from.toISOString())} to ${utcDateTime(state.to.toISOString())}`;
  }

  function drawLinks(collection) {
    if (!linkLayer) {
      linkLayer = L.geoJSON(collection, {
        style: feature => styleOf(feature.properties),
        onEachFeature: (feature, layer) => {
          layers.set(feature.id, layer);
          layer.feature = feature;
          layer.on('click', () => select(feature.id));
        },
      }).addTo(map);
      if (!fitted && linkLayer.getBounds().isValid()) {
        map.fitBounds(linkLayer.getBounds(), { padding: [10, 10] });
        fitted = true;
      }
    }
    for (const feature of collection.features) {
      const layer = layers.get(feature.id);
      if (!layer) continue;
      layer.feature = feature;
      layer.setStyle(styleOf(feature.properties));
      layer.unbindTooltip();
      layer.bindTooltip(tooltipOf(feature.properties), { sticky: true });
      const path = layer.getElement?.();
      if (path) path.dataset.band = bandOf(feature.properties.congestionLevelPercent).id;
      if (path) path.dataset.link = feature.id;
    }
    // The two carriageways of a road share a line, so whichever is drawn last takes the colour and the clicks: the
    // links with data go on top, the most congested last, and the selected one above all.
    const stacking = [...collection.features].sort((a, b) => (a.properties.congestionLevelPercent ?? -Infinity) - (b.properties.congestionLevelPercent ?? -Infinity));
    for (const feature of stacking) if (feature.properties.intervals > 0) layers.get(feature.id)?.bringToFront();
    layers.get(state.selected)?.bringToFront();
  }

  function styleOf(properties) {
    const band = bandOf(properties.congestionLevelPercent);
    const selected = properties.linkId === state.selected;
    return { color: band.colour, weight: selected ? 9 : 5, opacity: selected ? 1 : 0.9, dashArray: band === NO_DATA ? '4 6' : null, className: 'congestion-link' };
  }

  function renderLinkTable(collection) {
    const ranked = collection.features.map(f => f.properties).filter(p => p.congestionLevelPercent !== null && p.congestionLevelPercent !== undefined)
      .sort((a, b) => b.congestionLevelPercent - a.congestionLevelPercent || a.linkId.localeCompare(b.linkId)).slice(0, TABLE_ROWS);
    linkRows.replaceChildren(...(ranked.length ? ranked.map(p => el('tr', { 'data-link': p.linkId },
      el('td', {}, el('button', { type: 'button', class: 'link-button', onclick: () => select(p.linkId, { zoom: true }) }, p.name)),
      el('td', { class: 'num' }, `${fixed(p.congestionLevelPercent, 0)} %`),
      el('td', { class: 'num' }, fixed(p.travelTimeIndex, 2)),
      el('td', { class: 'num' }, fixed(p.planningTimeIndex, 2)),
      el('td', { class: 'num' }, fixed(p.bufferIndex, 2)),
      el('td', { class: 'num' }, fixed(p.vehicleHoursOfDelay, 1))))
      : [el('tr', {}, el('td', { colspan: 6, class: 'empty' }, 'No link has data in this period.'))]));
  }

  function renderBottlenecks(bottlenecks) {
    bottleneckRows.replaceChildren(...(bottlenecks.locations.length ? bottlenecks.locations.map(b => el('tr', { 'data-upstream': b.upstreamLinkId },
      el('td', {}, el('button', { type: 'button', class: 'link-button', onclick: () => select(b.upstreamLinkId, { zoom: true }) }, `${b.upstreamName} → ${b.downstreamName}`)),
      el('td', { class: 'num' }, String(b.episodes)),
      el('td', { class: 'num' }, String(b.activeMinutes)),
      el('td', { class: 'num' }, fixed(b.meanSpeedDropKmh, 0)),
      el('td', { class: 'num' }, `${String(b.typicalStartHour).padStart(2, '0')}:00`)))
      : [el('tr', {}, el('td', { colspan: 5, class: 'empty' }, 'No active bottleneck in this period.'))]));
  }

  async function select(linkId, { zoom = false } = {}) {
    const previous = state.selected;
    state.selected = linkId;
    for (const id of [previous, linkId]) {
      const layer = layers.get(id);
      if (layer?.feature) layer.setStyle(styleOf(layer.feature.properties));
    }
    const layer = layers.get(linkId);
    layer?.bringToFront();
    if (zoom && layer) map.fitBounds(layer.getBounds(), { padding: [40, 40], maxZoom: 16 });
    scopeLink.disabled = false;
    await showSelected();
    if (state.heatmapScope === 'link') await showHeatmap();
    detail.querySelector('h2')?.focus();
  }

  async function showSelected() {
    const linkId = state.selected;
    if (!linkId) {
      detail.replaceChildren(el('h2', { id: 'link-title', tabindex: '-1' }, 'Selected link'), el('p', { class: 'muted' }, 'Select a road link on the map or in a table to see its speed, travel time and Travel Time Index over the period.'));
      exportSeries.hidden = true;
      return;
    }
    let series;
    try {
      series = await api.get(`/api/congestion/links/${encodeURIComponent(linkId)}/series?${rangeQuery()}`);
    } catch (error) {
      detail.replaceChildren(el('h2', { id: 'link-title', tabindex: '-1' }, linkId), el('p', { class: 'muted' }, error.message));
      exportSeries.hidden = true;
      return;
    }
    if (state.selected !== linkId) return;
    const properties = layers.get(linkId)?.feature?.properties || {};
    exportSeries.hidden = false;
    exportSeries.href = `/api/congestion/links/${encodeURIComponent(linkId)}/series.csv?${rangeQuery()}`;
    const facts = [
      ['Link', linkId],
      ['Free flow', series.freeFlow ? `${series.freeFlow.speedKmh} km/h, ${series.freeFlow.travelTimeSeconds} s (${basisText(series.freeFlow.basis)})` : 'not known yet'],
      ['Mean speed', properties.meanSpeedKmh != null ? `${properties.meanSpeedKmh} km/h` : '—'],
      ['Congestion level', properties.congestionLevelPercent != null ? `${fixed(properties.congestionLevelPercent, 0)} %` : '—'],
      ['Travel Time Index', fixed(properties.travelTimeIndex, 2)],
      ['Planning Time Index', fixed(properties.planningTimeIndex, 2)],
      ['Buffer index', fixed(properties.bufferIndex, 2)],
      ['Vehicle-hours of delay', fixed(properties.vehicleHoursOfDelay, 1)],
      ['Intervals', String(series.intervals.length)],
    ];
    const chart = series.intervals.length
      ? el('figure', { class: 'svg-chart', id: 'link-chart' },
        el('img', { src: `/api/congestion/links/${encodeURIComponent(linkId)}/chart.svg?${rangeQuery()}`, alt: seriesAlt(series), width: 1000, height: 630 }),
        el('figcaption', { class: 'muted' }, `Speed, travel time and Travel Time Index per ${series.intervalMinutes}-minute interval (UTC); dashed lines mark free flow and the congestion threshold.`))
      : el('p', { class: 'muted', id: 'link-chart' }, 'No closed intervals for this link in the period.');
    detail.replaceChildren(
      el('h2', { id: 'link-title', tabindex: '-1' }, series.name),
      el('dl', { class: 'facts', id: 'link-facts' }, ...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
      chart);
  }

  async function showHeatmap() {
    const link = state.heatmapScope === 'link' && state.selected ? state.selected : null;
    const linkQuery = link ? `&link=${encodeURIComponent(link)}` : '';
    let heatmap;
    try {
      heatmap = await api.get(`/api/congestion/heatmap?${rangeQuery()}${linkQuery}`);
    } catch (error) {
      heatmapFigure.replaceChildren(el('p', { class: 'muted' }, `Heatmap unavailable: ${error.message}`));
      return;
    }
    const filled = heatmap.bins.filter(b => b.intervals > 0);
    heatmapFigure.replaceChildren(
      filled.length
        ? el('img', { id: 'heatmap', src: `/api/congestion/heatmap.svg?${rangeQuery()}${linkQuery}`, alt: heatmapAlt(heatmap, filled), width: 1000, height: 300 })
        : el('p', { class: 'muted', id: 'heatmap' }, `No intervals for ${heatmap.name.toLowerCase() === 'all links' ? 'any link' : heatmap.name} in the period.`),
      el('figcaption', { class: 'muted' }, `Median Travel Time Index by local day and hour for ${heatmap.name}; grey hours have no data in the period.`));
  }

  if (state.preset && PRESETS.some(p => p.id === state.preset)) await usePreset(state.preset); else await usePreset('3h');
  const timer = setInterval(() => { if (state.preset) usePreset(state.preset); }, REFRESH_MS);

  return () => {
    clearInterval(timer);
    map.remove();
    active = null;
  };
}

function legend() {
  const control = L.control({ position: 'bottomleft' });
  control.onAdd = () => el('div', { class: 'legend', id: 'congestion-legend' },
    el('strong', {}, 'Congestion level'), el('br'),
    ...[...BANDS, NO_DATA].flatMap(band => [el('i', { class: 'legend-line', style: `background:${band.colour}` }), band.label, el('br')]));
  return control;
}

function tooltipOf(p) {
  const level = p.congestionLevelPercent != null ? `${fixed(p.congestionLevelPercent, 0)} % congestion, TTI ${fixed(p.travelTimeIndex, 2)}` : 'no data in the period';
  return `${p.name}: ${level}`;
}

function seriesAlt(series) {
  const speeds = series.intervals.map(i => i.speedKmh);
  const times = series.intervals.map(i => i.travelTimeSeconds);
  const ttis = series.intervals.map(i => i.travelTimeIndex).filter(v => v !== null && v !== undefined);
  const peak = ttis.length ? series.intervals.reduce((a, b) => ((b.travelTimeIndex ?? 0) > (a.travelTimeIndex ?? 0) ? b : a)) : null;
  return `Chart of ${series.name} over ${series.intervals.length} intervals: speed ${Math.min(...speeds)} to ${Math.max(...speeds)} km/h`
    + (series.freeFlow ? ` (free flow ${series.freeFlow.speedKmh} km/h)` : '')
    + `, travel time ${Math.min(...times)} to ${Math.max(...times)} s`
    + (peak ? `, Travel Time Index highest at ${fixed(peak.travelTimeIndex, 2)} at ${utcDateTime(peak.start)}.` : '.');
}

function heatmapAlt(heatmap, filled) {
  const highest = filled.reduce((a, b) => (b.median > a.median ? b : a));
  const lowest = filled.reduce((a, b) => (b.median < a.median ? b : a));
  return `Heatmap of median Travel Time Index by hour of week for ${heatmap.name}: ${filled.length} of 168 hours have data; `
    + `highest ${fixed(highest.median, 2)} on ${highest.label}, lowest ${fixed(lowest.median, 2)} on ${lowest.label}.`;
}

function basisText(basis) {
  return basis === 'QuietHours' ? 'from quiet-hour intervals' : basis === 'AllReadings' ? 'from all intervals: no night recorded yet' : basis;
}

function fixed(value, digits) {
  return value === null || value === undefined ? '—' : Number(value).toFixed(digits);
}

function parseUtc(value) {
  if (!value) return null;
  const date = new Date(value.length === 16 ? `${value}:00Z` : `${value}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
