import { mount } from 'svelte';
import { prewarmBasemap } from './map/basemap/basemap-layer';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@fontsource/source-serif-4/400.css';
import './app.css';
import { isPresenterView } from '@shared/presenter';
import App from './App.svelte';
import PresenterApp from './presenter/PresenterApp.svelte';

// `?view=presenter` is the speaker's window: notes and timer, no map.
const presenter = isPresenterView(location.search);
// The basemap's worker starts loading map data while the app boots: the first draw comes sooner.
if (!presenter) prewarmBasemap();

export default mount(presenter ? PresenterApp : App, { target: document.getElementById('app')! });
