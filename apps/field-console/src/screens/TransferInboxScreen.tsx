import { useMemo, useState } from 'react';
import { Button, Card, Empty, TextArea } from 'antd-mobile';
import { request } from '../api/client';
import {
  AcceptTransferDocument,
  DeclineTransferDocument,
  EscalateTransferDocument,
  EvidenceDownloadDocument,
  SendTransferDocument,
  TransferInboxDocument,
} from '../api/documents';
import { type LiveSelection, useLiveRound } from '../api/live-events';
import { useHandled } from '../api/use-handled';
import { useHubQuery } from '../api/use-hub-query';
import { useUnitName } from '../api/units';
import { ErrorNotice } from '../components/ErrorNotice';
import { LiveStatusLine } from '../components/LiveStatusLine';
import type { ConsoleTransferInboxQuery } from '../gql/graphql';
import { enumName, TRANSFER_STATE } from '../i18n/enums';
import { type HeldCalendar, heldCalendar, shanghaiDate } from '../transfers/countdown';
import { CountdownTag } from '../transfers/CountdownTag';
import { dateTime } from '../i18n/dates';

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

/** What the inbox lets a unit do, one call each; the hub's lifecycle says which are allowed now. */
type InboxAction = 'send' | 'accept' | 'decline' | 'escalate';
const ACTIONS: Record<InboxAction, (token: string, id: string, note: string | null) => Promise<string>> = {
  send: async (token, id) => (await request(SendTransferDocument, { input: { id } }, { token })).sendTransfer.state,
  accept: async (token, id) => (await request(AcceptTransferDocument, { input: { id } }, { token })).acceptTransfer.state,
  decline: async (token, id, note) => (await request(DeclineTransferDocument, { input: { id, note } }, { token })).declineTransfer.state,
  escalate: async (token, id, note) => (await request(EscalateTransferDocument, { input: { id, note } }, { token })).escalateTransfer.state,
};

/**
 * 移送待办: the transfers that need the unit's action now, each deadline as a countdown in working days on
 * the hub's calendar. As sender: send an approved one with its letter (移送, §4(3)3①); as receiver:
 * accept (接收) or decline as not its jurisdiction (不予接收, with the reason), and report a declined
 * one to the city government (报请市政府, §4(3)3④). The approved letter opens from the card.
 */
export function TransferInboxScreen({ token, unitCode }: { token: string; unitCode: string }) {
  const unitName = useUnitName();
  const [round, setRound] = useState(0);
  const year = Number(shanghaiDate(new Date()).slice(0, 4));
  const liveRound = useLiveRound(token, INBOX_EVENTS);
  const { data, error } = useHubQuery(TransferInboxDocument, { thisYear: year, nextYear: year + 1 }, token, round + liveRound);
  // What the unit did stays on screen with the hub's answer until 刷新, even once a live refresh no longer
  // lists it (an escalated transfer leaves the receiver's inbox).
  const { shown: items, outcomeOf, record, clear } = useHandled<Item>(data?.transferInbox ?? null);
  // A year the hub does not hold (calendarYear null) is not counted: its days show 工作日历缺少….
  const calendar = useMemo(() => heldCalendar(year, data?.thisYear, data?.nextYear), [data, year]);

  return (
    <div className="approval-queue" data-testid="transfer-inbox">
      <div className="section-head">
        <span>移送待办（{items?.length ?? 0}）</span>
        <Button
          size="mini"
          onClick={() => {
            clear();
            setRound((r) => r + 1);
          }}
        >
          刷新
        </Button>
      </div>
      <LiveStatusLine token={token} />
      {error ? <ErrorNotice error={error} /> : null}
      {items && items.length === 0 ? <Empty description="暂无待办的移送案件" /> : null}
      {items?.map((item) => (
        <InboxCard
          key={item.id}
          item={item}
          token={token}
          unitCode={unitCode}
          calendar={calendar}
          unitName={unitName}
          outcome={outcomeOf(item)}
          onDone={(state) => record(item, state)}
        />
      ))}
    </div>
  );
}

