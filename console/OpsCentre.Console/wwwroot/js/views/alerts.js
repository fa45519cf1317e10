// A partner's view: the alerts sent to this partner and nothing else (the server answers only with the alerts of
// the partner the account belongs to), with acknowledgement. Acknowledging tells the control room someone has the
// alert in hand; the incident shows it at once. What each alert says is read from its latest CAP 1.2 message.
import { api, ApiError } from '../api.js';
import { notify } from '../ui/notify.js';
import { el, utcDateTime } from '../ui/format.js';

const REFRESH_MS = 5000;
const CAP_FIELDS = ['headline', 'event', 'severity', 'urgency', 'certainty', 'areaDesc', 'instruction'];

export async function mount(container, { session }) {
  const tbody = el('tbody', {});
  const summary = el('p', { class: 'muted', id: 'alerts-summary', 'aria-live': 'polite' });
  container.append(
    el('h1', {}, `Alerts for ${session.partnerId}`),
    el('p', { class: 'muted' }, 'Alerts the operations centre has sent to your organisation, newest first. Acknowledge an alert once someone has taken it on.'),
    el('section', { class: 'panel', 'aria-labelledby': 'alerts-title' },
      el('h2', { id: 'alerts-title', tabindex: '-1' }, 'Alerts'),
      el('table', { id: 'partner-alerts' },
        el('thead', {}, el('tr', {}, ...['Alerted', 'Alert', 'What', 'Severity', 'Urgency', 'Latest message', 'Acknowledgement'].map(h => el('th', { scope: 'col' }, h)))),
        tbody),
      summary));

  async function refresh() {
    let views;
    try {
      views = await api.get('/api/partner/alerts');
    } catch (error) {
      tbody.replaceChildren(el('tr', {}, el('td', { colspan: 7, class: 'empty' }, `Alerts unavailable: ${error.message}`)));
      return;
    }
    tbody.replaceChildren(...(views.length ? views.map(row) : [el('tr', {}, el('td', { colspan: 7, class: 'empty' }, 'No alerts for your organisation.'))]));
    summary.textContent = `${views.length} alerts, ${views.filter(v => !v.alert.acknowledgedAt).length} not acknowledged.`;
  }

  function row({ alert, latest }) {
    const cap = readCap(latest?.capXml);
    const acknowledged = Boolean(alert.acknowledgedAt);
    const cell = acknowledged
      ? el('td', {}, `Acknowledged ${utcDateTime(alert.acknowledgedAt)}`)
      : el('td', {}, el('button', { type: 'button', class: 'primary', 'data-alert': alert.alertId, onclick: event => acknowledge(alert, event.currentTarget) },
        'Acknowledge', el('span', { class: 'visually-hidden' }, ` alert ${alert.alertId}`)));
    return el('tr', { 'data-alert-row': alert.alertId, 'data-incident': alert.incidentId },
      el('td', {}, utcDateTime(alert.alertedAt)),
      el('td', { class: 'mono' }, alert.alertId, el('div', { class: 'muted' }, `incident ${alert.incidentId}`)),
      el('td', {}, cap.headline || cap.event || `priority ${alert.priority} incident`, cap.areaDesc ? el('div', { class: 'muted' }, cap.areaDesc) : null,
        cap.instruction ? el('div', {}, cap.instruction) : null),
      el('td', {}, cap.severity || ''),
      el('td', {}, cap.urgency || ''),
      el('td', {}, latest ? `${latest.msgType} (${String(latest.state).toLowerCase()})` : 'none yet', alert.phase === 'Ended' ? el('div', { class: 'muted' }, 'ended') : null),
      cell);
  }

  async function acknowledge(alert, button) {
    button.disabled = true;
    try {
      await api.post(`/api/partner/alerts/${encodeURIComponent(alert.alertId)}/ack`, {});
      notify(`Alert ${alert.alertId} acknowledged.`, { kind: 'ok' });
    } catch (error) {
      notify(`Could not acknowledge ${alert.alertId}: ${error instanceof ApiError ? error.message : 'no connection'}`, { kind: 'error' });
    }
    await refresh();
    document.getElementById('alerts-title')?.focus();
  }

  await refresh();
  const timer = setInterval(refresh, REFRESH_MS);
  return () => clearInterval(timer);
}

// The CAP message as text fields. DOMParser only parses; nothing in the message is run or rendered as HTML.
function readCap(xml) {
  if (!xml) return {};
  const message = new DOMParser().parseFromString(xml, 'application/xml');
  const text = name => message.getElementsByTagNameNS('*', name)[0]?.textContent?.trim() || '';
  return Object.fromEntries(CAP_FIELDS.map(name => [name, text(name)]));
}
