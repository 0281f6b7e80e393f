import { shell, type WebContents } from 'electron';
import { isOpenableExternally } from '../app/externalLinks';

/**
 * Applied to every web contents the app ever creates: no navigation, no new windows, no webviews.
 * A link the user opens in a new window (a click on a `target="_blank"` link, a middle click) goes to
 * their browser or mail client instead, if it is an http(s) or mailto link; anything else is dropped.
 */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isOpenableExternally(url)) void shell.openExternal(new URL(url).href);
    return { action: 'deny' };
  });
}
