import { useContext, useMemo, useState } from 'react';
import { Button, Card, Checkbox, Empty, Input, Popup, Selector, TextArea } from 'antd-mobile';
import { request } from '../api/client';
import {
  AcceptAssistanceDocument,
  AnswerAssistanceDocument,
  AssistanceRequestsDocument,
  CloseAssistanceDocument,
  CreateAssistanceRequestDocument,
  ProvideAssistanceDocument,
  RefuseAssistanceDocument,
  WithdrawAssistanceDocument,
} from '../api/assistance-documents';
import { type LiveSelection, useLiveRound } from '../api/live-events';
import { useHandled } from '../api/use-handled';
import { useHubQuery } from '../api/use-hub-query';
import { UnitNamesContext, useUnitName } from '../api/units';
import {
  type ActionView,
  type AssistanceDraft,
  checkDraft,
  counterparty,
  EMPTY_DRAFT,
  LEDGER_ENTRY_KIND,
  offeredActions,
  readyToSend,
  REQUESTABLE_KINDS,
  type RequestableKind,
} from '../assistance/assistance-request';
import { ErrorNotice } from '../components/ErrorNotice';
import { UPLOAD_PHASE_NAMES, uploadAssistanceDocument } from '../evidence/upload';
import { LiveStatusLine } from '../components/LiveStatusLine';
import type { ConsoleAssistanceRequestsQuery, LedgerEntryKind } from '../gql/graphql';
import { ASSISTANCE_KIND, ASSISTANCE_STATE, enumName } from '../i18n/enums';
import { type HeldCalendar, heldCalendar, shanghaiDate } from '../transfers/countdown';
import { CountdownTag } from '../transfers/CountdownTag';

type Item = ConsoleAssistanceRequestsQuery['assistanceRequests']['nodes'][number];
type Ground = ConsoleAssistanceRequestsQuery['refusalGrounds'][number];

/** Assistance events are filed under OTHER (§4(1)7) and typed `assistance.*`. */
const ASSISTANCE_EVENTS: LiveSelection = {
  filter: { categories: ['OTHER'] },
  accepts: (type) => type.startsWith('assistance.'),
};

const dateTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** One call per action; the hub answers the request's new state. */
const ACTIONS: Record<
  'accept' | 'answer' | 'provide' | 'refuse' | 'close' | 'withdraw',
  (token: string, id: string, text: string | null, groundCode: string | null, attachmentIds: string[]) => Promise<string>
> = {
  accept: async (token, id, note) =>
    (await request(AcceptAssistanceDocument, { input: { id, note } }, { token })).acceptAssistanceRequest.state,
  answer: async (token, id, opinion) =>
    (await request(AnswerAssistanceDocument, { input: { id, opinion: opinion ?? '' } }, { token })).answerAssistanceRequest.state,
  provide: async (token, id, note, _ground, attachmentIds) =>
    (await request(ProvideAssistanceDocument, { input: { id, note, attachmentIds } }, { token })).provideAssistanceDocuments.state,
  refuse: async (token, id, note, groundCode) =>
    (await request(RefuseAssistanceDocument, { input: { id, note, groundCode } }, { token })).refuseAssistanceRequest.state,
  close: async (token, id, note) =>
    (await request(CloseAssistanceDocument, { input: { id, note } }, { token })).closeAssistanceRequest.state,
  withdraw: async (token, id, note) =>
    (await request(WithdrawAssistanceDocument, { input: { id, note } }, { token })).withdrawAssistanceRequest.state,
};

/**
 * 协助请求 (§5, §4(1)4, §4(5)): the unit's requests both ways — asked of another unit, or asked of it —
 * each with its answer deadline as a countdown in working days on the hub's calendar, and the actions
 * the hub allows now: the requested unit accepts, answers with its opinion, provides or refuses on a
 * legal ground; the requesting unit closes or withdraws. A new request is written in a popup form.
 */
