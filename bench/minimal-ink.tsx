import { render, Text } from "ink";

// The floor for gd-tui's start-up: Node, React and Ink loading and drawing one line, nothing else.
render(<Text>ready</Text>);
// Ink alone holds nothing open; the benchmark ends this process with a signal.
setInterval(() => undefined, 60_000);
