// SPDX-License-Identifier: GPL-3.0-or-later
// A real sportello-hub for the browser tests: a fresh folder, `init`, a district of two comuni
// (Pioltello and Segrate), `serve` on 127.0.0.1 with a port the system picks, and the
// administrator's commands (`board activate`, …) run against the same folder.
import { execFile, spawn } from 'node:child_process';
import { access, constants, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PIOLTELLO = '015175';
export const SEGRATE = '015205';

// Under the sanitizers the hub is several times slower: generous, but bounded.
const COMMAND_MS = 60_000;
const LISTEN_MS = 60_000;
const STOP_MS = 10_000;

function hubExecutable() {
  const path = process.env.SPORTELLO_HUB;
  if (!path)
    throw new Error('SPORTELLO_HUB is not set: point it at the built sportello-hub, e.g. '
      + 'SPORTELLO_HUB=build/dev/hub/sportello-hub node --test (ctest sets it)');
  return path;
}

function run(executable, args) {
  return new Promise((resolve, reject) => {
    execFile(executable, args, { timeout: COMMAND_MS, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`sportello-hub ${args.join(' ')} failed (${error.code ?? error.signal}):\n`
            + `${stdout}${stderr}`));
        else
          resolve({ stdout, stderr });
      });
  });
}

// Starts a hub; `stop()` ends it and removes its folder, and writes its output to `logFile`
// when one is given (kept with the screenshots, for a failure's diagnosis).
export async function startHub({ logFile } = {}) {
  const executable = hubExecutable();
  await access(executable, constants.X_OK).catch(() => {
    throw new Error(`SPORTELLO_HUB=${executable} is not an executable file: build sportello-hub first`);
  });
  const root = await mkdtemp(join(tmpdir(), 'sportello-web-'));
  const dir = join(root, 'h');
  let server = null;
  let output = '';
  let stopped = false;
  const kill = () => { if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL'); };
  // A test process that ends in any other way leaves no hub behind.
  process.once('exit', kill);

  const stop = async () => {
    if (stopped)
      return;
    stopped = true;
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      const timer = setTimeout(kill, STOP_MS);
      await exited;
      clearTimeout(timer);
    }
    process.removeListener('exit', kill);
    if (logFile)
      await writeFile(logFile, output).catch(() => {});
    await rm(root, { recursive: true, force: true });
  };

  try {
    await run(executable, ['init', '--dir', dir]);
    await run(executable, ['district', 'set', '--dir', dir, '--name', 'Est', '--comuni',
      `${PIOLTELLO},${SEGRATE}`]);
    server = spawn(executable, ['serve', '--listen', '127.0.0.1:0', '--dir', dir],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(
        `sportello-hub serve said nothing like "listening on https://…" in ${LISTEN_MS} ms:\n${output}`)),
        LISTEN_MS);
      const read = (chunk) => {
        output += chunk;
        if (output.length > 1_000_000)
          output = output.slice(-500_000);
        const found = /listening on (https:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      };
      server.stdout.setEncoding('utf8').on('data', read);
      server.stderr.setEncoding('utf8').on('data', read);
      server.once('error', (error) => { clearTimeout(timer); reject(error); });
      server.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`sportello-hub serve ended (${code ?? signal}) before listening:\n${output}`));
      });
    });
    return {
      url,
      dir,
      // An administrator's command on this hub's folder, e.g. cli('board', 'activate', 'anna').
      cli: (...args) => run(executable, [...args, '--dir', dir]),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
