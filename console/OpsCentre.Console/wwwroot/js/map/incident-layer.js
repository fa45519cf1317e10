// Incidents on the map as labelled pins ("P1"), drawn above the assets and never clustered away: there are few,
// and each matters. Closed incidents are left off; resolved ones stay, dashed, until they close.
import { escapeHtml, stateName } from '../ui/format.js';

export class IncidentLayer {
  #pins = new Map();
  #layer;

  constructor(map) {
    map.createPane('incidents').style.zIndex = 650;
    this.#layer = L.layerGroup().addTo(map);
  }

  get layer() { return this.#layer; }

  show(incident) {
    const id = incident.incidentId;
    const existing = this.#pins.get(id);
    if (incident.state === 'Closed' || !incident.location) {
      if (existing) {
        this.#layer.removeLayer(existing);
        this.#pins.delete(id);
      }
      return;
    }
    const done = incident.state === 'Resolved';
    const icon = L.divIcon({
      html: `P${incident.priority}`,
      className: `incident-pin p${incident.priority}${done ? ' done' : ''}`,
      iconSize: [30, 22],
    });
    const title = `P${incident.priority} ${incident.title} (${stateName(incident.state)})`;
    const popup = `<strong>${escapeHtml(incident.title)}</strong><br>${escapeHtml(incident.kind)} · ${escapeHtml(stateName(incident.state))}`
      + `<br><a href="#/incidents/${encodeURIComponent(id)}">Open ${escapeHtml(id)}</a>`;
    if (existing) {
      existing.setIcon(icon);
      existing.setLatLng([incident.location.lat, incident.location.lon]);
      existing.getElement()?.setAttribute('title', title);
      existing.setPopupContent(popup);
      return;
    }
    const pin = L.marker([incident.location.lat, incident.location.lon], { icon, title, pane: 'incidents', riseOnHover: true }).bindPopup(popup);
    this.#pins.set(id, pin);
    this.#layer.addLayer(pin);
  }

  get count() { return this.#pins.size; }
}
