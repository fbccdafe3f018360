// Before the browser suite: serve the built site on 127.0.0.1 and start one Chromium that every
// test file connects to (a launch costs about a second and a half on these machines; a connect,
// a few milliseconds). Each file still runs alone: this setup runs for any browser file.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../setup/chromium.ts';
import { contentSecurityPolicy } from '../../csp.ts';
import { DIST } from '../setup/site.ts';
import { serveStatic } from './static-server.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default async function setup(project: TestProject) {
  const executablePath = ensureChromium();
  const { server, origin } = await serveStatic(DIST, { 'content-security-policy': contentSecurityPolicy() });
  const browserServer = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS, host: '127.0.0.1' });
  project.provide('origin', origin);
  project.provide('chromiumEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await new Promise<void>((done) => server.close(() => done()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    /** The shared Chromium's websocket endpoint (chromium.connect). */
    chromiumEndpoint: string;
  }
}
