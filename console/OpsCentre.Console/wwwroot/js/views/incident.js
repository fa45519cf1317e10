// One incident: what happened and why it was raised (evidence with charts and the detectors' explanations), what to
// do (the SOP checklist), who was told (partner alerts and their acknowledgements), what was done (the audit trail)
// and the operator's notes and verdict. Live: a new version redraws the page, keeping focus where it was.
import { api, ApiError } from '../api.js';
import * as actions from '../actions.js';
import { anomalyChart } from '../ui/chart.js';
import { el, place, priorityBadge, stateBadge, utcDateTime, duration } from '../ui/format.js';
import { deadlineOf } from '../sla.js';

export async function mount(container, { board, session }, { segments }) {
  const id = segments[0];
  const article = el('article', { tabindex: '-1', 'aria-labelledby': 'incident-title' });
  container.append(article);
  let incident = board.get(id);
  if (!incident) {
    try {
      incident = await api.get(`/api/incidents/${encodeURIComponent(id)}`);
      board.upsert(incident, { source: 'sync' });
    } catch (error) {
      article.append(el('h1', { id: 'incident-title' }, `Incident ${id}`),
        el('p', {}, error instanceof ApiError && error.status === 404 ? 'There is no such incident.' : `It could not be loaded: ${error.message}`),
        el('p', {}, el('a', { href: '#/queue' }, 'Back to the queue')));
      return () => {};
    }
  }

  let audit = null;
  let auditError = null;
  // What the operator is typing survives the redraws that live updates cause.
  const draft = { verdict: 'TruePositive', note: '' };

  async function loadAudit() {
    try {
      audit = await api.get(`/api/incidents/${encodeURIComponent(id)}/audit`);
      auditError = null;
    } catch (error) {
      auditError = error.message;
    }
  }

  function render() {
    const focused = document.activeElement;
    const focusedId = focused?.id;
    const caret = focused?.selectionStart ?? null;
    article.replaceChildren(
      header(incident),
      actionBar(incident, session),
      el('div', { class: 'grid-2' },
        el('div', {}, evidence(incident)),
        el('div', {}, facts(incident), checklist(incident, session), alerts(incident), notes(incident, session, draft), auditTrail(audit, auditError))));
    const refocus = focusedId && document.getElementById(focusedId);
    if (refocus) {
      refocus.focus();
      if (caret !== null && refocus.setSelectionRange) refocus.setSelectionRange(caret, caret);
    }
  }

  article.addEventListener('keydown', event => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target.closest('input, textarea, select, dialog')) return;
    const action = actions.SHORTCUTS[event.key];
    if (action && session.canActOnIncidents) {
      event.preventDefault();
      action(incident);
    }
  });

  const unsubscribe = board.subscribe(async ({ incident: changed }) => {
    if (changed.incidentId !== id) return;
    incident = changed;
    await loadAudit();
    render();
  });
  await loadAudit();
  render();
  article.focus({ preventScroll: true });
  window.scrollTo(0, 0);
  const timer = setInterval(() => {
    const cell = document.getElementById('incident-sla');
    if (cell) cell.textContent = slaText(incident);
  }, 1000);
  return () => { unsubscribe(); clearInterval(timer); };
}

function header(incident) {
  return el('div', { class: 'incident-head' },
    el('h1', { id: 'incident-title' }, incident.title),
    priorityBadge(incident.priority),
    stateBadge(incident.state),
    el('span', { class: 'muted' }, incident.kind),
    el('span', { class: 'mono muted' }, incident.incidentId),
    incident.escalationLevel > 0 ? el('span', { class: 'state new' }, `escalated to level ${incident.escalationLevel}`) : null);
}

