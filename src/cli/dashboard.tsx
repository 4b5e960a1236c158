import { render } from "ink";
import type { RunConfig } from "../core/config.js";
import { createRun } from "../core/run.js";
import { AlternateScreen } from "../ui/alternate-screen.js";
import { App, type AppProps } from "../ui/app.js";
import { createSession } from "../ui/session.js";
import type { Theme } from "../ui/theme.js";

export interface DashboardIo {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  /** Ends the dashboard from outside (gd-tui serve: the viewer left or the server stops). */
  readonly signal?: AbortSignal;
}

/** Runs the live dashboard until the user quits; resolves when the terminal is restored. */
export async function runDashboard(
  config: RunConfig,
  fps: number,
  theme: Theme,
  io: DashboardIo,
  room?: AppProps["room"],
): Promise<void> {
  const instance = render(
    <AlternateScreen>
      <App initial={createSession(createRun(config))} fps={fps} theme={theme} room={room} />
    </AlternateScreen>,
    {
      stdin: io.stdin,
      stdout: io.stdout,
      stderr: io.stderr,
      exitOnCtrlC: false,
      patchConsole: false,
      maxFps: fps,
    },
  );
  // Asked for before any unmount: Ink settles only a promise that exists when it unmounts.
  const exited = instance.waitUntilExit();
  const onAbort = () => instance.unmount();
  io.signal?.addEventListener("abort", onAbort, { once: true });
  if (io.signal?.aborted) onAbort();
  try {
    await exited;
  } finally {
    io.signal?.removeEventListener("abort", onAbort);
  }
}

/** UTF-8 unless the locale says otherwise: LC_ALL, then LC_CTYPE, then LANG, as C's setlocale reads them. */
export function isUtf8Locale(env: NodeJS.ProcessEnv): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || "";
  return /utf-?8/i.test(locale);
}

/** NO_COLOR (any non-empty value, https://no-color.org) or --no-color turn colour off. */
export function themeFor(
  env: NodeJS.ProcessEnv,
  options: { ascii: boolean | undefined; color: boolean },
): Theme {
  return {
    isColor: options.color && !env.NO_COLOR,
    isAscii: options.ascii ?? !isUtf8Locale(env),
  };
}
