/**
 * What the journey draws over the basemap: the city's names, the areas'
 * names, the route, the places' labels and the emblem, in that order (each
 * above the last). Built once with the map; the journey player moves them.
 */
import type L from 'leaflet';
import type { Lang } from '@shared/i18n';
import type { Journey } from '@model/journey';
import { AreaLabels } from './area-labels';
import { CityNamesLayer } from './city-names';
import { EmblemMarker } from './emblem-marker';
import { redrawVectorsWhileZooming, vectorRenderer } from './live-vectors';
import { PlaceLabels } from './place-labels';
import { RouteLayers } from './route-layers';

export interface JourneyLayers {
  readonly cityNames: CityNamesLayer;
  readonly areas: AreaLabels;
  readonly route: RouteLayers;
  readonly labels: PlaceLabels;
  readonly emblem: EmblemMarker;
  /** Writes the story's names in `lang`. */
  setLang(lang: Lang): void;
  remove(): void;
}

export function addJourneyLayers(map: L.Map, journey: Journey, lang: Lang): JourneyLayers {
  const areas = new AreaLabels(journey.areas, lang).addTo(map);
  const route = new RouteLayers(journey).addTo(map);
  const labels = new PlaceLabels(journey.places, lang).addTo(map);
  const emblem = new EmblemMarker(journey.chapters[0]!.to.at).addTo(map);
  // The city's names keep clear of what these layers cover: each hands over its own boxes.
  const cityNames = new CityNamesLayer(map, [labels, areas, emblem, route]);
  const stopRedrawing = redrawVectorsWhileZooming(map, vectorRenderer(map));
  return {
    cityNames,
    areas,
    route,
    labels,
    emblem,
    setLang(lang) {
      labels.setLang(lang);
      areas.setLang(lang);
    },
    remove() {
      stopRedrawing();
      route.remove();
      labels.remove();
      areas.remove();
      cityNames.remove();
      emblem.remove();
    },
  };
}
