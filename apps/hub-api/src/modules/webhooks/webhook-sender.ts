import type { Clock } from '../../common/time/clock';
import { Agent, errors, request } from 'undici';
import { guardedConnector, WebhookTargetRefused } from './guarded-connector';
import { REFUSED_TARGET_REASON, WebhookTargetPolicy } from '../subscriptions/webhook-target-policy';

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** The target policy stopped it: nothing was sent, and nothing of the target is in `error`. */
  refused: boolean;
}

/**
 * Sends signed CloudEvents, one POST each, over pooled keep-alive connections (undici's `request`:
 * the WHATWG `fetch` around it cost more CPU than the delivery itself). Only a 2xx counts: redirects
 * are not followed (a moved endpoint is the unit's to update), and a slow receiver is cut off at the
 * timeout, counted over the whole attempt, so it cannot hold a worker (or outlive its lease).
 * Every attempt passes the target policy twice: on the URL (the allow-list of today, not of the day
 * the subscription was saved) and on the address each connection goes to.
 */
export class WebhookSender {
  private readonly agent: Agent;

  constructor(
    private readonly timeoutMs: number,
    private readonly policy: WebhookTargetPolicy,
    private readonly clock: Clock,
  ) {
    // Idle sockets are kept 4 s at most: a receiver that closes its idle connections sooner without
    // saying so would otherwise turn the next POST into a failed attempt.
    this.agent = new Agent({
      connect: guardedConnector(policy, timeoutMs),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      keepAliveTimeout: 4_000,
      keepAliveMaxTimeout: 4_000,
    });
  }

  async send(url: string, body: string, headers: Record<string, string>): Promise<SendResult> {
    const refused: SendResult = { ok: false, statusCode: null, error: REFUSED_TARGET_REASON, durationMs: 0, refused: true };
    if (this.policy.refusal(url)) return refused;
    const started = this.clock.monotonicMs();
    const elapsed = () => Math.round(this.clock.monotonicMs() - started);
    // One limit on the whole attempt (the agent's are per phase: connecting, waiting, each chunk).
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      const response = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/cloudevents+json; charset=utf-8', 'user-agent': 'jinjiang-hub-webhooks/1', ...headers },
        body,
        dispatcher: this.agent,
        signal,
      });
      // The receiver's body is not ours to read: dropping it keeps a chatty receiver from filling memory.
      await response.body.dump({ limit: 64 * 1024, signal }).catch(() => undefined);
      const ok = response.statusCode >= 200 && response.statusCode < 300;
      return {
        ok,
        statusCode: response.statusCode,
        error: ok ? null : `HTTP ${response.statusCode}`,
        durationMs: elapsed(),
        refused: false,
      };
    } catch (error) {
      if (error instanceof WebhookTargetRefused) return refused;
      return {
        ok: false,
        statusCode: null,
        error: signal.aborted ? `timed out after ${this.timeoutMs} ms` : this.describe(error),
        durationMs: elapsed(),
        refused: false,
      };
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  private describe(error: unknown): string {
    if (
      error instanceof errors.HeadersTimeoutError ||
      error instanceof errors.BodyTimeoutError ||
      error instanceof errors.ConnectTimeoutError
    ) {
      return `timed out after ${this.timeoutMs} ms`;
    }
    if (!(error instanceof Error)) return String(error);
    const code = (error as Error & { code?: string }).code;
    return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
}
