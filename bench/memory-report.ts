import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Pty } from "./pty.js";

// Where a dashboard's resident memory lies, read from outside it: the kernel's split of RSS
// (/proc/PID/status) and V8's own figures from a Node diagnostic report, which the child writes
// when sent SIGUSR2 (--report-on-signal). gd-tui itself carries no instrumentation for this.

/** One look at the memory of a running dashboard, in bytes. */
export interface MemorySample {
  readonly rss: number;
  /** Anonymous pages: V8's heap, malloc's arenas, typed arrays' stores. */
  readonly anon: number;
  /** Mapped files: node's binary and shared libraries, as they are paged in. */
  readonly file: number;
  /** V8's heap as reserved (heapTotal), its live part (heapUsed), new space, old space. */
  readonly heapTotal: number;
  readonly heapUsed: number;
  readonly newSpace: number;
  readonly oldSpace: number;
  /** Memory V8 asked malloc for itself, and memory held outside the heap (ArrayBuffers, Buffers). */
  readonly malloced: number;
  readonly external: number;
}

/** The environment a dashboard needs to answer `memorySample`: reports into `dir`. */
export function reportEnv(dir: string): Record<string, string> {
  return {
    NODE_OPTIONS: `--report-on-signal --report-compact --report-directory=${dir}`,
  };
}

export const reportDir = (): string => mkdtempSync(join(tmpdir(), "gd-tui-report-"));
export const removeReportDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

function statusKib(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1];
  if (kib === undefined) throw new Error(`no ${field} for ${pid}`);
  return Number(kib) * 1024;
}

interface HeapSpace {
  readonly memorySize: number;
}
interface Report {
  readonly javascriptHeap: {
    readonly totalMemory: number;
    readonly usedMemory: number;
    readonly mallocedMemory: number;
    readonly externalMemory: number;
    readonly heapSpaces: Record<string, HeapSpace>;
  };
}

/** Asks the dashboard for a report, waits for the file, and reads it with the kernel's figures. */
export async function memorySample(pty: Pty, dir: string): Promise<MemorySample> {
  const rss = statusKib(pty.pid, "VmRSS");
  const anon = statusKib(pty.pid, "RssAnon");
  const file = statusKib(pty.pid, "RssFile");
  pty.kill("SIGUSR2");
  const deadline = performance.now() + 10_000;
  for (;;) {
    const name = readdirSync(dir).find((f) => f.endsWith(".json"));
    if (name) {
      const path = join(dir, name);
      try {
        const { javascriptHeap: heap } = JSON.parse(readFileSync(path, "utf8")) as Report;
        rmSync(path);
        return {
          rss,
          anon,
          file,
          heapTotal: heap.totalMemory,
          heapUsed: heap.usedMemory,
          newSpace: heap.heapSpaces.new_space?.memorySize ?? 0,
          oldSpace: heap.heapSpaces.old_space?.memorySize ?? 0,
          malloced: heap.mallocedMemory,
          external: heap.externalMemory,
        };
      } catch {
        // Still being written: read again in a moment.
      }
    }
    if (performance.now() > deadline) throw new Error(`no diagnostic report from ${pty.pid}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
