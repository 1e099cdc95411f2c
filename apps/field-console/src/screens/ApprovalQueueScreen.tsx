import { useState } from 'react';
import { Button, Card, Empty, TextArea } from 'antd-mobile';
import { request } from '../api/client';
import { ApprovalQueueDocument, ApproveTransferDocument, RejectTransferDocument } from '../api/documents';
import { type LiveSelection, useLiveRound } from '../api/live-events';
import { useHandled } from '../api/use-handled';
import { useHubQuery } from '../api/use-hub-query';
import { useUnitName } from '../api/units';
import { ErrorNotice } from '../components/ErrorNotice';
import { LiveStatusLine } from '../components/LiveStatusLine';
import type { ConsoleApprovalQueueQuery } from '../gql/graphql';
import { enumName, TRANSFER_SITUATION, TRANSFER_STATE } from '../i18n/enums';

type Item = ConsoleApprovalQueueQuery['transfers']['nodes'][number];

/** What enters or leaves the queue: a transfer submitted, approved, sent back or withdrawn. */
const QUEUE_EVENTS: LiveSelection = {
  filter: { eventTypes: ['transfer.submit', 'transfer.approve', 'transfer.reject', 'transfer.withdraw'] },
};

/** 移送审批 (the sending unit's leader, §4(3)4): the transfers submitted for approval, approve or send back. */
export function ApprovalQueueScreen({ token }: { token: string }) {
  const unitName = useUnitName();
  // Bumped by 刷新: the query is asked again.
  const [round, setRound] = useState(0);
  // …and by a change to the queue another officer made (liveEvents), without 刷新.
  const liveRound = useLiveRound(token, QUEUE_EVENTS);
  const { data, error } = useHubQuery(ApprovalQueueDocument, {}, token, round + liveRound);
  // What the leader approved or sent back stays on screen with the answer until 刷新 (it leaves the queue).
  const { shown: items, outcomeOf, record, clear } = useHandled<Item>(data?.transfers.nodes ?? null);

  return (
    <div className="approval-queue" data-testid="approval-queue">
      <div className="section-head">
        <span>待审批的移送（{items?.length ?? 0}）</span>
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
      {items && items.length === 0 ? <Empty description="暂无待审批的移送" /> : null}
      {items?.map((item) => (
        <ApprovalCard
          key={item.id}
          item={item}
          token={token}
          unitName={unitName}
          outcome={outcomeOf(item)}
          onDone={(state) => record(item, state)}
        />
      ))}
    </div>
  );
}

function ApprovalCard({
  item,
  token,
  unitName,
  outcome,
  onDone,
}: {
  item: Item;
  token: string;
  unitName: (code: string) => string;
  outcome: string | undefined;
  onDone: (state: string) => void;
}) {
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function act(kind: 'approve' | 'reject') {
    setBusy(true);
    setError(null);
    try {
      const state =
        kind === 'approve'
          ? (await request(ApproveTransferDocument, { input: { id: item.id } }, { token })).approveTransfer.state
          : (await request(RejectTransferDocument, { input: { id: item.id, note: note.trim() } }, { token })).rejectTransfer.state;
      onDone(state);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={item.partyName} className="approval-card" data-testid="approval-item">
      <div className="details">
        <div>
          移送至：{unitName(item.receiverUnitCode)}
          {item.urgent ? <span className="danger">（紧急）</span> : null}
        </div>
        <div>情形：{enumName(TRANSFER_SITUATION, item.situation)}</div>
        <div>事项：{item.matterCode}</div>
        <div>案情：{item.facts}</div>
      </div>
      {outcome ? (
        <div className="submitted" role="status">
          已处理，当前状态「{enumName(TRANSFER_STATE, outcome)}」
        </div>
      ) : rejecting ? (
        <div className="reject-box">
          <TextArea placeholder="退回理由（必填）" value={note} onChange={setNote} rows={2} />
          <div className="actions">
            <Button color="danger" loading={busy} disabled={!note.trim()} onClick={() => void act('reject')}>
              确认退回
            </Button>
            <Button onClick={() => setRejecting(false)}>取消</Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <Button color="primary" loading={busy} onClick={() => void act('approve')}>
            批准
          </Button>
          <Button color="danger" fill="outline" onClick={() => setRejecting(true)}>
            退回
          </Button>
        </div>
      )}
      {error ? <ErrorNotice error={error} /> : null}
    </Card>
  );
}
