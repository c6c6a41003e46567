/**
 * SVG icons for the modes of travel, from Tabler Icons (MIT), bundled at
 * build time. Only the inner markup is kept, to be placed in our own <svg>.
 */
import { defineTexts } from '@shared/i18n';
import type { Mode } from '@model/schema';
import walk from '@tabler/icons/outline/walk.svg?raw';
import flame from '@tabler/icons/outline/flame.svg?raw';
import rope from '@tabler/icons/outline/arrow-bar-to-down.svg?raw';
import motorbike from '@tabler/icons/outline/motorbike.svg?raw';
import plane from '@tabler/icons/outline/plane.svg?raw';
import parachute from '@tabler/icons/outline/parachute.svg?raw';
import bike from '@tabler/icons/outline/bike.svg?raw';
import run from '@tabler/icons/outline/run.svg?raw';
import skateboarding from '@tabler/icons/outline/skateboarding.svg?raw';
import microphone from '@tabler/icons/outline/microphone-2.svg?raw';

const inner = (svg: string) => svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');

export const MODE_ICONS: Record<Mode, string> = {
  'on-foot': inner(walk),
  torch: inner(flame),
  rope: inner(rope),
  motorcycle: inner(motorbike),
  flight: inner(plane),
  parachute: inner(parachute),
  bicycle: inner(bike),
  running: inner(run),
  skateboard: inner(skateboarding),
  stage: inner(microphone),
};

/** How each mode is said after a distance or a name: "by air", « en avion ». */
export const MODE_NAMES = defineTexts<Mode>({
  en: {
    'on-foot': 'on foot',
    torch: 'carrying the flame',
    rope: 'down a line from the roof',
    motorcycle: 'by motorcycle',
    flight: 'by air',
    parachute: 'by parachute',
    bicycle: 'by bicycle',
    running: 'running',
    skateboard: 'by skateboard',
    stage: 'on stage',
  },
  fr: {
    'on-foot': 'à pied',
    torch: 'flamme à la main',
    rope: 'en rappel depuis le toit',
    motorcycle: 'à moto',
    flight: 'en avion',
    parachute: 'en parachute',
    bicycle: 'à vélo',
    running: 'en courant',
    skateboard: 'en skateboard',
    stage: 'sur scène',
  },
});
