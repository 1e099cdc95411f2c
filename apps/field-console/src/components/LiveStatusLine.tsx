import { LIVE_STATUS_TEXT, useLiveStatus } from '../api/live-events';

/** The live connection's state in a line under a screen's heading: quiet when connected, amber when not. */
export function LiveStatusLine({ token }: { token: string }) {
  const status = useLiveStatus(token);
  return (
    <div className={`live-status live-status-${status}`} data-testid="live-status" data-status={status} aria-live="polite">
      {LIVE_STATUS_TEXT[status]}
    </div>
  );
}