function actionBar(incident, session) {
  if (!session.canActOnIncidents) {
    return el('p', { class: 'muted' }, 'Your role can view this incident but not act on it.');
  }
  const open = ['New', 'Acknowledged', 'Assigned'].includes(incident.state);
  const button = (id, label, key, enabled, run) => el('button', {
    type: 'button', id, disabled: !enabled, 'aria-keyshortcuts': key || null, onclick: () => run(incident),
  }, label, key ? el('span', { class: 'muted' }, ` (${key})`) : null);
  return el('div', { class: 'actions', role: 'group', 'aria-label': 'Incident actions' },
    button('act-ack', 'Acknowledge', 'a', incident.state === 'New', actions.acknowledge),
    button('act-assign', 'Assign', 's', incident.state === 'Acknowledged' || incident.state === 'Assigned', actions.assign),
    button('act-escalate', 'Escalate', 'e', open, actions.escalate),
    button('act-resolve', 'Resolve', 'r', incident.state === 'Acknowledged' || incident.state === 'Assigned', actions.resolve),
    button('act-close', 'Close', null, incident.state === 'Resolved' && Boolean(incident.outcome), actions.close),
    button('act-reopen', 'Reopen', null, incident.state === 'Resolved' || incident.state === 'Closed', actions.reopen));
}

function slaText(incident) {
  const deadline = deadlineOf(incident);
  if (!deadline) return 'no clock running';
  const left = deadline.at - Date.now();
  const what = deadline.kind === 'acknowledge' ? 'acknowledge' : 'resolve';
  return left >= 0 ? `${what} within ${duration(left)}` : `${what} overdue by ${duration(-left)}`;
}

