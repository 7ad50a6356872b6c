/**
 * Chromium driven over the DevTools protocol through a pipe (`--remote-debugging-pipe`:
 * requests on fd 3, replies on fd 4, each a JSON text ended by a NUL byte). No library and
 * no port: the export needs a page of a fixed size, a screenshot and print-to-PDF, and the
 * published package should not need a browser driver installed beside it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/** The flags every run uses: headless, software rendering (same pixels on any machine), nothing fetched on its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--hide-scrollbars',
  '--mute-audio',
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
  '--allow-file-access-from-files'
];

interface Pending {
  resolve(value: Record<string, unknown>): void;
  reject(error: Error): void;
  method: string;
}

export interface ChromiumPage {
  /** Loads `url` and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Evaluates an expression (a promise is awaited) and returns its JSON value. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** The viewport as a PNG. */
  screenshot(): Promise<Buffer>;
  /** The page printed to PDF (the page's own @page size). */
  pdf(): Promise<Buffer>;
}

export interface Chromium {
  /** A page whose viewport is `width`×`height` CSS px, drawn at `scale` device px per CSS px. */
  newPage(width: number, height: number, scale?: number): Promise<ChromiumPage>;
  close(): Promise<void>;
}

/** Launches Chromium at `executable`. Rejects with a one-line Error when it cannot start. */
export async function launchChromium(executable: string, { timeoutMs = 60_000 } = {}): Promise<Chromium> {
  const child: ChildProcess = spawn(executable, [...CHROMIUM_ARGS, '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe']
  });
  const input = child.stdio[3] as Writable;
  const output = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const listeners = new Set<(message: { method: string; params: Record<string, unknown>; sessionId?: string }) => void>();
  let dead: Error | null = null;
  const fail = (error: Error) => {
    if (dead) return;
    dead = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  child.on('error', (error) => fail(new Error(`cannot start Chromium (${(error as NodeJS.ErrnoException).code ?? error.message})`)));
  child.on('exit', (code, signal) =>
    fail(new Error(`Chromium quit (${signal ?? `exit code ${code}`})${stderr.trim() ? `: ${stderr.trim().split('\n').pop()}` : ''}`))
  );
  input.on('error', () => {});

  let buffer = '';
  output.setEncoding('utf8');
  output.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const text = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      const message = JSON.parse(text);
      if (typeof message.id === 'number') {
        const p = pending.get(message.id);
        if (!p) continue;
        pending.delete(message.id);
        if (message.error) p.reject(new Error(`Chromium: ${p.method}: ${message.error.message}`));
        else p.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of listeners) listener(message);
      }
    }
  });

  function send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (dead) return Promise.reject(dead);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, method });
      input.write(
        JSON.stringify({
          id,
          method,
          params,
          ...(sessionId ? { sessionId } : {})
        }) + '\0'
      );
    });
  }

  function waitFor(method: string, sessionId: string, ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`Chromium: no ${method} within ${ms / 1000} s`));
      }, ms);
      const listener = (message: { method: string; sessionId?: string }) => {
        if (message.method !== method || message.sessionId !== sessionId) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve();
      };
      listeners.add(listener);
    });
  }

  // The first reply says the browser is up.
  const version = send('Browser.getVersion');
  let timer: NodeJS.Timeout | undefined;
  const started = await Promise.race([
    version.then(() => null),
    new Promise<Error>((resolve) => {
      timer = setTimeout(() => resolve(new Error(`Chromium did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
    })
  ])
    .catch((error: Error) => error)
    .finally(() => clearTimeout(timer));
  if (started) {
    child.kill('SIGKILL');
    throw started;
  }

  return {
    async newPage(width, height, scale = 1) {
      const { targetId } = (await send('Target.createTarget', {
        url: 'about:blank'
      })) as { targetId: string };
      const { sessionId } = (await send('Target.attachToTarget', {
        targetId,
        flatten: true
      })) as { sessionId: string };
      const call = (method: string, params?: Record<string, unknown>) => send(method, params, sessionId);
      await call('Page.enable');
      await call('Runtime.enable');
      await call('Emulation.setDeviceMetricsOverride', {
        width,
        height,
        deviceScaleFactor: scale,
        mobile: false
      });
      await call('Emulation.setEmulatedMedia', {
        media: 'screen',
        features: [{ name: 'prefers-reduced-motion', value: 'reduce' }]
      });
      return {
        async goto(url) {
          const loaded = waitFor('Page.loadEventFired', sessionId, timeoutMs);
          const result = (await call('Page.navigate', { url })) as {
            errorText?: string;
          };
          if (result.errorText) throw new Error(`Chromium cannot open ${url}: ${result.errorText}`);
          await loaded;
        },
        async evaluate<T>(expression: string) {
          const result = (await call('Runtime.evaluate', {
            expression,
            awaitPromise: true,
            returnByValue: true
          })) as {
            result: { value?: unknown };
            exceptionDetails?: {
              text: string;
              exception?: { description?: string };
            };
          };
          if (result.exceptionDetails) {
            const d = result.exceptionDetails;
            throw new Error(`Chromium: ${(d.exception?.description ?? d.text).split('\n')[0]}`);
          }
          return result.result.value as T;
        },
        async screenshot() {
          const { data } = (await call('Page.captureScreenshot', {
            format: 'png',
            optimizeForSpeed: true
          })) as { data: string };
          return Buffer.from(data, 'base64');
        },
        async pdf() {
          const { data } = (await call('Page.printToPDF', {
            printBackground: true,
            preferCSSPageSize: true,
            displayHeaderFooter: false
          })) as {
            data: string;
          };
          return Buffer.from(data, 'base64');
        }
      };
    },
    async close() {
      if (dead) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await send('Browser.close').catch(() => {});
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
}
