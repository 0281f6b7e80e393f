import { BrowserWindow, type Display, screen } from 'electron';

/**
 * With a second display, the audience's window goes full screen there and the presenter's stays on the
 * primary one; with one display, both share it. Re-placed whenever a display is added or removed.
 */
export function placePresentation(audienceId: number, presenterId: number): () => void {
  const place = () => {
    const audience = BrowserWindow.fromId(audienceId);
    const presenter = BrowserWindow.fromId(presenterId);
    if (!audience || !presenter) return;
    const primary = screen.getPrimaryDisplay();
    const external = screen.getAllDisplays().find((display: Display) => display.id !== primary.id);
    if (external) {
      if (audience.isFullScreen()) audience.setFullScreen(false);
      audience.setBounds(external.workArea);
      audience.setFullScreen(true);
      presenter.setBounds(primary.workArea);
    } else {
      const { x, y, width, height } = primary.workArea;
      presenter.setBounds({ x: x + Math.round(width * 0.55), y, width: Math.round(width * 0.45), height });
    }
    presenter.show();
  };
  place();
  screen.on('display-added', place);
  screen.on('display-removed', place);
  return () => {
    screen.off('display-added', place);
    screen.off('display-removed', place);
  };
}
