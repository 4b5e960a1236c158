import { stripVTControlCharacters } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";
import { advance } from "../../src/core/engine.js";
import { followedRun } from "../../src/core/race-state.js";
import { createRun, type RunState } from "../../src/core/run.js";
import { reduceSession, type Session, type SessionAction } from "../../src/ui/session.js";
import { RACER_COLORS, racerLetter } from "../../src/ui/theme.js";
import {
  COMPACT_SIZE,
  dashboardFrame,
  FULL_SIZE,
  frameProblems,
  KEYS,
  PLAIN,
  panelLines,
  play,
  renderApp,
} from "./helpers.js";
import { EIGHT, racerConfig, raceSession, THREE } from "./race-helpers.js";

// Colour on for this file's frames: chalk reads FORCE_COLOR when it loads, before any import.
vi.hoisted(() => {
  process.env.FORCE_COLOR = "1";
});
afterAll(() => {
  delete process.env.FORCE_COLOR;
});

const RUN: SessionAction = { type: "run", event: { type: "run" } };
const tick = (updates: number): SessionAction => ({ type: "tick", updates, rate: 1 });
const SIZES = [COMPACT_SIZE, FULL_SIZE, { columns: 200, rows: 50 }] as const;
const COLOR = { isColor: true, isAscii: false } as const;
const ASCII = { isColor: false, isAscii: true } as const;

/** A run alone, `updates` in: createRun and advance, nothing of the race or the session. */
function solo(text: string, updates: number): RunState {
  return advance(createRun(racerConfig(text)), updates);
}

const numbers = (run: RunState) => ({
  updates: run.updates,
  params: Array.from(run.params),
  optState: Array.from(run.optState),
  stopped: "reason" in run.status ? run.status : undefined,
});

/** The session's lines without colour codes. */
const plain = (frame: string) => stripVTControlCharacters(frame);

describe("a race in the dashboard", () => {
  it("each racer equals its solo run after the same updates, through ticks and steps", () => {
    let session = play(raceSession(THREE), { type: "run", event: { type: "step" } }, RUN);
    for (const n of [5, 17, 30]) session = reduceSession(session, tick(n));
    session = play(session, { type: "run", event: { type: "pause" } });
    session = play(session, { type: "run", event: { type: "step" } });
    session.runs.forEach((run, i) => {
      expect(numbers(run)).toEqual(numbers(solo(THREE[i] as string, 54)));
    });
  });

  it("a diverging racer stops alone with its reason, the others go on", () => {
    const texts = ["sgd", "sgd:lr=0.3", "adam:lr=0.1"];
    const session = play(raceSession(texts), RUN, tick(90));
    const [a, b, c] = session.runs as [RunState, RunState, RunState];
    expect(b.status.kind).toBe("diverged");
    expect(numbers(b)).toEqual(numbers(solo("sgd:lr=0.3", 90)));
    expect([a.status.kind, c.status.kind]).toEqual(["running", "running"]);
    expect([a.updates, c.updates]).toEqual([90, 90]);
    const frame = plain(dashboardFrame(play(session, { type: "follow-next" }), FULL_SIZE));
    expect(frame).toContain("● B diverged");
    expect(frame).toContain(`B SGD lr 0.3 diverged`);
  });

  it("+ moves every run's rate along its own ladder", () => {
    const session = play(raceSession(THREE), { type: "lr-step", direction: 1 });
    expect(session.runs.map((r) => r.lr)).toEqual([0.02, 0.02, 0.2]);
  });

  for (const count of [1, 3, 8]) {
    const texts = EIGHT.slice(0, count).map((t, i) => (count === 3 ? (THREE[i] as string) : t));
    for (const size of SIZES) {
      it(`${count} run(s) at ${size.columns}x${size.rows} fit, each named, in colour and without`, () => {
        const session = play(raceSession(texts), RUN, tick(20));
        for (const theme of [PLAIN, COLOR, ASCII]) {
          const frame = dashboardFrame(session, size, theme);
          expect(frameProblems(plain(frame), size.columns, size.rows)).toEqual([]);
          if (count === 1) {
            expect(plain(frame)).not.toContain("▶A");
            continue;
          }
          const lines = plain(frame).split("\n");
          const legend = lines.slice(2, 4).join("\n");
          texts.forEach((_, i) => {
            expect(legend).toContain(racerLetter(i));
          });
          // The loss chart ends each run's curve in its letter.
          const chart = lines.filter((line) => /[┤┼|+]/.test(line));
          for (const [i] of texts.entries()) {
            expect(chart.some((line) => line.includes(racerLetter(i)))).toBe(true);
          }
        }
      });
    }
  }

  it("colours each run's letter with its colour, in the legend and the plots", () => {
    const frame = dashboardFrame(play(raceSession(THREE), RUN, tick(20)), FULL_SIZE, COLOR);
    // chalk at level 1: cyan 36, yellow 33, magentaBright 95.
    expect(RACER_COLORS.slice(0, 3)).toEqual(["cyan", "yellow", "magentaBright"]);
    const legend = frame.split("\n")[2] as string;
    expect(legend).toContain("\u001b[36mA");
    expect(legend).toContain("\u001b[33mB");
    expect(legend).toContain("\u001b[95mC");
    const body = frame.split("\n").slice(3).join("\n");
    for (const [code, letter] of [
      [36, "A"],
      [33, "B"],
      [95, "C"],
    ] as const) {
      expect(body).toMatch(new RegExp(`\u001b\\[${code}m[^\u001b]*${letter}`));
    }
  });
});

