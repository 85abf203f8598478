/**
 * The browser tests drive Debian's Chromium (/usr/bin/chromium) with playwright-core, which ships no
 * browser. When it is missing, it is installed with apt-get (CI runs as root), so `npm test` on a
 * fresh machine needs nothing by hand.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export async function ensureChromium(log: (message: string) => void = (message) => console.error(message)): Promise<string> {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM_PATH} (Debian's "chromium" package).`);
  }
  if (process.getuid?.() !== 0) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM_PATH}: run "sudo apt-get install -y chromium" (or the tests as root).`);
  }
  log(`[browser tests] ${CHROMIUM_PATH} is missing: installing Debian's chromium package…`);
  // Another apt process (e.g. unattended upgrades) may hold the lock: wait for it rather than fail.
  const lockTimeout = ['-o', 'DPkg::Lock::Timeout=600'];
  await run('apt-get', [...lockTimeout, 'update']);
  await run('apt-get', [...lockTimeout, 'install', '-y', 'chromium']);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed chromium but ${CHROMIUM_PATH} does not exist.`);
  log('[browser tests] chromium installed.');
  return CHROMIUM_PATH;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr}`));
    });
  });
}
