// The incident queue: every incident the filters let through, priority 1 first and then the longest waiting, with
// live SLA countdowns. Keyboard first: the rows are one tab stop; arrows (or j/k) move, Enter opens, and a / s / e / r
// acknowledge, assign, escalate and resolve the selected incident. The letter keys work only while the queue has
// focus, so they never fire while typing elsewhere (WCAG 2.1.4).
import { queueOrder, OPEN_STATES } from '../incident-board.js';
import { deadlineOf } from '../sla.js';
import { SHORTCUTS } from '../actions.js';
import { el, duration, place, priorityBadge, stateBadge } from '../ui/format.js';

const ALL_STATES = ['New', 'Acknowledged', 'Assigned', 'Resolved', 'Closed'];
const ARRIVAL_HIGHLIGHT_MS = 8000;
const filters = { states: new Set(OPEN_STATES), maxPriority: 5, kind: '', text: '' };

export function mount(container, { board, session }) {
  const arrivedAt = new Map();
  let selectedId = null;
  let renderPending = false;

  const kindSelect = el('select', { id: 'filter-kind' }, el('option', { value: '' }, 'Any kind'));
  const search = el('input', { id: 'filter-text', type: 'search', placeholder: 'Title, asset, id', value: filters.text });
  const priority = el('select', { id: 'filter-priority' },
    ...[5, 4, 3, 2, 1].map(p => el('option', { value: p, selected: filters.maxPriority === p }, p === 5 ? 'Any priority' : `P${p} and above`)));
  const stateBoxes = ALL_STATES.map(state => {
    const id = `filter-state-${state.toLowerCase()}`;
    const box = el('input', { type: 'checkbox', id, value: state, checked: filters.states.has(state) });
    box.addEventListener('change', () => {
      if (box.checked) filters.states.add(state); else filters.states.delete(state);
      render();
    });
    return el('span', {}, box, ' ', el('label', { for: id }, state));
  });
  const tbody = el('tbody', {});
  const count = el('p', { class: 'muted', id: 'queue-count', 'aria-live': 'polite' });
  const table = el('table', { class: 'queue-table', id: 'queue', 'aria-describedby': 'queue-help' },
    el('caption', { class: 'visually-hidden' }, 'Incidents, priority 1 first, then longest waiting first'),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Priority'), el('th', { scope: 'col' }, 'Incident'), el('th', { scope: 'col' }, 'Kind'),
      el('th', { scope: 'col' }, 'State'), el('th', { scope: 'col' }, 'Location'), el('th', { scope: 'col', class: 'num' }, 'Age'),
      el('th', { scope: 'col' }, 'SLA'), el('th', { scope: 'col' }, 'Assigned to'))),
    tbody);

  container.append(el('div', { class: 'queue-layout' },
    el('h1', {}, 'Incident queue'),
    el('div', { class: 'filters', role: 'search', 'aria-label': 'Filter incidents' },
      el('fieldset', {}, el('legend', {}, 'State'), ...stateBoxes),
      el('div', { class: 'field' }, el('label', { for: 'filter-priority' }, 'Priority'), priority),
      el('div', { class: 'field' }, el('label', { for: 'filter-kind' }, 'Kind'), kindSelect),
      el('div', { class: 'field' }, el('label', { for: 'filter-text' }, 'Search'), search)),
    el('p', { class: 'shortcuts', id: 'queue-help' },
      el('span', {}, el('kbd', {}, '↑'), ' ', el('kbd', {}, '↓'), ' move'),
      el('span', {}, el('kbd', {}, 'Enter'), ' open'),
      session.canActOnIncidents ? [
        el('span', {}, el('kbd', {}, 'a'), ' acknowledge'),
        el('span', {}, el('kbd', {}, 's'), ' assign'),
        el('span', {}, el('kbd', {}, 'e'), ' escalate'),
        el('span', {}, el('kbd', {}, 'r'), ' resolve'),
      ] : el('span', {}, 'Your role can view incidents but not act on them.')),
    el('div', { class: 'queue-table-wrap' }, table),
    count));

  priority.addEventListener('change', () => { filters.maxPriority = Number(priority.value); render(); });
  kindSelect.addEventListener('change', () => { filters.kind = kindSelect.value; render(); });
  search.addEventListener('input', () => { filters.text = search.value.trim().toLowerCase(); render(); });

  function visible() {
    return board.all()
      .filter(i => filters.states.has(i.state) && i.priority <= filters.maxPriority && (!filters.kind || i.kind === filters.kind))
      .filter(i => !filters.text || `${i.incidentId} ${i.title} ${i.kind} ${(i.assetIds || []).join(' ')}`.toLowerCase().includes(filters.text))
      .sort(queueOrder);
  }

  function refreshKinds() {
    const kinds = [...new Set(board.all().map(i => i.kind))].sort();
    const current = [...kindSelect.options].slice(1).map(o => o.value);
    if (kinds.join('|') === current.join('|')) return;
    kindSelect.replaceChildren(el('option', { value: '' }, 'Any kind'), ...kinds.map(k => el('option', { value: k, selected: k === filters.kind }, k)));
  }

  function row(incident) {
    const id = incident.incidentId;
    const tr = el('tr', { 'data-id': id, tabindex: id === selectedId ? '0' : '-1', 'aria-selected': String(id === selectedId) },
      el('td', {}, priorityBadge(incident.priority)),
      el('td', {}, el('a', { href: `#/incidents/${encodeURIComponent(id)}`, tabindex: '-1' }, incident.title), el('div', { class: 'muted mono' }, id)),
      el('td', {}, incident.kind),
      el('td', {}, stateBadge(incident.state), incident.escalationLevel > 0 ? el('div', { class: 'muted' }, `escalated L${incident.escalationLevel}`) : null),
      el('td', {}, place(incident.location), el('div', { class: 'muted' }, (incident.assetIds || []).slice(0, 2).join(', '))),
      el('td', { class: 'num', 'data-age': incident.openedAt }),
      el('td', { class: 'sla', 'data-sla': id }),
      el('td', {}, incident.assignedTo || ''));
    if (Date.now() - (arrivedAt.get(id) || 0) < ARRIVAL_HIGHLIGHT_MS) tr.classList.add('arrived');
    tr.addEventListener('click', () => select(id, true));
    tr.addEventListener('dblclick', () => { location.hash = `#/incidents/${encodeURIComponent(id)}`; });
    return tr;
  }

  function render() {
    renderPending = false;
    refreshKinds();
    const incidents = visible();
    if (!incidents.some(i => i.incidentId === selectedId)) selectedId = incidents[0]?.incidentId ?? null;
    const hadFocus = table.contains(document.activeElement) && document.activeElement.tagName === 'TR';
    tbody.replaceChildren(...(incidents.length ? incidents.map(row) : [el('tr', {}, el('td', { colspan: 8, class: 'empty' }, 'No incidents match the filters.'))]));
    count.textContent = `Showing ${incidents.length} of ${board.size} incidents.`;
    tick();
    if (hadFocus) tbody.querySelector('tr[tabindex="0"]')?.focus();
  }

  function scheduleRender() {
    if (renderPending) return;
    renderPending = true;
    requestAnimationFrame(render);
  }

  function tick() {
    const now = Date.now();
    for (const cell of tbody.querySelectorAll('[data-age]')) cell.textContent = duration(now - Date.parse(cell.dataset.age));
    for (const cell of tbody.querySelectorAll('[data-sla]')) {
      const incident = board.get(cell.dataset.sla);
      const deadline = incident && deadlineOf(incident);
      if (!deadline) {
        cell.textContent = '—';
        cell.className = 'sla';
        continue;
      }
      const left = deadline.at - now;
      const verb = deadline.kind === 'acknowledge' ? 'Ack' : 'Resolve';
      cell.textContent = left >= 0 ? `${verb} in ${duration(left)}` : `${verb} overdue ${duration(-left)}`;
      cell.className = `sla${left < 0 ? ' overdue' : left < 60_000 ? ' soon' : ''}`;
    }
  }

  function select(id, focus) {
    selectedId = id;
    for (const tr of tbody.querySelectorAll('tr[data-id]')) {
      const on = tr.dataset.id === id;
      tr.tabIndex = on ? 0 : -1;
      tr.setAttribute('aria-selected', String(on));
      if (on && focus) tr.focus();
    }
  }

  function move(step) {
    const rows = [...tbody.querySelectorAll('tr[data-id]')];
    if (!rows.length) return;
    const index = rows.findIndex(r => r.dataset.id === selectedId);
    const next = rows[Math.min(Math.max(index + step, 0), rows.length - 1)];
    select(next.dataset.id, true);
    next.scrollIntoView({ block: 'nearest' });
  }

  tbody.addEventListener('keydown', event => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const incident = selectedId && board.get(selectedId);
    switch (event.key) {
      case 'ArrowDown': case 'j': move(1); break;
      case 'ArrowUp': case 'k': move(-1); break;
      case 'Home': move(-Infinity); break;
      case 'End': move(Infinity); break;
      case 'Enter': if (incident) location.hash = `#/incidents/${encodeURIComponent(incident.incidentId)}`; break;
      default: {
        const action = SHORTCUTS[event.key];
        if (!action || !incident || !session.canActOnIncidents) return;
        // Back to the queue afterwards (a dialog took the focus, or the row was redrawn), ready for the next key.
        action(incident).then(() => tbody.querySelector('tr[tabindex="0"]')?.focus());
      }
    }
    event.preventDefault();
  });

  const unsubscribe = board.subscribe(({ change, incident, source }) => {
    if (change === 'new' && source === 'live') arrivedAt.set(incident.incidentId, Date.now());
    scheduleRender();
  });
  const timer = setInterval(tick, 1000);
  render();
  tbody.querySelector('tr[tabindex="0"]')?.focus();
  return () => { unsubscribe(); clearInterval(timer); };
}
