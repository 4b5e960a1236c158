import { drawChanges } from "../term/diff.js";
import { Interpreter, type InterpreterSink } from "../term/interpreter.js";
import { blankScreen, copyScreen, type Screen } from "../term/screen.js";
import type { ViewerOutput } from "./terminal.js";

const BEGIN_FRAME = "\x1b[?2026h";
const END_FRAME = "\x1b[?2026l";
/** What a dashboard's first frame brings to a terminal: the alternate screen, no cursor. */
const ENTER = "\x1b[?1049h\x1b[?25l";
/** And what its end leaves it with. */
export const LEAVE = "\x1b[?1049l\x1b[?25h";

/** One viewer of a group: while in sync their terminal shows what the group's writer drew. */
export interface GroupMember {
  readonly output: ViewerOutput;
  isInSync: boolean;
  /** Something was sent to them: their terminal is on the alternate screen. */
  hasEntered: boolean;
  /** Waiting for their connection to drain: what catches them up then. */
  onDrain?: () => void;
}

/**
 * The output of one dashboard drawn for a group of viewers (same presenter, size and options):
 * the cell-diff writer's bytes, sent as they are to every member who has all the ones before.
 * A member whose connection is full drops out of the stream; when it drains they get the group's
 * current screen whole, and are back in. It reads what it passes on, so it knows that screen.
 */
export class GroupOutput {
  readonly isTTY = true;
  private readonly members = new Set<GroupMember>();
  private readonly interpreter: Interpreter;
  private hasDrawn = false;
  private readonly sink: InterpreterSink = {
    passthrough: () => {},
    synchronized: () => {},
    alternateScreen: (isEnter) => {
      if (isEnter) this.interpreter.clear();
    },
  };

  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    this.interpreter = new Interpreter(columns, rows);
  }

  get size(): number {
    return this.members.size;
  }

  write(chunk: string): boolean {
    this.interpreter.feed(chunk, this.sink);
    this.hasDrawn = true;
    for (const member of this.members) {
      if (!member.isInSync) continue;
      if (member.output.writableNeedDrain) this.dropOut(member, "");
      else {
        member.output.write(chunk);
        member.hasEntered = true;
      }
    }
    return true;
  }

  /** A viewer joins: shown the current screen whole, or the group's first frame to come. */
  add(output: ViewerOutput): GroupMember {
    const member: GroupMember = { output, isInSync: !this.hasDrawn, hasEntered: false };
    this.members.add(member);
    if (this.hasDrawn) this.catchUp(member, ENTER);
    return member;
  }

  remove(member: GroupMember): void {
    this.members.delete(member);
    if (member.onDrain) member.output.off("drain", member.onDrain);
    member.onDrain = undefined;
  }

  /** What a member in sync shows (undefined before the first frame). */
  screen(): Screen | undefined {
    return this.hasDrawn ? copyScreen(this.interpreter.screen) : undefined;
  }

  private dropOut(member: GroupMember, before: string): void {
    member.isInSync = false;
    member.onDrain = () => this.catchUp(member, before);
    member.output.once("drain", member.onDrain);
  }

  private catchUp(member: GroupMember, before: string): void {
    member.onDrain = undefined;
    if (!this.members.has(member)) return;
    if (member.output.writableNeedDrain) {
      this.dropOut(member, before);
      return;
    }
    const { screen, cursor } = this.interpreter;
    const whole = drawChanges(blankScreen(screen.columns, screen.rows), screen);
    const at = `\x1b[${cursor.row + 1};${cursor.column + 1}H`;
    member.output.write(`${before}${BEGIN_FRAME}\x1b[0m\x1b[H\x1b[2J${whole}${at}${END_FRAME}`);
    member.isInSync = true;
    member.hasEntered = true;
  }
}
