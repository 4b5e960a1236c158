import { LR_RANGE_TEXT } from "../core/config.js";
import { MODEL_IDS } from "../core/models/index.js";
import { OPTIMIZER_IDS } from "../core/optimizers/index.js";
import { PRESETS } from "../core/presets.js";
import { SCHEDULE_IDS } from "../core/schedules.js";
import { FORMATS } from "./options.js";

export const HELP = `gd-tui: drive gradient descent while you watch it (Lecture 3 of PyTorch Zero to All)

Usage
  gd-tui [flags]            the live dashboard (when stdout is a terminal;
                            piped, it prints as --print does)
  gd-tui --print [flags]    run to the end and print, as the lecture's script does
  gd-tui serve [flags]      an SSH server: each viewer gets a dashboard (see Serve)
  gd-tui replay FILE        a recording (--record) on the dashboard, paused at its
                            start: s next event, space play, >/< speed, e end;
                            with --print [--format NAME], headless

Problem
  --preset NAME       ${Object.keys(PRESETS).join(" | ")} (default lecture3)
  --data FILE|-       CSV with header x,y, or JSON {"x":[...],"y":[...]}; - reads stdin
  --max-bytes SIZE    read at most SIZE of data, e.g. 64k, 256M, 1G (default 256M)
  --max-rows N        read at most N data rows (default 10000000)
  --model NAME        ${MODEL_IDS.join(" | ")} (default: the preset's)
  --init VALUES       1.0, or name=value,... e.g. w2=0.5,w1=1,b=0 (unnamed ones start at 1.0)

Training
  --optimizer NAME[:key=value,...]
                      ${OPTIMIZER_IDS.slice(0, 6).join(" | ")} |
                      ${OPTIMIZER_IDS.slice(6).join(" | ")} (default sgd)
                      with any of torch.optim's keyword arguments, by torch's names:
                      momentum:momentum=0.5  adam:betas=0.8/0.99,amsgrad=true
                      rmsprop:centered=true,momentum=0.9  (true/false; pairs a/b);
                      given 2 to 8 times (with --print), races them on the same data
  --lr RATE           learning rate, ${LR_RANGE_TEXT}; an optimizer's lr= wins over it, and
                      without either each optimizer takes torch's default (sgd, momentum
                      and nesterov: the lecture's 0.01); the dashboard's + and - and its
                      l prompt keep to the same range
  --schedule NAME[:key=value,...]
                      ${SCHEDULE_IDS.join(" | ")}
                      (default constant), as torch.optim.lr_scheduler, stepped at
                      each epoch's end; in the dashboard + - l set the current rate
                      and the schedule carries on from it:
                      step:step_size=3,gamma=0.5  multistep:milestones=2/5/9
                      exponential:gamma=0.9  cosine:T_max=10,eta_min=0.001
                      linear:start_factor=0.5,total_iters=4  plateau:patience=2,factor=0.5
  --epochs N          stop after N epochs (default 10 with --print, 100 in the dashboard)
  --batch 1|N|full    samples per update (default 1, the lecture's per-sample updates)
  --tol-loss X        converged when the mean loss is at most X (default 1e-8; 0: never)
  --tol-grad X        converged when the gradient norm is at most X (default 1e-6; 0: never)

Output (--print)
  --format NAME       ${FORMATS.join(" | ")} (default transcript)
                      every format runs every epoch, like the lecture, unless
                      --tol-loss or --tol-grad is given (the dashboard stops on them)

Dashboard
  --fps N             frames per second at most, 1 to 60 (default 12, kind to SSH)
  --ascii             ASCII only (automatic when the locale is not UTF-8)
  --no-color          no colour (NO_COLOR is honoured too)
  --record FILE       write the session to FILE as it happens (JSON Lines), for
                      gd-tui replay FILE

Serve (gd-tui serve [serve flags] [run flags])
  --port N            port to listen on (default 2222; 0 picks a free one)
  --host ADDR         address to listen on (default 127.0.0.1, this machine only;
                      a room needs --host 0.0.0.0)
  --host-key FILE     ed25519 host key (default: made once in ~/.config/gd-tui/)
  --authorized-keys FILE  let in these OpenSSH public keys instead of the room code
  --open              let anyone in, no room code: closed networks only
  --follow            this terminal is the presenter's dashboard; viewers watch it
                      live, read-only, until f forks their own copy; it opens on
                      how to join (j hides and shows it)
                      with --record FILE, records the presenter's session (forks
                      noted in it)
  --max-sessions N    viewers at once (default 64)
  --max-per-address N connections one address may hold at once (default 8; more
                      for a room behind one NAT, or a load test on this machine)
  --idle-timeout SECONDS  close a viewer after this long without a key (default 1800)
  Students type: ssh -t -p PORT room@HOST, and answer with the room code printed at start.

  -h, --help          this help
  -v, --version       the version

Examples
  gd-tui --print                              the lecture's output, digit for digit
  gd-tui --print --epochs 100 | tail -3
  gd-tui --preset exercise3-1 --optimizer adam --lr 0.1
  gd-tui --optimizer momentum:momentum=0.5 --schedule cosine:T_max=20
  gd-tui --print --format summary --optimizer sgd --optimizer adam:lr=0.1
  gd-tui --print --format jsonl --data points.csv --batch full
  gd-tui serve --host 0.0.0.0 --preset exercise3-1
`;
