import { shanghaiToday } from './shanghai-date';

/**
 * The hub's "now": every date the domain judges by (a licence's validity, a report's period, a lease's
 * end, an audit row's time) comes from here, so a test can move it and all of the hub moves with it.
 * The abstract class is the DI token (`constructor(private readonly clock: Clock)`).
 * Elapsed time (leases, intervals, how long a call took) is not the domain's "now": it is read from
 * `monotonicMs()`, which moving the clock does not disturb.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today in Asia/Shanghai as YYYY-MM-DD: the day a licence's validity is judged by. */
  today(): string {
    return shanghaiToday(this.now());
  }

  /** A monotonic reading in milliseconds, for elapsed time only: setting or advancing `now()` leaves it alone. */
  monotonicMs(): number {
    return performance.now();
  }

  /** `ms` milliseconds from now (negative: ago), e.g. a link's expiry. */
  after(ms: number): Date {
    return new Date(this.now().getTime() + ms);
  }
}

/** The wall clock: the one place in the hub's module code that reads the system time for "now". */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock tests move: it follows the system time until `set`, then stands where it was put and moves
 * only by `advance` (or `set` again); `reset` goes back to following the system time. An offset may be
 * given instead (`offsetBy`), for a clock that keeps running but some time away from the wall clock.
 */
export class TestClock extends Clock {
  private fixed: number | null = null;
  private offsetMs = 0;

  now(): Date {
    return new Date(this.fixed ?? Date.now() + this.offsetMs);
  }

  set(date: Date | string): this {
    this.fixed = new Date(date).getTime();
    return this;
  }

  advance(ms: number): this {
    if (this.fixed === null) this.offsetMs += ms;
    else this.fixed += ms;
    return this;
  }

  /** Runs on, `ms` away from the system time (negative: behind it). */
  offsetBy(ms: number): this {
    this.fixed = null;
    this.offsetMs = ms;
    return this;
  }

  reset(): this {
    this.fixed = null;
    this.offsetMs = 0;
    return this;
  }
}
