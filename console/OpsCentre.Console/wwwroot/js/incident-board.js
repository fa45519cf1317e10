// Every incident the console knows, one entry per incident id. Incidents arrive from the initial load, from every
// SignalR "incident" push and from resyncs after a reconnect, in any order and sometimes twice: the board keeps the
// highest version only, so a row is never duplicated and an old version never overwrites a newer one.
export const OPEN_STATES = ['New', 'Acknowledged', 'Assigned'];

export class IncidentBoard {
  #incidents = new Map();
  #listeners = new Set();

  get size() { return this.#incidents.size; }

  get(id) { return this.#incidents.get(id); }

  all() { return [...this.#incidents.values()]; }

  /**
   * Adds or replaces an incident if it is newer than what the board has.
   * @returns {'new'|'updated'|'stale'} what happened, so callers can cue only genuinely new incidents.
   */
  upsert(incident, { source = 'live' } = {}) {
    const known = this.#incidents.get(incident.incidentId);
    if (known && known.version >= incident.version) {
      return 'stale';
    }

    this.#incidents.set(incident.incidentId, incident);
    const change = known ? 'updated' : 'new';
    for (const listener of this.#listeners) {
      listener({ change, incident, previous: known ?? null, source });
    }
    return change;
  }

  subscribe(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** Queue order: priority 1 first; within a priority the longest-waiting (oldest) first; then by id for stability. */
export function queueOrder(a, b) {
  return a.priority - b.priority
    || Date.parse(a.openedAt) - Date.parse(b.openedAt)
    || (a.incidentId < b.incidentId ? -1 : a.incidentId > b.incidentId ? 1 : 0);
}
