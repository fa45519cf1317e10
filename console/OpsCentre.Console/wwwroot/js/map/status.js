// How asset and incident states look on the map. Colour is never the only cue: tooltips and panels say it in words.
// "Unknown" is an asset in the catalogue that has not reported since the system started.
export const ASSET_COLOURS = { Online: '#56d364', Unknown: '#8fa3bf', Degraded: '#e3b341', Offline: '#c9d1d9' };
export const STATUS_RANK = { Unknown: 0, Online: 1, Degraded: 2, Offline: 3 };

export function statusOf(asset) {
  return asset?.status || 'Unknown';
}

export function worstStatus(statuses) {
  let worst = 'Unknown';
  for (const status of statuses) {
    if ((STATUS_RANK[status] ?? 0) > STATUS_RANK[worst]) worst = status;
  }
  return worst;
}
