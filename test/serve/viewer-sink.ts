/** A connection whose backlog the test sets: MAX_BACKLOG is a viewer that stopped reading. */
export function connection() {
  const sent: string[] = [];
  const state = { backlog: 0 };
  return {
    sent,
    state,
    sink: { write: (text: string) => sent.push(text), backlog: () => state.backlog },
  };
}
