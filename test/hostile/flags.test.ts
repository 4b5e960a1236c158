import { describe, expect, it } from "vitest";
import { captureCli, expectInputError } from "../cli/run-cli.js";

// Flags written the way a hurried or hostile user writes them: one line naming the flag each time.

describe("flag messages", () => {
  it.each([
    // parseArgs reads `-h=x` as -h, -= and -x, and used to blame "-=".
    ["-h=x", ["-h=x"], "gd-tui: -h takes no value\n"],
    ["-v=1", ["-v=1"], "gd-tui: -v takes no value\n"],
    ["-x=3", ["-x=3"], "gd-tui: unknown flag -x (see gd-tui --help)\n"],
    ["--help=x", ["--help=x"], "gd-tui: --help takes no value\n"],
    // The second w used to win silently.
    ["--init w=1,w=2", ["--init", "w=1,w=2"], "gd-tui: --init: w is given twice\n"],
    [
      "--init b twice for the quadratic model",
      ["--model", "quadratic", "--init", "b=0, w2=1,b=1"],
      "gd-tui: --init: b is given twice\n",
    ],
    // Too large for a double is out of range, as the dashboard's prompt says, not "not a number".
    ["--lr 1e400", ["--lr", "1e400"], "gd-tui: --lr: 1e400 is out of range (1e-9 to 1000)\n"],
    [
      "--init 1e400",
      ["--init", "1e400"],
      "gd-tui: --init: '1e400' is out of range (beyond ±1.8e308)\n",
    ],
    [
      "--tol-loss 1e400",
      ["--tol-loss", "1e400"],
      "gd-tui: --tol-loss: '1e400' is out of range (beyond ±1.8e308)\n",
    ],
  ])("%s", async (_, args, line) => {
    const result = await captureCli(["--print", ...args]);
    expectInputError(result, []);
    expect(result.stderr).toBe(line);
  });

  it("-hv still asks for the help", async () => {
    const result = await captureCli(["-hv"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage");
  });
});
