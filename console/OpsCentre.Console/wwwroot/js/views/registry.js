// The console's pages. The navigation is built from this list, filtered by the signed-in role, so a page exists in
// the menu only when it is registered here. Another team's pages plug in with one entry, e.g. the traffic
// analysts' congestion views: { path: 'analysis', label: 'Traffic analysis', roles: STAFF, load: () => import('./analysis.js') }.
// A page module exports mount(container, context, params) and returns a function that unmounts it.
export const STAFF = ['operator', 'supervisor', 'analyst'];
export const PARTNERS = ['partner'];

export const views = [
  { path: 'queue', label: 'Incident queue', title: 'Incident queue', roles: STAFF, load: () => import('./queue.js') },
  { path: 'incidents', label: null, title: 'Incident', roles: STAFF, load: () => import('./incident.js') },
  { path: 'map', label: 'Map', title: 'City map', roles: STAFF, load: () => import('./map.js'), fullBleed: true },
  { path: 'analysis', label: 'Traffic analysis', title: 'Traffic analysis', roles: STAFF, load: () => import('./analysis.js') },
  { path: 'cameras', label: 'CCTV', title: 'CCTV analytics', roles: STAFF, load: () => import('./cameras.js') },
  { path: 'system', label: 'System', title: 'System', roles: STAFF, load: () => import('./system.js') },
  { path: 'alerts', label: 'Alerts', title: 'Partner alerts', roles: PARTNERS, load: () => import('./alerts.js') },
];

export function viewsFor(role) {
  return views.filter(v => v.roles.includes(role));
}
