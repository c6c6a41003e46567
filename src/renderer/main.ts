import { mount } from 'svelte';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@fontsource/source-serif-4/400.css';
import './app.css';
import App from './App.svelte';

export default mount(App, { target: document.getElementById('app')! });
