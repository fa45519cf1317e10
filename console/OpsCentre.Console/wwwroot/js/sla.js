// SLA countdowns as the SLA monitor applies them: a new incident must be acknowledged within the acknowledge
// deadline of its priority, counted from when it entered "new"; any open incident must be resolved within the
// resolve deadline, counted from when it opened.
import { api } from './api.js';

const DEFAULTS = {
  acknowledgeWithinSeconds: [120, 300, 900, 3600, 14400],
  resolveWithinSeconds: [3600, 14400, 86400, 259200, 604800],
};

let levels = DEFAULTS;

export async function loadServiceLevels() {
  try {
    levels = await api.get('/api/views/sla');
  } catch {
    levels = DEFAULTS;
  }
  return levels;
}

/** The deadline that matters now, or null for incidents no clock runs on (resolved, closed). */
export function deadlineOf(incident) {
  const index = Math.min(Math.max(incident.priority, 1), 5) - 1;
  if (incident.state === 'New') {
    const since = Date.parse(incident.stateChangedAt || incident.openedAt);
    return { kind: 'acknowledge', at: since + levels.acknowledgeWithinSeconds[index] * 1000 };
  }
  if (incident.state === 'Acknowledged' || incident.state === 'Assigned') {
    return { kind: 'resolve', at: Date.parse(incident.openedAt) + levels.resolveWithinSeconds[index] * 1000 };
  }
  return null;
}
