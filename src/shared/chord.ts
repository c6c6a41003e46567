/**
 * Key chords written as people write them ("Ctrl+Shift+Q"), for the
 * operator's way out of the kiosk. Matched by the key's place (code), so the
 * chord is where the operator's note says on any layout.
 */
export interface Chord {
  control: boolean;
  shift: boolean;
  alt: boolean;
  /** KeyboardEvent.code of the main key, e.g. "KeyQ". */
  code: string;
}

/** Reads "Ctrl+Shift+Q" (case and spaces do not matter); null unless it has Ctrl or Alt and one letter or F-key. */
export function parseChord(text: string): Chord | null {
  const parts = text.split('+').map((p) => p.trim().toLowerCase());
  const key = parts.pop() ?? '';
  const mods = new Set(parts);
  if (mods.size !== parts.length || [...mods].some((m) => !['ctrl', 'control', 'shift', 'alt'].includes(m))) return null;
  const code = /^[a-z]$/.test(key) ? `Key${key.toUpperCase()}` : /^f([1-9]|1[0-2])$/.test(key) ? key.toUpperCase() : null;
  const control = mods.has('ctrl') || mods.has('control');
  const alt = mods.has('alt');
  if (!code || !(control || alt)) return null;
  return { control, shift: mods.has('shift'), alt, code };
}

/** Whether a key press (Electron's Input or a KeyboardEvent) is the chord; Meta is never part of it. */
export function matchesChord(chord: Chord, press: { control: boolean; shift: boolean; alt: boolean; meta: boolean; code: string }): boolean {
  return press.control === chord.control && press.shift === chord.shift && press.alt === chord.alt && !press.meta && press.code === chord.code;
}
