import { createServer } from 'node:net';

/** previewUrl.ts afresh, as Playwright's runner loads it at the start of a run. */
async function startOfRun() {
  vi.resetModules();
  return import('../../support/previewUrl');
}

const listen = (port: number) =>
  new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });

afterEach(() => vi.unstubAllEnvs());

describe('the end-to-end server’s port', () => {
  test('PORT, when set, is the port', async () => {
    vi.stubEnv('PORT', '4999');
    const { PREVIEW_PORT, PREVIEW_URL } = await startOfRun();
    expect(PREVIEW_PORT).toBe(4999);
    expect(PREVIEW_URL).toBe('http://127.0.0.1:4999');
  });

  test('otherwise a free port, handed to the workers through PORT', async () => {
    vi.stubEnv('PORT', '');
    const { PREVIEW_PORT } = await startOfRun();
    expect(PREVIEW_PORT).toBeGreaterThan(0);
    expect(process.env.PORT).toBe(String(PREVIEW_PORT));
    await expect(listen(PREVIEW_PORT)).resolves.toBeUndefined();
  });

  test('a second run beside a first, whose server holds its port, gets another', async () => {
    vi.stubEnv('PORT', '');
    const first = await startOfRun();
    const server = createServer().listen(first.PREVIEW_PORT, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    vi.stubEnv('PORT', '');
    const second = await startOfRun();
    server.close();
    expect(second.PREVIEW_PORT).not.toBe(first.PREVIEW_PORT);
  });
});
