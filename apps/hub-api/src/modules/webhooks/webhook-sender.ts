export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * One POST of a signed CloudEvent. Only a 2xx counts: redirects are not followed (a moved endpoint
 * is the unit's to update), and a slow receiver is cut off at the timeout so it cannot hold a worker.
 */
export async function sendWebhook(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/cloudevents+json; charset=utf-8', 'user-agent': 'jinjiang-hub-webhooks/1', ...headers },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The receiver's body is not ours to read: dropping it keeps a chatty receiver from filling memory.
    await response.body?.cancel().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, error: ok ? null : `HTTP ${response.status}`, durationMs: elapsed() };
  } catch (error) {
    const reason = error instanceof Error ? (error.name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : describeFetchError(error)) : String(error);
    return { ok: false, statusCode: null, error: reason, durationMs: elapsed() };
  }
}

function describeFetchError(error: Error): string {
  const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ? `${cause.code}: ${cause.message ?? error.message}` : error.message;
}
