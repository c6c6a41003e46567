/**
 * What every window that visitors look at binds around its show (the show's
 * window, a part's window): uncaught errors to the log, the pointer hidden
 * when still, the layout scaled to the screen. Returns the unbinding.
 */
import { logUncaughtErrors } from '../platform';
import { CursorController } from './cursor';
import { ScreenScaleController } from './screen-scale';

export function bindScreenWindow(): () => void {
  const unlog = logUncaughtErrors();
  const cursor = new CursorController();
  const scale = new ScreenScaleController();
  cursor.bind();
  scale.bind();
  return () => {
    scale.unbind();
    cursor.unbind();
    unlog();
  };
}