export function AssistanceScreen({ token, unitCode }: { token: string; unitCode: string }) {
  const unitName = useUnitName();
  const [round, setRound] = useState(0);
  const [creating, setCreating] = useState(false);
  const cardKey = (item: Item) => `${item.id}:${item.state}`;
  const year = Number(shanghaiDate(new Date()).slice(0, 4));
  const liveRound = useLiveRound(token, ASSISTANCE_EVENTS);
  const { data, error } = useHubQuery(AssistanceRequestsDocument, { thisYear: year, nextYear: year + 1 }, token, round + liveRound);
  // What was done to a request stays shown with the hub's answer while a live refresh brings the card back
  // in its old or new state; once the other unit moves it on, it is a new card to act on (useHandled).
  const { shown: items, outcomeOf, record } = useHandled<Item>(data?.assistanceRequests.nodes ?? null);
  const calendar = useMemo(() => heldCalendar(year, data?.thisYear, data?.nextYear), [data, year]);

  return (
    <div className="approval-queue" data-testid="assistance">
      <div className="section-head">
        <span>协助请求（{items?.length ?? 0}）</span>
        <span className="actions-inline">
          <Button size="mini" color="primary" onClick={() => setCreating(true)}>
            发起协助请求
          </Button>
          <Button size="mini" onClick={() => setRound((r) => r + 1)}>
            刷新
          </Button>
        </span>
      </div>
      <LiveStatusLine token={token} />
      {error ? <ErrorNotice error={error} /> : null}
      {items && items.length === 0 ? <Empty description="暂无协助请求" /> : null}
      {items?.map((item) => (
        <AssistanceCard
          key={cardKey(item)}
          item={item}
          token={token}
          unitCode={unitCode}
          calendar={calendar}
          grounds={data?.refusalGrounds ?? []}
          unitName={unitName}
          outcome={outcomeOf(item)}
          onDone={(state) => record(item, state)}
        />
      ))}
      <Popup visible={creating} onMaskClick={() => setCreating(false)} position="bottom" destroyOnClose bodyClassName="transfer-popup">
        {creating ? (
          <AssistanceForm
            token={token}
            unitCode={unitCode}
            onClose={(sent) => {
              setCreating(false);
              if (sent) setRound((r) => r + 1);
            }}
          />
        ) : null}
      </Popup>
    </div>
  );
}

