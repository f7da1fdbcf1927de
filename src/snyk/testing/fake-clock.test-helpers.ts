// A clock for the pacer's tests: `sleep` moves time on at once and records each wait, so a
// test asserts when requests would start without waiting for them.

export function fakeClock(start = 0) {
  const clock = { now: start, waits: [] as number[] };
  return {
    clock,
    now: () => clock.now,
    sleep: async (ms: number) => {
      clock.waits.push(ms);
      clock.now += ms;
    },
  };
}