describe("a race's contour and a follower", () => {
  it("the contour puts each racer's letter on the valley (exercise 3-1's model)", () => {
    const session = play(raceSession(THREE, { model: "quadratic", init: [1, 1, 1] }), RUN, tick(6));
    const frame = plain(dashboardFrame(session, { columns: 200, rows: 50 }));
    const contour = panelLines(frame, "loss(w2, w1)").join("\n");
    for (const letter of ["A", "B", "C"]) expect(contour).toContain(letter);
    expect(contour).toContain("A now");
  });

  it("a follower takes the presenter's race; which run it follows stays its own", () => {
    const presenter = play(raceSession(THREE), RUN, tick(9), { type: "follow-next" });
    const follower = play(raceSession(["sgd"]), { type: "follow", from: presenter });
    expect(follower.runs).toBe(presenter.runs);
    expect(follower.followed).toBe(0);
    expect(play(follower, { type: "follow-next" }).followed).toBe(1);
  });
});

describe("race keys", () => {
  it("n follows the next run: the header, Step panel and weights change to it", async () => {
    const app = renderApp(play(raceSession(THREE), { type: "run", event: { type: "step" } }));
    expect(app.line(1)).toContain("● A paused");
    await app.press("n");
    expect(app.line(1)).toContain("● B paused");
    expect(app.line(0)).toContain("SGD + momentum");
    await app.press("n", "n");
    expect(app.line(1)).toContain("● A paused");
    app.unmount();
  });

  it("a adds a racer from typed text, taken to the front and followed", async () => {
    const start = play(raceSession(THREE), { type: "run", event: { type: "step-epoch" } });
    const app = renderApp(start);
    await app.press("a", "rmsprop:lr=0.02", KEYS.enter);
    expect(app.line(1)).toContain("● D paused");
    expect(plain(app.frame())).toContain("D RMSprop lr 0.02 paused");
    app.unmount();
  });

  it("a with bad text says why inline and changes nothing", async () => {
    const start = raceSession(THREE);
    let session: Session = play(start, { type: "prompt-open", kind: "racer" });
    session = play(
      session,
      { type: "prompt-edit", text: "adam:beta=2" },
      { type: "prompt-submit" },
    );
    expect(session.runs).toBe(start.runs);
    expect(session.prompt?.error).toContain("beta");
    const frame = plain(dashboardFrame(session, FULL_SIZE));
    expect(frame.split("\n").at(-1)).toBe(`add racer: adam:beta=2_  ${session.prompt?.error}`);
  });

  it("a on a full race says so; d drops the followed run but never the last", () => {
    const full = raceSession(EIGHT);
    expect(play(full, { type: "prompt-open", kind: "racer" }).notice).toBe(
      "a race takes at most 8 runs",
    );
    const dropped = play(raceSession(THREE), { type: "follow-next" }, { type: "remove-racer" });
    expect(dropped.runs.map((r) => r.optimizer.id)).toEqual(["sgd", "adam"]);
    expect(followedRun(dropped).optimizer.id).toBe("adam");
    const one = raceSession(["sgd"]);
    const kept = play(one, { type: "remove-racer" });
    expect(kept.runs).toBe(one.runs);
    expect(kept.notice).toContain("the last run stays");
  });
});
