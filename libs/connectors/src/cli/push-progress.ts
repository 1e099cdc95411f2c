import { MultiBar, Presets, SingleBar } from 'cli-progress';

export interface ProgressCounts {
  /** Data rows the hub has answered (stored or rejected), or found bad before sending. */
  done: number;
  pushed: number;
  rejected: number;
}

/** How far a push is: only rows already answered count, so the figure never runs ahead of the hub. */
export interface PushProgress {
  start(total: number, counts: ProgressCounts): void;
  update(counts: ProgressCounts): void;
  /** A message for the person watching (a retry, a warning): on its own line, never through the bar. */
  log(message: string): void;
  stop(): void;
}

/**
 * A bar on a terminal; in a pipe or a log file, where a bar would print as repeated fragments, a
 * plain line now and then (at most every `everyMs`, and the last).
 */
export function pushProgress(stream: NodeJS.WritableStream, everyMs = 2000, now: () => number = Date.now): PushProgress {
  return (stream as NodeJS.WriteStream).isTTY ? new TerminalBar(stream) : new PlainLines(stream, everyMs, now);
}

class TerminalBar implements PushProgress {
  private readonly bars: MultiBar;
  private bar: SingleBar | null = null;

  constructor(stream: NodeJS.WritableStream) {
    this.bars = new MultiBar(
      { format: '{bar} {percentage}% | 已确认 {value}/{total} 行 rows answered | 推送 pushed {pushed} | 拒收 rejected {rejected}', stream, hideCursor: true, clearOnComplete: false },
      Presets.shades_classic,
    );
  }

  start(total: number, { done, pushed, rejected }: ProgressCounts): void {
    this.bar = this.bars.create(total, done, { pushed, rejected });
  }

  update({ done, pushed, rejected }: ProgressCounts): void {
    this.bar?.update(done, { pushed, rejected });
  }

  log(message: string): void {
    this.bars.log(`${message}\n`);
  }

  stop(): void {
    this.bars.stop();
  }
}

class PlainLines implements PushProgress {
  private total = 0;
  private last: ProgressCounts | null = null;
  private printedAt = -Infinity;
  private printed: ProgressCounts | null = null;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly everyMs: number,
    private readonly now: () => number,
  ) {}

  start(total: number, counts: ProgressCounts): void {
    this.total = total;
    this.last = counts;
  }

  update(counts: ProgressCounts): void {
    this.last = counts;
    if (this.now() - this.printedAt >= this.everyMs) this.print();
  }

  log(message: string): void {
    this.stream.write(`${message}\n`);
  }

  stop(): void {
    if (this.last && this.last !== this.printed) this.print();
  }

  private print(): void {
    const { done, pushed, rejected } = this.last!;
    this.stream.write(`进度 progress: 已确认 ${done}/${this.total} 行 rows answered, 推送 pushed ${pushed}, 拒收 rejected ${rejected}\n`);
    this.printedAt = this.now();
    this.printed = this.last;
  }
}