function InboxCard({
  item,
  token,
  unitCode,
  calendar,
  unitName,
  outcome,
  onDone,
}: {
  item: Item;
  token: string;
  unitCode: string;
  calendar: HeldCalendar;
  unitName: (code: string) => string;
  outcome: string | undefined;
  onDone: (state: string) => void;
}) {
  const sending = item.senderUnitCode === unitCode;

  return (
    <Card
      title={item.partyName}
      extra={<CountdownTag dueAt={item.nextDueAt ?? null} overdue={item.overdue} calendar={calendar} />}
      className="approval-card"
      data-testid="inbox-item"
    >
      <div className="details">
        <div>
          {sending ? `接收方：${unitName(item.receiverUnitCode)}` : `移送方：${unitName(item.senderUnitCode)}`}
          {item.urgent ? <span className="danger">（紧急）</span> : null}
        </div>
        <div>状态：{enumName(TRANSFER_STATE, item.state)}</div>
        <div>事项：{item.matterCode}</div>
        <div>案情：{item.facts}</div>
        {item.nextDueAt ? <div>办理期限：{dateTime(item.nextDueAt)}</div> : null}
      </div>
      {item.letterEvidenceId ? <LetterLink token={token} evidenceId={item.letterEvidenceId} letterNo={item.letterNo} /> : null}
      {outcome ? (
        <div className="submitted" role="status">
          已处理，当前状态「{enumName(TRANSFER_STATE, outcome)}」
        </div>
      ) : null}
      {/* Its actions: none while the list still shows it as it was before the officer's own action; once the
          hub's answer shows it in its new state (a declined one, to escalate), those of that state, afresh. */}
      {!outcome || item.state === outcome ? <InboxActions key={item.state} item={item} token={token} onDone={onDone} /> : null}
    </Card>
  );
}

/** The actions the hub allows on a transfer in its current state; 不予接收 asks its reason first, 报请市政府 a note. */
function InboxActions({ item, token, onDone }: { item: Item; token: string; onDone: (state: string) => void }) {
  const [noting, setNoting] = useState<'decline' | 'escalate' | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function act(kind: InboxAction) {
    setBusy(true);
    setError(null);
    try {
      onDone(await ACTIONS[kind](token, item.id, note.trim() || null));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {noting ? (
        <div className="reject-box">
          <TextArea
            placeholder={noting === 'decline' ? '不予接收的理由（必填）' : '报请市政府的说明（选填）'}
            value={note}
            onChange={setNote}
            rows={2}
          />
          <div className="actions">
            <Button color="danger" loading={busy} disabled={noting === 'decline' && !note.trim()} onClick={() => void act(noting)}>
              {noting === 'decline' ? '确认不予接收' : '确认报请市政府'}
            </Button>
            <Button onClick={() => setNoting(null)}>取消</Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          {item.allowedActions.includes('send') ? (
            <Button color="primary" loading={busy} onClick={() => void act('send')}>
              移送
            </Button>
          ) : null}
          {item.allowedActions.includes('accept') ? (
            <Button color="primary" loading={busy} onClick={() => void act('accept')}>
              接收
            </Button>
          ) : null}
          {item.allowedActions.includes('decline') ? (
            <Button color="danger" fill="outline" onClick={() => setNoting('decline')}>
              不予接收
            </Button>
          ) : null}
          {item.allowedActions.includes('escalate') ? (
            <Button color="warning" fill="outline" onClick={() => setNoting('escalate')}>
              报请市政府
            </Button>
          ) : null}
        </div>
      )}
      {error ? <ErrorNotice error={error} /> : null}
    </>
  );
}

/**
 * 移交函 (§4(3)4): the letter the hub issued on approval, opened from a short-lived link the hub audits;
 * the link is asked for only when the officer wants the letter, and shown with the letter's number.
 */
function LetterLink({ token, evidenceId, letterNo }: { token: string; evidenceId: string; letterNo: string | null }) {
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function ask() {
    setBusy(true);
    setError(null);
    try {
      setUrl((await request(EvidenceDownloadDocument, { id: evidenceId }, { token })).evidenceDownloadUrl.url);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="letter">
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer" data-testid="letter-link">
          打开移交函 {letterNo ?? ''}（PDF）
        </a>
      ) : (
        <Button size="small" fill="outline" loading={busy} onClick={() => void ask()}>
          查看移交函
        </Button>
      )}
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
