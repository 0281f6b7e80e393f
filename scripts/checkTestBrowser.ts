// `npm test` runs this first: without a browser, stop before anything runs, and say what to install.
import { testBrowser } from '../tests/support/chromium';
import { noBrowserMessage } from '../tests/support/findChromium';

if (!testBrowser) {
  console.error(`\n${noBrowserMessage(process.env)}\n`);
  process.exit(1);
}
console.log(`Tests use ${testBrowser.path} (${testBrowser.from}).`);
