import { execFileSync } from 'node:child_process';

/** A port nothing listens on now, asked of the system (synchronously: Playwright's config is not async). */
function freePort(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}

// The end-to-end server's port: PORT when set, otherwise a free one chosen when the run starts, so two
// runs on one machine never collide. It is put in PORT so Playwright's workers, which inherit the
// runner's environment, agree with the runner.
if (!process.env.PORT) process.env.PORT = String(freePort());
export const PREVIEW_PORT = Number(process.env.PORT);
export const PREVIEW_URL = `http://127.0.0.1:${PREVIEW_PORT}`;
