import { mount } from 'svelte';
import { prewarmBasemap } from './map/basemap/basemap-layer';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@fontsource/source-serif-4/400.css';
import './app.css';
import App from './App.svelte';

// The basemap's worker starts loading map data while the app boots: the first draw comes sooner.
prewarmBasemap();

export default mount(App, { target: document.getElementById('app')! });
