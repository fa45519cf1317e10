// Small, dependency-free formatting shared by the views. Times are shown in UTC, as a control room logs them.
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function utcTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toISOString().slice(11, 19);
}

export function utcDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 19)}Z`;
}

/** "3m 05s", "1h 02m", "2d 4h": compact durations for ages and countdowns. */
export function duration(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(total / 86400);
  const h = Math.floor((total % 86400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  return `${m}m ${String(s).padStart(2, '0')}s`;
}

export function stateName(state) {
  return String(state || '').toLowerCase();
}

export function place(location) {
  return location ? `${location.lat.toFixed(4)}, ${location.lon.toFixed(4)}` : '';
}

/** Builds an element from a tag, attributes and children (strings become text, so nothing is parsed as HTML). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'text') element.textContent = value;
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function priorityBadge(priority) {
  return el('span', { class: `badge p${priority}`, title: `Priority ${priority}` }, `P${priority}`);
}

export function stateBadge(state) {
  return el('span', { class: `state ${stateName(state)}` }, stateName(state));
}
