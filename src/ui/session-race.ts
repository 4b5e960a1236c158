import { type RaceState, raceEventApplied } from "../core/race-state.js";
import type { RunState } from "../core/run.js";
import { readOptimizerText } from "../core/spec-text.js";

/** What the race keys need of a session: the race, the prompt and the notice. */
interface Racing extends RaceState {
  readonly prompt: { readonly text: string; readonly error: string | undefined } | undefined;
  readonly notice: string | undefined;
}

/** The followed run replaced by `run`; the same object when it is the same. */
export function withFollowed<S extends RaceState>(session: S, run: RunState): S {
  const { runs, followed } = session;
  if (runs[followed] === run) return session;
  return { ...session, runs: runs.map((r, i) => (i === followed ? run : r)) };
}

/** The panels follow the next run, round to the first; the same object in a race of one. */
export function followNext<S extends RaceState>(session: S): S {
  const race = raceEventApplied(session, {
    type: "follow-run",
    run: (session.followed + 1) % session.runs.length,
  });
  return race === session ? session : { ...session, ...race };
}

/** The followed run leaves the race; the last run stays, with a notice saying why. */
export function removeFollowed<S extends Racing>(session: S): S {
  const race = raceEventApplied(session, { type: "remove-racer", run: session.followed });
  if (race !== session) return { ...session, ...race };
  const notice = "the last run stays: a race needs one (a adds a racer)";
  return notice === session.notice ? session : { ...session, notice };
}

/** Example text for the racer prompt, and what an empty one says. */
export const RACER_EXAMPLE = "adam:lr=0.1";

/**
 * A racer from the prompt's text, an optimizer spec as --optimizer takes it (its own `lr=`, else
 * the first run's starting rate), joined at the front and followed; or the text refused inline.
 */
export function addRacer<S extends Racing>(session: S, prompt: NonNullable<Racing["prompt"]>): S {
  const text = prompt.text.trim();
  const read = text === "" ? `type an optimizer, e.g. ${RACER_EXAMPLE}` : readOptimizerText(text);
  if (typeof read === "string") return { ...session, prompt: { ...prompt, error: read } };
  const first = session.runs[0] as RunState;
  const race = raceEventApplied(session, {
    type: "add-racer",
    optimizer: { id: read.id, hyper: read.hyper },
    lr: read.lr ?? first.config.lr,
  });
  return { ...session, ...race, prompt: undefined };
}
