/**
 * Headless Chromium for the browser test: the system's Debian `chromium`
 * driven by playwright-core (which never downloads a browser here), with a
 * fresh profile and no background network traffic.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet, sandbox-free headless run that talks to nothing but the test's server. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** The browser to use: `$CHROMIUM_PATH` when set, else Debian's; undefined when it is not installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM;
  return existsSync(path) ? path : undefined;
}

/** A browser context on a fresh profile; `close` shuts the browser and deletes the profile. */
export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launches headless Chromium at `executablePath` with a fresh `--user-data-dir`. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'balint-rules-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'Europe/Amsterdam',
    reducedMotion: 'reduce',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
