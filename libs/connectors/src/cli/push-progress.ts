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

const CLEAR_LINE = '\r\x1b[2K';
const WIDTH = 40;

/**
 * One line redrawn in place, after each answered batch. Drawn here rather than by a progress library:
 * a message has to clear the line, go above it and the bar come back at once (cli-progress 3.12 left
 * the bar off after a log until its value changed, and drew it at 100% on a timer of its own).
 */
class TerminalBar implements PushProgress {
  private total = 0;
  private counts: ProgressCounts | null = null;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  start(total: number, counts: ProgressCounts): void {
    this.total = total;
    this.counts = counts;
    this.draw();
  }

  update(counts: ProgressCounts): void {
    this.counts = counts;
    this.draw();
  }

  log(message: string): void {
    this.stream.write(`${CLEAR_LINE}${message}\n`);
    this.draw();
  }

  stop(): void {
    if (!this.counts) return;
    this.draw();
    this.stream.write('\n');
    this.counts = null;
  }

  private draw(): void {
    if (!this.counts) return;
    const { done, pushed, rejected } = this.counts;
    const share = this.total ? Math.min(done / this.total, 1) : 1;
    const filled = Math.floor(share * WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    this.stream.write(
      `${CLEAR_LINE}${bar} ${Math.floor(share * 100)}% | 已确认 ${done}/${this.total} 行 rows answered | 推送 pushed ${pushed} | 拒收 rejected ${rejected}`,
    );
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
