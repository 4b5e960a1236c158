import { describe, expect, it } from "vitest";
import { defaultSpec, type OptimizerSpec } from "../../src/core/optimizers/index.js";
import { followedRun } from "../../src/core/race-state.js";
import type { SessionAction } from "../../src/ui/session.js";
import { parseSettings } from "../../src/ui/settings-text.js";
import { COMPACT_SIZE, dashboardFrame, lectureSession, play, STEP } from "./helpers.js";

const TUNE: SessionAction = { type: "prompt-open", kind: "settings" };
const SUBMIT: SessionAction = { type: "prompt-submit" };
const typed = (text: string): SessionAction => ({ type: "prompt-edit", text });
const tuned = (optimizer: "momentum" | "adam" | "sgd", text: string) =>
  play(lectureSession({ optimizer }), STEP, TUNE, typed(text), SUBMIT);

describe("parseSettings: typed settings over the optimizer's own", () => {
  it("changes the keys typed and keeps the rest as they are", () => {
    const nesterov: OptimizerSpec = {
      id: "momentum",
      hyper: { ...defaultSpec("momentum").hyper, nesterov: true },
    };
    const spec = parseSettings(nesterov, "momentum=0.5");
    expect(spec).toEqual({ id: "momentum", hyper: { ...nesterov.hyper, momentum: 0.5 } });
  });

  it("reads pairs and booleans as --optimizer does", () => {
    expect(parseSettings(defaultSpec("adam"), "betas=0.8/0.99, amsgrad=true")).toEqual({
      id: "adam",
      hyper: { ...defaultSpec("adam").hyper, betas: [0.8, 0.99], amsgrad: true },
    });
  });

  it.each([
    ["momentum=-1", ["momentum", "-1"]],
    ["betas=1/2", ["betas"]],
    ["rho=0.9", ["rho"]],
    ["momentum", ["momentum", "no value"]],
    ["lr=0.1", ["learning rate", "l"]],
    ["", ["momentum=0.9"]],
  ])("refuses %j, saying why", (text, words) => {
    const reason = parseSettings(defaultSpec("momentum"), text);
    expect(typeof reason).toBe("string");
    for (const word of words) expect(reason).toContain(word);
  });
});

describe("the t prompt in the dashboard", () => {
  it("applies the settings between two updates, keeping the parameters and the count", () => {
    const before = play(lectureSession({ optimizer: "momentum" }), STEP);
    const after = tuned("momentum", "momentum=0.5");
    expect(after.prompt).toBeUndefined();
    expect(followedRun(after).optimizer.hyper.momentum).toBe(0.5);
    expect(followedRun(after).updates).toBe(1);
    expect(Array.from(followedRun(after).params)).toEqual(Array.from(followedRun(before).params));
  });

  it("shows a refusal inline and changes nothing", () => {
    const before = play(lectureSession({ optimizer: "adam" }), STEP, TUNE, typed("betas=1/2"));
    const after = play(before, SUBMIT);
    expect(followedRun(after)).toBe(followedRun(before));
    expect(after.prompt?.error).toMatch(/adam: betas=1\/2/);
    const bar = dashboardFrame(after, COMPACT_SIZE).split("\n").at(-1) ?? "";
    expect(bar).toMatch(/^settings: betas=1\/2_ {2}adam: betas/);
  });

  it("the header names the settings that differ from the defaults", () => {
    const frame = dashboardFrame(tuned("adam", "betas=0.8/0.99"), COMPACT_SIZE);
    expect(frame).toContain("Adam betas=0.8/0.99");
    expect(dashboardFrame(lectureSession({ optimizer: "adam" }), COMPACT_SIZE)).not.toContain(
      "betas=",
    );
  });
});
