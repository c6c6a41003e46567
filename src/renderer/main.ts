import { mount } from 'svelte';
import { prewarmBasemap } from './map/basemap/worker-client';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@fontsource/source-serif-4/400.css';
import './app.css';
import { isPresenterView } from '@shared/presenter';
import { isHandoutView } from '@shared/handout';
import { followedPart } from '@shared/parts';
import App from './App.svelte';
import PresenterApp from './presenter/PresenterApp.svelte';
import HandoutApp from './handout/HandoutApp.svelte';
import PartApp from './parts/PartApp.svelte';

// `?view=presenter` is the speaker's window: notes, timer, pictures of the screen. `?view=handout` is the printed story.
const presenter = isPresenterView(location.search);
const handout = isHandoutView(location.search);
// `?part=map`: one part of a show that another window leads (src/shared/parts.ts).
const follows = presenter || handout ? null : followedPart(location.search);
// The basemap's worker starts loading map data while the app boots: the first draw comes sooner.
if (!presenter && !handout && (follows === null || follows === 'map')) prewarmBasemap();

const target = document.getElementById('app')!;
export default follows ? mount(PartApp, { target, props: { part: follows } }) : mount(handout ? HandoutApp : presenter ? PresenterApp : App, { target });
