// Headless Chromium from Debian's package, driven by playwright-core (which cannot download a
// browser here). Without it the browser tests skip, unless REQUIRE_BROWSER=1 (CI) says they must run.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { testEnv } from '../../src/config.js';

export function browserAvailable(): boolean {
  if (existsSync(testEnv.chromiumPath)) return true;
  if (testEnv.requireBrowser)
    throw new Error(
      `REQUIRE_BROWSER=1 but there is no Chromium at ${testEnv.chromiumPath} (apt-get install chromium)`,
    );
  console.warn(
    `browser tests skipped: no Chromium at ${testEnv.chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: testEnv.chromiumPath,
    // Chromium's own background traffic (updates, sync, safe browsing) would count as requests
    // leaving the host and is refused on closed networks anyway.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