function facts(incident) {
  const rows = [
    ['Summary', incident.summary],
    ['Where', place(incident.location)],
    ['Opened', utcDateTime(incident.openedAt)],
    ['Updated', utcDateTime(incident.updatedAt)],
    ['SLA', el('span', { id: 'incident-sla' }, slaText(incident))],
    ['Assigned to', incident.assignedTo || 'nobody yet'],
    ['Assets', (incident.assetIds || []).length
      ? (incident.assetIds || []).flatMap((a, i) => [i ? ', ' : '', el('a', { href: `#/map?asset=${encodeURIComponent(a)}` }, a)])
      : 'none'],
    ['Raised by', incident.raisedBy || 'the anomaly pipeline'],
    ['Version', String(incident.version)],
  ];
  return el('section', { class: 'panel', 'aria-labelledby': 'facts-title' },
    el('h2', { id: 'facts-title' }, 'Facts'),
    el('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])));
}

function evidence(incident) {
  const items = incident.evidence || [];
  return el('section', { class: 'panel', 'aria-labelledby': 'evidence-title' },
    el('h2', { id: 'evidence-title' }, `Evidence (${items.length})`),
    items.length === 0 ? el('p', { class: 'muted' }, 'No anomalies are attached.') : null,
    ...items.map(anomaly => el('div', { class: 'evidence' },
      el('h3', {}, `${anomaly.signal} ${String(anomaly.pattern).toLowerCase()} at `, el('a', { href: `#/map?asset=${encodeURIComponent(anomaly.assetId)}` }, anomaly.assetId)),
      el('p', {}, anomaly.explanation),
      el('p', { class: 'muted' },
        `Observed ${anomaly.observed} · expected ${anomaly.expected} · score ${anomaly.score} · detector ${anomaly.detector} · ${utcDateTime(anomaly.observedAt)}`),
      // Detectors that keep no window (camera analytics) send no readings: the facts above say it all.
      (anomaly.context || []).length > 1 ? anomalyChart(anomaly) : null)));
}

function checklist(incident, session) {
  const steps = incident.checklist || [];
  const workable = session.canActOnIncidents && !['New', 'Closed'].includes(incident.state);
  return el('section', { class: 'panel', 'aria-labelledby': 'sop-title' },
    el('h2', { id: 'sop-title' }, 'Standard operating procedure'),
    steps.length === 0 ? el('p', { class: 'muted' }, `No procedure is defined for ${incident.kind}.`) : null,
    el('ul', { class: 'checklist' }, ...steps.map(step => {
      const id = `step-${step.stepId}`;
      const box = el('input', { type: 'checkbox', id, checked: step.done, disabled: step.done || !workable });
      box.addEventListener('change', () => actions.tickStep(incident, step.stepId));
      return el('li', {}, box, el('label', { for: id }, step.text),
        step.done ? el('span', { class: 'muted' }, `done by ${step.doneBy} at ${utcDateTime(step.doneAt)}`) : null);
    })));
}

function alerts(incident) {
  const list = incident.alerts || [];
  return el('section', { class: 'panel', 'aria-labelledby': 'alerts-title' },
    el('h2', { id: 'alerts-title' }, 'Alerts to partners'),
    list.length === 0 ? el('p', { class: 'muted' }, 'No partner has been alerted about this incident.') :
      el('table', {},
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Partner'), el('th', { scope: 'col' }, 'Alert'), el('th', { scope: 'col' }, 'State'), el('th', { scope: 'col' }, 'Since'))),
        el('tbody', {}, ...list.map(a => el('tr', {},
          el('td', {}, a.partnerName), el('td', { class: 'mono' }, a.alertId), el('td', {}, a.state), el('td', {}, utcDateTime(a.at)))))));
}

function notes(incident, session, draft) {
  const outcome = incident.outcome;
  const section = el('section', { class: 'panel', 'aria-labelledby': 'notes-title' },
    el('h2', { id: 'notes-title' }, 'Notes and outcome'),
    outcome
      ? el('p', {}, `${outcome.verdict === 'TruePositive' ? 'True positive' : 'False positive'}, judged by ${outcome.decidedBy} at ${utcDateTime(outcome.decidedAt)}`,
        outcome.note ? el('span', {}, `: ${outcome.note}`) : null)
      : el('p', { class: 'muted' }, 'No outcome recorded yet.'));
  if (session.canActOnIncidents && !['New', 'Closed'].includes(incident.state)) {
    const note = el('input', { id: 'outcome-note', autocomplete: 'off', value: draft.note, oninput: () => { draft.note = note.value; } });
    const verdict = el('select', { id: 'outcome-verdict', onchange: () => { draft.verdict = verdict.value; } },
      el('option', { value: 'TruePositive', selected: draft.verdict === 'TruePositive' }, 'True positive'),
      el('option', { value: 'FalsePositive', selected: draft.verdict === 'FalsePositive' }, 'False positive'));
    const save = async event => {
      event.preventDefault();
      if (await actions.recordOutcome(incident, draft.verdict, draft.note.trim())) draft.note = '';
    };
    section.append(el('form', { class: 'filters', onsubmit: save },
      el('div', { class: 'field' }, el('label', { for: 'outcome-verdict' }, 'Verdict'), verdict),
      el('div', { class: 'field' }, el('label', { for: 'outcome-note' }, 'Note'), note),
      el('button', { type: 'submit', id: 'outcome-save' }, 'Record outcome')));
  }
  return section;
}

function auditTrail(entries, error) {
  return el('section', { class: 'panel', 'aria-labelledby': 'audit-title' },
    el('h2', { id: 'audit-title' }, 'Audit trail'),
    error ? el('p', { class: 'muted' }, `The audit trail could not be loaded: ${error}`) :
      !entries || entries.length === 0 ? el('p', { class: 'muted' }, 'Nothing recorded yet.') :
        el('table', { id: 'audit' },
          el('thead', {}, el('tr', {}, ...['When', 'Who', 'Action', 'Outcome', 'Change', 'Reason'].map(h => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, ...entries.map(e => el('tr', {},
            el('td', {}, utcDateTime(e.at)),
            el('td', {}, `${e.actor?.name} (${String(e.actor?.role || '').toLowerCase()})`),
            el('td', {}, e.action),
            el('td', {}, String(e.outcome || '').toLowerCase()),
            el('td', {}, e.fromState && e.toState && e.fromState !== e.toState ? `${e.fromState} → ${e.toState}` : ''),
            el('td', {}, e.reason || ''))))));
}