function AssistanceCard({
  item,
  token,
  unitCode,
  calendar,
  grounds,
  unitName,
  outcome,
  onDone,
}: {
  item: Item;
  token: string;
  unitCode: string;
  calendar: HeldCalendar;
  grounds: Ground[];
  unitName: (code: string) => string;
  outcome: string | undefined;
  onDone: (state: string) => void;
}) {
  const [open, setOpen] = useState<ActionView | null>(null);
  const [text, setText] = useState('');
  const [ground, setGround] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const other = counterparty(item, unitCode);
  const offered = offeredActions(item.allowedActions);

  async function act(view: ActionView) {
    setBusy(true);
    setError(null);
    try {
      const act = ACTIONS[view.action as keyof typeof ACTIONS];
      // 提供资料: each file goes to the object store as the request's evidence first, then the action names them.
      const attachmentIds: string[] = [];
      if (view.needs === 'DOCUMENTS')
        for (const file of files)
          attachmentIds.push(
            await uploadAssistanceDocument({ token, requestId: item.id, file }, (phase, share) =>
              setProgress(`${file.name}：${UPLOAD_PHASE_NAMES[phase]} ${Math.round(share * 100)}%`),
            ),
          );
      setProgress(null);
      onDone(await act(token, item.id, text.trim() || null, view.needs === 'GROUND_AND_NOTE' ? ground : null, attachmentIds));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      title={`${enumName(ASSISTANCE_KIND, item.kind)}：${item.subject}`}
      extra={<CountdownTag dueAt={item.nextDueAt ?? null} overdue={item.overdue} calendar={calendar} />}
      className="approval-card"
      data-testid="assistance-item"
    >
      <div className="details">
        <div>
          {other.sent ? '发出' : '收到'} · {other.label}：{unitName(other.unitCode)}
          {item.urgent ? <span className="danger">（紧急）</span> : null}
          {item.evidenceAtRisk ? <span className="danger">（证据可能灭失）</span> : null}
        </div>
        <div data-testid="assistance-state">状态：{enumName(ASSISTANCE_STATE, item.state)}</div>
        <div>说明：{item.details}</div>
        {item.place ? <div>执法行动地点：{item.place}</div> : null}
        {item.actionAt ? <div>执法行动时间：{dateTime(item.actionAt)}</div> : null}
        {item.ledgerKind ? (
          <div>
            台账：{enumName(LEDGER_ENTRY_KIND, item.ledgerKind)}（{item.period}）
          </div>
        ) : null}
        {item.opinion ? <div>书面意见：{item.opinion}</div> : null}
        {item.refusalGround ? (
          <div>
            拒绝理由：{item.refusalGround.name}
            {item.refusalExplanation ? `（${item.refusalExplanation}）` : ''}
          </div>
        ) : null}
        {item.nextDueAt ? <div>答复期限：{dateTime(item.nextDueAt)}</div> : null}
      </div>
      {outcome ? (
        <div className="submitted" role="status">
          已处理，当前状态「{enumName(ASSISTANCE_STATE, outcome)}」
        </div>
      ) : open && open.needs !== 'NOTHING' ? (
        <div className="reject-box">
          {open.needs === 'GROUND_AND_NOTE' ? (
            grounds.length ? (
              <Selector
                columns={1}
                options={grounds.map((g) => ({ value: g.code, label: g.name, description: g.legalBasis }))}
                value={ground ? [ground] : []}
                onChange={(value) => setGround(value[0] ?? null)}
              />
            ) : (
              <div className="hint">暂无可用的法定拒绝理由</div>
            )
          ) : null}
          {open.needs === 'DOCUMENTS' ? (
            <div className="materials">
              <input
                type="file"
                multiple
                accept="image/*,application/pdf"
                data-testid="pick-documents"
                aria-label="选择资料文件"
                onChange={(event) => setFiles([...(event.target.files ?? [])])}
              />
              <div className="hint" data-testid="picked-documents">
                {files.length
                  ? `已选资料 ${files.length} 份：${files.map((file) => file.name).join('、')}`
                  : '请选择要提供的资料（图片或 PDF）'}
              </div>
              {progress ? <div className="hint">{progress}</div> : null}
            </div>
          ) : null}
          <TextArea placeholder={open.placeholder} value={text} onChange={setText} rows={open.needs === 'OPINION' ? 4 : 2} />
          <div className="actions">
            <Button
              color={open.danger ? 'danger' : 'primary'}
              loading={busy}
              disabled={!readyToSend(open.needs, text, ground, files.length)}
              onClick={() => void act(open)}
            >
              确认{open.label}
            </Button>
            <Button onClick={() => setOpen(null)}>取消</Button>
          </div>
        </div>
      ) : offered.length ? (
        <div className="actions wrap">
          {offered.map((view) => (
            <Button
              key={view.action}
              color={view.danger ? 'danger' : 'primary'}
              fill={view.danger ? 'outline' : 'solid'}
              loading={busy && open?.action === view.action}
              onClick={() => {
                if (view.needs === 'NOTHING') {
                  setOpen(view);
                  void act(view);
                } else setOpen(view);
              }}
            >
              {view.label}
            </Button>
          ))}
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </Card>
  );
}

/** 发起协助请求: one request in writing (§5), to one unit picked by its name. */
function AssistanceForm({ token, unitCode, onClose }: { token: string; unitCode: string; onClose: (sent: boolean) => void }) {
  const names = useContext(UnitNamesContext);
  const [draft, setDraft] = useState<AssistanceDraft>(EMPTY_DRAFT);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<{ state: string; unit: string } | null>(null);
  const set = <K extends keyof AssistanceDraft>(key: K, value: AssistanceDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const units = [...names.entries()].filter(([code]) => code !== unitCode).map(([value, label]) => ({ value, label }));

  async function submit() {
    const checked = checkDraft(draft, unitCode, new Date());
    if ('problem' in checked) {
      setProblem(checked.problem);
      return;
    }
    setProblem(null);
    setBusy(true);
    setError(null);
    try {
      const created = (await request(CreateAssistanceRequestDocument, { input: checked.input }, { token })).createAssistanceRequest;
      setSent({ state: created.state, unit: names.get(created.requestedUnitCode) ?? created.requestedUnitCode });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="transfer-form" data-testid="assistance-form">
      <div className="popup-title">发起协助请求</div>
      {sent ? (
        <div className="submitted" role="status" data-testid="assistance-sent">
          已向{sent.unit}发出协助请求，当前状态「{enumName(ASSISTANCE_STATE, sent.state)}」。
          <Button block color="primary" onClick={() => onClose(true)}>
            完成
          </Button>
        </div>
      ) : (
        <div className="form-fields">
          <div className="field-label">协助类型</div>
          <Selector
            columns={2}
            options={REQUESTABLE_KINDS.map((kind) => ({ value: kind, label: ASSISTANCE_KIND[kind] }))}
            value={draft.kind ? [draft.kind] : []}
            onChange={(value) => {
              // A second tap on the chosen kind does not unselect it: a request always has its kind.
              const kind = value[0] as RequestableKind | undefined;
              if (!kind) return;
              // §4(5): police support is urgent unless the officer says otherwise (the hub's default too).
              setDraft((d) => ({ ...d, kind, urgent: kind === 'POLICE_SUPPORT' ? true : d.urgent }));
            }}
          />
          <div className="field-label">被请求单位</div>
          <div data-testid="requested-unit">
            <Selector
              columns={2}
              options={units}
              value={draft.requestedUnitCode ? [draft.requestedUnitCode] : []}
              onChange={(value) => set('requestedUnitCode', value[0] ?? null)}
            />
          </div>
          <div className="field-label">事由</div>
          <Input placeholder="请求事项，一句话" value={draft.subject} onChange={(v) => set('subject', v)} maxLength={200} />
          <div className="field-label">详细说明</div>
          <TextArea
            placeholder="请求的具体内容与依据"
            value={draft.details}
            onChange={(v) => set('details', v)}
            rows={3}
            maxLength={2000}
          />
          {draft.kind === 'POLICE_SUPPORT' ? (
            <>
              <div className="field-label">执法行动地点</div>
              <Input placeholder="执法行动的地点" value={draft.place} onChange={(v) => set('place', v)} />
              <div className="field-label">执法行动时间</div>
              <Input type="datetime-local" aria-label="执法行动时间" value={draft.actionAt} onChange={(v) => set('actionAt', v)} />
            </>
          ) : null}
          {draft.kind === 'DATA_REQUEST' ? (
            <>
              <div className="field-label">台账类型</div>
              <Selector
                options={Object.entries(LEDGER_ENTRY_KIND).map(([value, label]) => ({ value: value as LedgerEntryKind, label }))}
                value={draft.ledgerKind ? [draft.ledgerKind] : []}
                onChange={(value) => set('ledgerKind', value[0] ?? null)}
              />
              <div className="field-label">期间</div>
              <Input placeholder="2026、2026-Q1 或 2026-03" value={draft.period} onChange={(v) => set('period', v)} />
            </>
          ) : null}
          <div className="field-label">现场情况</div>
          <div className="checks">
            <Checkbox checked={draft.urgent} onChange={(v) => set('urgent', v)}>
              紧急
            </Checkbox>
            <Checkbox checked={draft.evidenceAtRisk} onChange={(v) => set('evidenceAtRisk', v)}>
              证据可能灭失
            </Checkbox>
          </div>
          {draft.kind === 'POLICE_SUPPORT' ? <div className="hint">紧急的公安协助 24 小时内答复，非紧急的 5 个工作日内答复。</div> : null}
          {problem ? (
            <div className="invalid" role="alert">
              {problem}
            </div>
          ) : null}
          <Button block color="primary" loading={busy} loadingText="正在发出" onClick={() => void submit()}>
            发出请求
          </Button>
          <Button block onClick={() => onClose(false)}>
            取消
          </Button>
        </div>
      )}
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
