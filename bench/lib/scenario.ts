import { Figure } from './report';

export interface ScenarioContext {
  /** Multiplies the Jinjiang-scale data set (1 = 200k licences, 1M penalties …). */
  scale: number;
  /** Seconds of load for throughput scenarios. */
  durationSeconds: number;
  /** Prints a progress or figure line. */
  log(text: string): void;
}

export interface Scenario {
  name: string;
  describe: string;
  run(ctx: ScenarioContext): Promise<Figure[]>;
}
