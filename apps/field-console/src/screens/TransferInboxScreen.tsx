import { useMemo, useState } from 'react';
import { Button, Card, Empty, Tag, TextArea } from 'antd-mobile';
import { request } from '../api/client';
import { AcceptTransferDocument, DeclineTransferDocument, TransferInboxDocument } from '../api/documents';
import { type LiveSelection, useLiveRound } from '../api/live-events';
import { useHubQuery } from '../api/use-hub-query';
import { useUnitName } from '../api/units';
import { ErrorNotice } from '../components/ErrorNotice';
import { LiveStatusLine } from '../components/LiveStatusLine';
import type { ConsoleTransferInboxQuery } from '../gql/graphql';
import { enumName, TRANSFER_STATE } from '../i18n/enums';
import { type Countdown, countdownText, type HeldCalendar, shanghaiDate, workingDayCountdown } from '../transfers/countdown';

type Item = ConsoleTransferInboxQuery['transferInbox'][number];

/**
 * Every transfer event: the inbox holds the unit's transfers in nearly every state, on either side, and an
 * extension moves a deadline. Selected by category on the hub (transfer events are filed under OTHER) and
 * by prefix here: the hub's eventTypes filter takes lower-case types only, and `transfer.reportResult`
 * (a sender's result to close) is not one.
 */
const INBOX_EVENTS: LiveSelection = {
  filter: { categories: ['OTHER'] },
  accepts: (type) => type.startsWith('transfer.'),
};

const dateTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

const COUNTDOWN_COLOR: Record<Countdown['kind'], 'primary' | 'danger' | 'warning'> = {
  LEFT: 'primary',
  TODAY: 'danger',
  OVERDUE: 'danger',
  CALENDAR_MISSING: 'warning',
};

/**
 * 移送待办 (the receiving unit): the transfers sent to it, each deadline as a countdown in working days on
 * the hub's calendar, accept (接收) or decline as not its jurisdiction (不予接收, with the reason).
 */
export function TransferInboxScreen({ token }: { token: string }) {
  const unitName = useUnitName();
  const [round, setRound] = useState(0);
  const [done, setDone] = useState<Record<string, string>>({});
  const year = Number(shanghaiDate(new Date()).slice(0, 4));
  const liveRound = useLiveRound(token, INBOX_EVENTS);
  const { data, error } = useHubQuery(TransferInboxDocument, { thisYear: year, nextYear: year + 1 }, token, round + liveRound);
  const items: Item[] | null = data?.transferInbox ?? null;
  // A year the hub does not hold (calendarYear null) is not counted: its days show 工作日历缺少….
  const calendar = useMemo((): HeldCalendar => {
    const years = [data?.thisYear ? year : null, data?.nextYear ? year + 1 : null].filter((y): y is number => y !== null);
    return { years: new Set(years), exceptions: [...(data?.thisYear?.exceptions ?? []), ...(data?.nextYear?.exceptions ?? [])] };
  }, [data, year]);

  return (
    <div className="approval-queue" data-testid="transfer-inbox">
      <div className="section-head">
        <span>移入待办（{items?.length ?? 0}）</span>
        <Button size="mini" onClick={() => setRound((r) => r + 1)}>
          刷新
        </Button>
      </div>
      <LiveStatusLine token={token} />
      {error ? <ErrorNotice error={error} /> : null}
      {items && items.length === 0 ? <Empty description="暂无移入的案件" /> : null}
      {items?.map((item) => (
        <InboxCard
          key={item.id}
          item={item}
          token={token}
          calendar={calendar}
          unitName={unitName}
          outcome={done[item.id]}
          onDone={(state) => setDone((d) => ({ ...d, [item.id]: state }))}
        />
      ))}
    </div>
  );
}

function InboxCard({
  item,
  token,
  calendar,
  unitName,
  outcome,
  onDone,
}: {
  item: Item;
  token: string;
  calendar: HeldCalendar;
  unitName: (code: string) => string;
  outcome: string | undefined;
  onDone: (state: string) => void;
}) {
  const [declining, setDeclining] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const countdown = item.nextDueAt ? workingDayCountdown(new Date(), new Date(item.nextDueAt), calendar) : null;

  async function act(kind: 'accept' | 'decline') {
    setBusy(true);
    setError(null);
    try {
      const state =
        kind === 'accept'
          ? (await request(AcceptTransferDocument, { input: { id: item.id } }, { token })).acceptTransfer.state
          : (await request(DeclineTransferDocument, { input: { id: item.id, note: note.trim() } }, { token })).declineTransfer.state;
      onDone(state);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      title={item.partyName}
      extra={
        countdown ? (
          <Tag color={COUNTDOWN_COLOR[countdown.kind]} data-testid="countdown">
            {item.overdue ? '已逾期' : countdownText(countdown)}
          </Tag>
        ) : null
      }
      className="approval-card"
      data-testid="inbox-item"
    >
      <div className="details">
        <div>
          移送方：{unitName(item.senderUnitCode)}
          {item.urgent ? <span className="danger">（紧急）</span> : null}
        </div>
        <div>状态：{enumName(TRANSFER_STATE, item.state)}</div>
        <div>事项：{item.matterCode}</div>
        <div>案情：{item.facts}</div>
        {item.nextDueAt ? <div>办理期限：{dateTime(item.nextDueAt)}</div> : null}
      </div>
      {outcome ? (
        <div className="submitted" role="status">
          已处理，当前状态「{enumName(TRANSFER_STATE, outcome)}」
        </div>
      ) : declining ? (
        <div className="reject-box">
          <TextArea placeholder="不予接收的理由（必填）" value={note} onChange={setNote} rows={2} />
          <div className="actions">
            <Button color="danger" loading={busy} disabled={!note.trim()} onClick={() => void act('decline')}>
              确认不予接收
            </Button>
            <Button onClick={() => setDeclining(false)}>取消</Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          {item.allowedActions.includes('accept') ? (
            <Button color="primary" loading={busy} onClick={() => void act('accept')}>
              接收
            </Button>
          ) : null}
          {item.allowedActions.includes('decline') ? (
            <Button color="danger" fill="outline" onClick={() => setDeclining(true)}>
              不予接收
            </Button>
          ) : null}
        </div>
      )}
      {error ? <ErrorNotice error={error} /> : null}
    </Card>
  );
}
