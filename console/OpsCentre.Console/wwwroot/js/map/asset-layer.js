// City assets on the map, clustered so that 10,000 of them stay smooth: markers are canvas circles (no DOM node
// each), clusters are built in chunks that yield to the browser, cluster transitions are not animated (on a control
// room's modest hardware the animation costs more frames than it is worth), and a status change restyles its marker
// and refreshes only the clusters above it instead of rebuilding the layer. A cluster takes the colour of the worst
// status inside it, so one offline sensor in a cluster of hundreds still shows. Measured by the console benchmark.
import { ASSET_COLOURS, statusOf, worstStatus } from './status.js';

export class AssetLayer {
  #markers = new Map();
  #group;
  #renderer;
  #onSelect;

  constructor(map, { onSelect }) {
    this.#onSelect = onSelect;
    this.#renderer = L.canvas({ padding: 0.3 });
    this.#group = L.markerClusterGroup({
      chunkedLoading: true,
      chunkInterval: 50,
      chunkDelay: 16,
      animate: false,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      disableClusteringAtZoom: 18,
      maxClusterRadius: 80,
      iconCreateFunction: cluster => this.#clusterIcon(cluster),
    });
    map.addLayer(this.#group);
  }

  get count() { return this.#markers.size; }

  get group() { return this.#group; }

  /**
   * Brings the layer to exactly these assets: adds the new ones, restyles those whose status changed, removes the
   * missing. Resolves when the clusters are built, with how long that took in milliseconds.
   */
  update(assets) {
    const started = performance.now();
    const seen = new Set();
    const added = [];
    const restyled = [];
    for (const asset of assets) {
      if (!asset.location) continue;
      seen.add(asset.assetId);
      const known = this.#markers.get(asset.assetId);
      if (!known) {
        const marker = L.circleMarker([asset.location.lat, asset.location.lon], this.#style(statusOf(asset)));
        marker.asset = asset;
        marker.bindTooltip(() => `${marker.asset.name || marker.asset.assetId}: ${statusOf(marker.asset).toLowerCase()}`);
        marker.on('click', () => this.#onSelect(marker.asset.assetId));
        this.#markers.set(asset.assetId, marker);
        added.push(marker);
      } else {
        if (statusOf(known.asset) !== statusOf(asset)) {
          known.setStyle(this.#style(statusOf(asset)));
          restyled.push(known);
        }
        known.asset = asset;
      }
    }
    const removed = [...this.#markers.keys()].filter(id => !seen.has(id)).map(id => {
      const marker = this.#markers.get(id);
      this.#markers.delete(id);
      return marker;
    });
    if (removed.length) this.#group.removeLayers(removed);
    if (restyled.length) this.#group.refreshClusters(restyled);
    return new Promise(resolve => {
      const done = () => requestAnimationFrame(() => resolve({ milliseconds: performance.now() - started, added: added.length, restyled: restyled.length, removed: removed.length }));
      if (!added.length) {
        done();
        return;
      }
      this.#group.options.chunkProgress = (processed, total) => {
        if (processed === total) {
          this.#group.options.chunkProgress = null;
          done();
        }
      };
      this.#group.addLayers(added);
    });
  }

  find(text) {
    const needle = text.trim().toLowerCase();
    if (!needle) return null;
    for (const marker of this.#markers.values()) {
      const asset = marker.asset;
      if (asset.assetId.toLowerCase() === needle) return asset;
    }
    for (const marker of this.#markers.values()) {
      const asset = marker.asset;
      if (asset.assetId.toLowerCase().includes(needle) || (asset.name || '').toLowerCase().includes(needle)) return asset;
    }
    return null;
  }

  get(assetId) { return this.#markers.get(assetId)?.asset ?? null; }

  #style(status) {
    const colour = ASSET_COLOURS[status] || ASSET_COLOURS.Unknown;
    return { renderer: this.#renderer, radius: 6, weight: 1.5, color: '#0b0f14', fillColor: colour, fillOpacity: 0.95 };
  }

  #clusterIcon(cluster) {
    const children = cluster.getAllChildMarkers();
    const worst = worstStatus(children.map(m => statusOf(m.asset)));
    const count = cluster.getChildCount();
    const size = count < 50 ? 30 : count < 500 ? 38 : 46;
    const notable = { Unknown: 'none reporting yet', Online: 'all reporting' }[worst] ?? `at least one ${worst.toLowerCase()}`;
    return L.divIcon({
      html: `<span>${count}</span><span class="visually-hidden"> assets, ${notable}</span>`,
      className: `asset-cluster ${worst.toLowerCase()}`,
      iconSize: [size, size],
    });
  }
}
