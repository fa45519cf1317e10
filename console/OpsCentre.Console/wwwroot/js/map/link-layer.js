// The base layer: Bristol's road links, drawn from GeoJSON served by the node (there is no tile server). A link is
// coloured by its asset status once the asset feed reports one.
import { api } from '../api.js';
import { ASSET_COLOURS } from './status.js';

const DEFAULT_STYLE = { color: '#5a7ba6', weight: 3, opacity: 0.9 };

export class LinkLayer {
  #layer = null;
  #byAsset = new Map();

  async load(map, { onSelect }) {
    const collection = await api.get('/api/map/links');
    const renderer = L.canvas({ padding: 0.3 });
    this.#layer = L.geoJSON(collection, {
      style: () => ({ ...DEFAULT_STYLE, renderer }),
      onEachFeature: (feature, layer) => {
        this.#byAsset.set(feature.properties.assetId, layer);
        layer.bindTooltip(`${feature.properties.name} (${feature.properties.assetId})`, { sticky: true });
        layer.on('click', () => onSelect(feature.properties.assetId));
      },
    }).addTo(map);
    return collection.features.length;
  }

  get layer() { return this.#layer; }

  get bounds() { return this.#layer?.getBounds(); }

  colour(assetId, status) {
    const layer = this.#byAsset.get(assetId);
    if (!layer) return;
    layer.setStyle(status && status !== 'Online' ? { color: ASSET_COLOURS[status], weight: 4 } : DEFAULT_STYLE);
  }
}
