import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('../../../', import.meta.url);
const config = JSON.parse(readFileSync(new URL('electron-builder.json', root), 'utf8'));
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

describe('the packaging config', () => {
  test.each([
    // Nobody can run the app's binary as a plain Node, pass it Node options, or attach an inspector.
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    // Only our own, unaltered app.asar is ever loaded.
    ['onlyLoadAppFromAsar', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    // The renderer comes from app://, so file:// pages need no extra privileges.
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets the %s fuse to %s', (fuse, value) => {
    expect(config.electronFuses[fuse]).toBe(value);
  });

  test('packs the app into an asar, with the native renderer of PNG exports unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/@resvg/**');
  });

  test('ships the built app, its production modules and the bundled maps where main looks for them', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'node_modules/**']));
    expect(packageJson.main).toMatch(/^out\//);
    // bundledMapPath() reads process.resourcesPath/maps in a packaged app.
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'maps', to: 'maps' }));
  });

  test('is named Argmap, so its data folder and its macOS menu say Argmap', () => {
    expect(packageJson.productName).toBe('Argmap');
    expect(config.productName).toBe('Argmap');
  });

  test('registers .argmap.json files, with their MIME type, so file managers open maps in Argmap', () => {
    expect(config.fileAssociations).toContainEqual(
      expect.objectContaining({
        ext: 'argmap.json',
        mimeType: 'application/vnd.argmap+json',
        role: 'Editor',
      }),
    );
  });

  test('has no second config in package.json', () => {
    expect(packageJson.build).toBeUndefined();
    expect(packageJson.scripts.package).toContain('electron-builder');
  });

  test('is the config electron-builder itself loads, and valid against its schema', async () => {
    const require = createRequire(import.meta.url);
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const loaded = await getConfig(root.pathname, null, null);
    expect(loaded.electronFuses).toEqual(config.electronFuses);
    await expect(validateConfiguration(loaded, { isEnabled: false, add() {} })).resolves.toBeUndefined();
  }, 20_000);
});
