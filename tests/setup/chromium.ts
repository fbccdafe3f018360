// Finds a Chromium or Chrome for the browser tests. Where none is installed and this process may
// install one (root on a Debian-like system with apt-get), installs Debian's chromium and the
// DejaVu fonts itself; otherwise stops naming the exact command to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
];
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const PACKAGES = ['chromium', 'fonts-dejavu-core'];
const INSTALL = `apt-get update && apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`;
const INSTALL_AS_USER = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`;

export function findChromium(paths: readonly string[] = USUAL_PATHS): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return paths.find((p) => existsSync(p)) ?? null;
}

function mayInstall(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && process.env.IDLIB_NO_INSTALL !== '1';
}

/** The browser to drive: found, or installed from Debian's packages when this process may. */
export function ensureChromium(paths: readonly string[] = USUAL_PATHS, canInstall = mayInstall()): string {
  const found = findChromium(paths);
  if (found && existsSync(FONT)) return found;
  if (!canInstall) {
    if (found) return found; // fonts are a nicety for screenshots; a found browser runs without them
    throw new Error(
      `No Chromium or Chrome found (looked at CHROME_PATH and ${paths.join(', ')}). Install it with:\n  ${INSTALL_AS_USER}\nor set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  console.log(`browser tests: ${found ? 'fonts missing' : 'no Chromium found'}; running: ${INSTALL}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env });
  const installed = findChromium(paths);
  if (!installed) throw new Error(`"${INSTALL}" ran but no Chromium is at ${paths.join(', ')}.`);
  return installed;
}
