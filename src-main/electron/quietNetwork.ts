import { app, type Session } from 'electron';
import { APP_ENTRY_URL } from '../app/appProtocol';

/**
 * Chromium's own reasons to reach the network, switched off before the app is ready: background
 * requests (variations, translation lists), component updates (Widevine and the like), reports on
 * failed requests, hyperlink-auditing pings, and autofill's server. Crash reports are never uploaded
 * because the crash reporter is never started.
 */
export const QUIET_SWITCHES: ReadonlyArray<readonly [string, string?]> = [
  ['disable-background-networking'],
  ['disable-component-update'],
  ['disable-domain-reliability'],
  ['no-pings'],
  ['disable-features', 'AutofillServerCommunication,MediaRouter,OptimizationHints'],
];

export function quietChromium(): void {
  for (const [name, value] of QUIET_SWITCHES) app.commandLine.appendSwitch(name, value);
}

/**
 * Spelling is checked only where the operating system's own checker does it (macOS), which downloads
 * nothing. On Windows and Linux Electron would fetch Hunspell dictionaries from Google's servers, so
 * the checker is off there, and its download address points into the app, which has no dictionaries.
 */
export const SPELLCHECK_PLATFORMS: readonly NodeJS.Platform[] = ['darwin'];

export function spellcheckHere(): boolean {
  return SPELLCHECK_PLATFORMS.includes(process.platform);
}

export function quietSession(session: Session): void {
  session.setSpellCheckerEnabled(spellcheckHere());
  session.setSpellCheckerDictionaryDownloadURL(new URL('no-dictionaries/', APP_ENTRY_URL).href);
}
