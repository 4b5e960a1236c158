import { escapeControls } from "../../core/quote.js";
import { columns, headWithin, tailWithin } from "../columns.js";
import { KEYMAP } from "../keymap.js";
import type { Prompt } from "../session.js";
import { useTheme } from "../theme.js";
import { StyledLine } from "./styled-line.js";

/** Columns of the typed text's end a long reason leaves showing: where the typing happens. */
const TYPED_SHOWN = 12;

const PROMPT_LABELS: Readonly<Record<Prompt["kind"], string>> = {
  lr: "learning rate: ",
  settings: "settings: ",
  racer: "add racer: ",
};

/**
 * The bottom line: the main keys from the keymap, the learning-rate prompt while it is open, or a
 * notice about the last key (`+` at the top of the range), or `keys` when given in place of the
 * keymap's (a follower's). `nextView` names what `v` switches the layout's slot to; without one,
 * `v` is left out.
 */
export function KeyBar({
  prompt,
  notice,
  width,
  nextView,
  keys,
}: {
  readonly prompt: Prompt | undefined;
  readonly notice?: string | undefined;
  readonly width: number;
  readonly nextView?: string | undefined;
  readonly keys?: string | undefined;
}) {
  const theme = useTheme();
  if (prompt) {
    const label = PROMPT_LABELS[prompt.kind];
    const ellipsis = theme.isAscii ? "..." : "…";
    const typed = escapeControls(prompt.text);
    // The cursor `_` takes one column. The reason gets what the label and the typed text's last
    // few columns leave, its end cut; the typed text then what is left, its end shown, so that
    // neither a long paste nor a long refusal hides the other.
    const free = width - label.length - 1;
    const left = free - Math.min(columns(typed), TYPED_SHOWN);
    const reason = prompt.error
      ? `  ${reasonWithin(prompt.error, left)}`
      : "  Enter applies, Esc cancels";
    const after = headWithin(reason, left, ellipsis);
    const room = free - columns(after);
    return (
      <StyledLine
        width={width}
        segments={[
          { text: label, isBold: true },
          {
            text: `${tailWithin(typed, room, ellipsis)}_`,
          },
          { text: after, color: prompt.error ? "red" : "gray" },
        ]}
      />
    );
  }
  if (notice) return <StyledLine width={width} segments={[{ text: notice, color: "yellow" }]} />;
  if (keys) return <StyledLine width={width} segments={[{ text: keys, color: "gray" }]} />;
  const ascii = (label: string) =>
    theme.isAscii ? label.replace("→", "->").replace("←", "<-") : label;
  const isView = (b: (typeof KEYMAP)[number]) => b.command.type === "next-view";
  const items = KEYMAP.flatMap((b) => (b.bar && !isView(b) ? [ascii(b.bar)] : []));
  // Help and quit always show, and the view switch when there is one (a panel is hidden without
  // it); the others as many as fit, in the keymap's order.
  const kept = [...(nextView ? [`v ${nextView}`] : []), ...items.slice(-2)];
  const sep = "  ";
  const fits = (list: string[]) => list.join(sep).length <= width;
  const line: string[] = [];
  for (const item of items.slice(0, -2)) {
    if (!fits([...line, item, ...kept])) break;
    line.push(item);
  }
  return (
    <StyledLine width={width} segments={[{ text: [...line, ...kept].join(sep), color: "gray" }]} />
  );
}

/**
 * A refusal that repeats a long typed value, cut and with its size (`'1111…' (44 characters) is
 * out of range …`), drops that copy when the whole reason does not fit: the typed text is on the
 * line already, and what is wrong with it is the part that must show.
 */
function reasonWithin(error: string, width: number): string {
  if (columns(error) + 2 <= width) return error;
  return error.replace(/^'.*?…' \([\d,]+ characters\) /u, "");
}
