import { benchServeLoad } from "./serve-load.js";
import { stopAll } from "./tui.js";

// `npm run bench:serve`: the serve load benchmark alone, as `npm run bench` runs it last.
try {
  await benchServeLoad();
} finally {
  stopAll();
}
