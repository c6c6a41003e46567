/**
 * The Leaflet map: canvas-rendered, no tile server, and no interaction of its
 * own (the show drives the camera; visitors cannot pan it away).
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { canvasRenderer } from './canvas-renderer';

export function createMap(element: HTMLElement): L.Map {
  const map = L.map(element, {
    // A small margin: a larger canvas costs every frame that redraws the travelled line (no GPU on a kiosk PC).
    renderer: canvasRenderer({ padding: 0.2 }),
    preferCanvas: true,
    zoomControl: false,
    attributionControl: true,
    dragging: false,
    touchZoom: false,
    scrollWheelZoom: false,
    doubleClickZoom: false,
    boxZoom: false,
    keyboard: false,
    zoomSnap: 0.25,
    minZoom: 1,
    maxZoom: 14,
    worldCopyJump: false,
    fadeAnimation: false,
  });
  map.attributionControl.setPrefix(false).addAttribution('Map data: Natural Earth, © OpenStreetMap contributors');
  return map;
}
