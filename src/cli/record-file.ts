import { closeSync, openSync, writeSync } from "node:fs";
import { escapeControls } from "../core/quote.js";
import { eventLine, type RecordedEvent, type RecordingHeader } from "../core/recording.js";
import type { RecordSink } from "../ui/recorder.js";
import { fileError } from "./input-error.js";

/** A recording being written: one line an event, each on disk before the next key is read. */
export interface RecordFile {
  readonly record: RecordSink;
  /** Closes the file; the reason it could not all be written, if it could not. */
  readonly close: () => string | undefined;
}

function writeLine(fd: number, line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  // A write to a file can be partial (a signal, a nearly full disk): the rest follows it.
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

/**
 * Opens `file` for a recording and writes its header; an InputError (exit 2, before the dashboard
 * starts) when it cannot. Each event is written synchronously as it comes, so a crash loses at
 * most the line being written; `now` is milliseconds on any clock, counted from this call.
 */
export function openRecordFile(
  file: string,
  header: RecordingHeader,
  now: () => number,
): RecordFile {
  let fd: number;
  try {
    fd = openSync(file, "w");
    writeLine(fd, JSON.stringify(header));
  } catch (error) {
    throw fileError(`--record: ${file}`, error, "is a directory", "cannot be written");
  }
  const start = now();
  let failure: string | undefined;
  let isClosed = false;
  const record = (event: RecordedEvent) => {
    if (failure !== undefined || isClosed) return;
    try {
      writeLine(fd, eventLine(Math.round(now() - start), event));
    } catch (error) {
      // The session goes on; what was lost is said when it ends.
      failure = (error as Error).message;
    }
  };
  const close = () => {
    if (!isClosed) {
      isClosed = true;
      try {
        closeSync(fd);
      } catch (error) {
        failure ??= (error as Error).message;
      }
    }
    return failure === undefined
      ? undefined
      : `cannot write the recording ${escapeControls(file)}: ${escapeControls(failure)}`;
  };
  return { record, close };
}
