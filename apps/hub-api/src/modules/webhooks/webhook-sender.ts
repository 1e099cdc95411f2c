import { Agent, errors, request } from 'undici';

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * Sends signed CloudEvents, one POST each, over pooled keep-alive connections (undici's `request`:
 * the WHATWG `fetch` around it cost more CPU than the delivery itself). Only a 2xx counts: redirects
 * are not followed (a moved endpoint is the unit's to update), and a slow receiver is cut off at the
 * timeout, counted over the whole attempt, so it cannot hold a worker (or outlive its lease).
 */
export class WebhookSender {
  private readonly agent: Agent;

  constructor(private readonly timeoutMs: number) {
    // Idle sockets are kept 4 s at most: a receiver that closes its idle connections sooner without
    // saying so would otherwise turn the next POST into a failed attempt.
    this.agent = new Agent({ connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs, keepAliveTimeout: 4_000, keepAliveMaxTimeout: 4_000 });
  }

  async send(url: string, body: string, headers: Record<string, string>): Promise<SendResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
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
      return { ok, statusCode: response.statusCode, error: ok ? null : `HTTP ${response.statusCode}`, durationMs: elapsed() };
    } catch (error) {
      return { ok: false, statusCode: null, error: signal.aborted ? `timed out after ${this.timeoutMs} ms` : this.describe(error), durationMs: elapsed() };
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  private describe(error: unknown): string {
    if (error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError || error instanceof errors.ConnectTimeoutError) {
      return `timed out after ${this.timeoutMs} ms`;
    }
    if (!(error instanceof Error)) return String(error);
    const code = (error as Error & { code?: string }).code;
    return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
}
