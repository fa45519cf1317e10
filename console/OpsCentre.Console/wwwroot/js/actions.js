// The operator's incident actions, each one HTTP call that the server audits under the signed-in account. The
// server decides what is allowed (the lifecycle state machine); a refusal comes back with its reason and is shown.
import { api, ApiError } from './api.js';
import { ask } from './ui/dialog.js';
import { notify } from './ui/notify.js';

const TEAMS = ['Traffic control', 'Highways response', 'Street scene', 'Environmental health', 'Flood duty officer', 'Network rail liaison'];

let board = null;

/** Where applied changes go at once, so the page does not wait for the live push of the same version. */
export function useBoard(incidentBoard) {
  board = incidentBoard;
}

const path = (incident, route) => `/api/incidents/${encodeURIComponent(incident.incidentId)}/${route}`;

async function perform(incident, route, body, done, doing = route) {
  try {
    const result = await api.post(path(incident, route), body);
    const updated = result?.incident ?? result;
    if (board && updated?.incidentId && updated.version) board.upsert(updated, { source: 'action' });
    notify(`${incident.incidentId} ${done}.`, { kind: 'ok', link: `#/incidents/${encodeURIComponent(incident.incidentId)}`, linkText: 'View incident' });
    return result;
  } catch (error) {
    const reason = error instanceof ApiError ? error.message : 'the console could not reach the node';
    notify(`Could not ${doing} ${incident.incidentId}: ${reason}`, { kind: 'error', timeoutMs: 10000 });
    return null;
  }
}

export async function acknowledge(incident) {
  return perform(incident, 'ack', {}, 'acknowledged', 'acknowledge');
}

export async function assign(incident) {
  const assignee = await ask({ title: `Assign ${incident.incidentId}`, label: 'Team or unit', submitLabel: 'Assign', choices: TEAMS, value: incident.assignedTo || '' });
  return assignee === null ? null : perform(incident, 'assign', { assignee }, `assigned to ${assignee}`);
}

export async function escalate(incident) {
  const reason = await ask({ title: `Escalate ${incident.incidentId}`, label: 'Reason for escalating', submitLabel: 'Escalate' });
  return reason === null ? null : perform(incident, 'escalate', { reason }, 'escalated');
}

export async function resolve(incident) {
  const reason = await ask({ title: `Resolve ${incident.incidentId}`, label: 'Resolution', submitLabel: 'Resolve' });
  return reason === null ? null : perform(incident, 'resolve', { reason }, 'resolved');
}

export async function close(incident) {
  return perform(incident, 'close', {}, 'closed');
}

export async function reopen(incident) {
  const reason = await ask({ title: `Reopen ${incident.incidentId}`, label: 'Reason for reopening', submitLabel: 'Reopen' });
  return reason === null ? null : perform(incident, 'reopen', { reason }, 'reopened');
}

export async function tickStep(incident, stepId) {
  return perform(incident, `checklist/${encodeURIComponent(stepId)}`, {}, `step ${stepId} done`, 'tick the step on');
}

export async function recordOutcome(incident, verdict, note) {
  return perform(incident, 'outcome', { verdict, note: note || null }, `judged ${verdict === 'TruePositive' ? 'a true' : 'a false'} positive`, 'record the outcome of');
}

/** Keyboard shortcuts shared by the queue and the incident page. */
export const SHORTCUTS = { a: acknowledge, s: assign, e: escalate, r: resolve };
