import xterm from "@xterm/headless";

/** A headless xterm and a way to wait until it has parsed what it was given. */
export function terminal(columns: number, rows: number, convertEol = false): xterm.Terminal {
  return new xterm.Terminal({
    cols: columns,
    rows,
    allowProposedApi: true,
    convertEol,
    scrollback: 0,
  });
}

export const written = (term: xterm.Terminal, data: string) =>
  new Promise<void>((resolve) => term.write(data, resolve));

/** Every visible cell as text: its characters, width and rendition, one string per row. */
export function cells(term: xterm.Terminal): string[] {
  const buffer = term.buffer.active;
  const rows: string[] = [];
  for (let y = 0; y < term.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    const row: string[] = [];
    for (let x = 0; x < term.cols; x++) {
      const cell = line?.getCell(x);
      if (!cell) continue;
      row.push(
        [
          cell.getChars() || " ",
          cell.getWidth(),
          cell.getFgColorMode(),
          cell.getFgColor(),
          cell.getBgColorMode(),
          cell.getBgColor(),
          cell.isBold(),
          cell.isDim(),
          cell.isItalic(),
          cell.isUnderline(),
          cell.isInverse(),
          cell.isStrikethrough(),
        ].join(","),
      );
    }
    rows.push(row.join("|"));
  }
  return rows;
}
