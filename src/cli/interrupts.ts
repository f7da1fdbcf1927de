// Ctrl+C and SIGTERM (a CI runner cancelling a job) while a command writes to Snyk: the first
// signal asks the command to stop gracefully, a second one exits at once. Only the entry point
// builds the process-backed source; commands get it through their context.

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

export interface Interrupts {
  /**
   * Routes the signals to `onFirst` until the returned function is called. A second signal
   * exits at once with 128 + its number, as an uncaught signal would.
   */
  listen(onFirst: (signal: InterruptSignal) => void): () => void;
}

const SIGNAL_NUMBERS: Record<InterruptSignal, number> = { SIGINT: 2, SIGTERM: 15 };

export function processInterrupts(proc: NodeJS.Process): Interrupts {
  return {
    listen(onFirst) {
      let received = 0;
      const on = (signal: InterruptSignal) => {
        received += 1;
        if (received === 1) {
          onFirst(signal);
          return;
        }
        proc.stderr.write(
          `\n${signal} again: exiting at once; writes in flight may or may not have been made.\n`,
        );
        proc.exit(128 + SIGNAL_NUMBERS[signal]);
      };
      proc.on('SIGINT', on);
      proc.on('SIGTERM', on);
      return () => {
        proc.off('SIGINT', on);
        proc.off('SIGTERM', on);
      };
    },
  };
}
