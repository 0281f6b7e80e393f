import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, planAppResponse } from '../app/appProtocol';

/**
 * Must run before the app is ready. `standard` gives the scheme real origins and relative URLs,
 * `secure` makes it a secure context, `supportFetchAPI` and `corsEnabled` let module scripts and the
 * module worker load from it. No other origin ever runs in our windows, so nothing else can read it.
 * `codeCache` keeps V8's compiled code of the bundle between launches (Chromium does so only for http(s)
 * unless asked), so later launches need not compile the page's script afresh before the first paint.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** Serves the renderer bundle in `root` on `app://argmap/`: its files and nothing else (404 otherwise). */
export function serveAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const plan = planAppResponse(request, root);
    if (plan.status !== 200) return new Response(null, { status: plan.status });
    try {
      const body = await readFile(plan.path);
      return new Response(plan.body ? body : null, { status: 200, headers: plan.headers });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
