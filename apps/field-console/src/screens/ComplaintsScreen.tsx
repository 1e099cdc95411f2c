import { useState } from 'react';
import { Button, Card, Empty, Form, Input, Popup, Selector, Tag, TextArea } from 'antd-mobile';
import { request } from '../api/client';
import { useHubQuery } from '../api/use-hub-query';
import {
  AnswerComplaintDocument,
  CloseComplaintDocument,
  ComplaintWorkDocument,
  FileComplaintDocument,
  OpenComplaintsDocument,
  RedirectComplaintDocument,
  RegisterComplaintDocument,
  StartComplaintCheckDocument,
} from '../complaints/complaint-documents';
import { consoleSourceId, RECEIVED_BY, type ReceivedBy, registerInput } from '../complaints/register';
import { ErrorNotice } from '../components/ErrorNotice';
import { MaskedValue } from '../components/MaskedValue';
import type { ComplaintChannel, ConsoleComplaintWorkQuery, ConsoleOpenComplaintsQuery } from '../gql/graphql';
import { COMPLAINT_CHANNEL, COMPLAINT_STATUS, enumName } from '../i18n/enums';
import { dateTime, localMinutes } from '../i18n/dates';

type Complaint = ConsoleOpenComplaintsQuery['complaintRecords']['nodes'][number];
type Work = ConsoleComplaintWorkQuery['complaint'];

/**
 * The owner's actions on a complaint (§4(2)), one call each; the text box is the answer, where the person was
 * directed, or the note. The complaint's lifecycle at the hub says which are open now (allowedActions).
 * 书面移送 (transfer) is not offered here: it drafts a case transfer, which is made from 许可核验.
 */
const ACTIONS: Record<
  string,
  { label: string; prompt?: string; required?: boolean; run: (token: string, id: string, text: string | null) => Promise<string> }
> = {
  startCheck: {
    label: '开始核查',
    run: async (token, id) => (await request(StartComplaintCheckDocument, { input: { id } }, { token })).startComplaintCheck.status,
  },
  answer: {
    label: '答复（未发现违法）',
    prompt: '答复投诉人的内容（必填）',
    required: true,
    run: async (token, id, answer) => (await request(AnswerComplaintDocument, { input: { id, answer } }, { token })).answerComplaint.status,
  },
  redirect: {
    label: '告知非本单位职能',
    prompt: '告知的去向：单位或渠道（必填）',
    required: true,
    run: async (token, id, directedTo) =>
      (await request(RedirectComplaintDocument, { input: { id, directedTo } }, { token })).redirectComplaint.status,
  },
  file: {
    label: '立案',
    prompt: '说明（选填）',
    run: async (token, id, note) => (await request(FileComplaintDocument, { input: { id, note } }, { token })).fileComplaint.status,
  },
  close: {
    label: '办结',
    prompt: '说明（选填）',
    run: async (token, id, note) => (await request(CloseComplaintDocument, { input: { id, note } }, { token })).closeComplaint.status,
  },
};

/**
 * 举报投诉 (§4(2), §4(1)6): register a report or complaint received at the counter or by phone — the unit
 * that received it first owns it — and work the unit's open ones: start the check, answer the person,
 * say where they were directed, file a case, close; each deadline as the hub counts it.
 */
export function ComplaintsScreen({ token, unitCode }: { token: string; unitCode: string }) {
  const [round, setRound] = useState(0);
  const [registering, setRegistering] = useState(false);
  const { data, error } = useHubQuery(OpenComplaintsDocument, { unitCode }, token, round);
  const items = data?.complaintRecords.nodes ?? null;

  return (
    <div className="approval-queue" data-testid="complaints">
      <div className="section-head">
        <span>本单位未办结举报投诉（{items?.length ?? 0}）</span>
        <span className="actions">
          <Button size="mini" color="primary" onClick={() => setRegistering(true)}>
            登记
          </Button>
          <Button size="mini" onClick={() => setRound((r) => r + 1)}>
            刷新
          </Button>
        </span>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      {items && items.length === 0 ? <Empty description="暂无未办结的举报投诉" /> : null}
      {items?.map((item) => (
        <ComplaintCard key={`${item.id}:${item.status}`} item={item} token={token} onChanged={() => setRound((r) => r + 1)} />
      ))}
      <Popup
        visible={registering}
        onMaskClick={() => setRegistering(false)}
        position="bottom"
        destroyOnClose
        bodyClassName="transfer-popup"
      >
        <RegisterForm
          token={token}
          onClose={() => setRegistering(false)}
          onRegistered={() => {
            setRegistering(false);
            setRound((r) => r + 1);
          }}
        />
      </Popup>
    </div>
  );
}

interface RegisterFormValues {
  receivedBy: ReceivedBy[];
  channel: ComplaintChannel[];
  receivedAt: string;
  subjectName: string;
  subjectUscc: string;
  summary: string;
  reporterName: string;
  reporterPhone: string;
}

function RegisterForm({ token, onClose, onRegistered }: { token: string; onClose: () => void; onRegistered: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function register(values: RegisterFormValues) {
    setBusy(true);
    setError(null);
    try {
      const receivedAt = new Date(values.receivedAt);
      const input = registerInput(
        { ...values, receivedBy: values.receivedBy[0], channel: values.channel[0], receivedAt },
        consoleSourceId(receivedAt),
      );
      await request(RegisterComplaintDocument, { input }, { token });
      onRegistered();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="transfer-form" data-testid="complaint-form">
      <div className="popup-title">登记举报投诉</div>
      <Form
        layout="vertical"
        initialValues={{
          receivedBy: ['COUNTER'],
          channel: ['REPORT'],
          receivedAt: localMinutes(new Date()),
          subjectName: '',
          subjectUscc: '',
          summary: '',
          reporterName: '',
          reporterPhone: '',
        }}
        onFinish={(values: RegisterFormValues) => void register(values)}
        footer={
          <Button block type="submit" color="primary" loading={busy} loadingText="正在登记">
            登记受理
          </Button>
        }
      >
        <Form.Item name="receivedBy" label="受理方式" rules={[{ required: true, message: '请选择受理方式' }]}>
          <Selector columns={2} options={Object.entries(RECEIVED_BY).map(([value, label]) => ({ value: value as ReceivedBy, label }))} />
        </Form.Item>
        <Form.Item name="channel" label="来源" rules={[{ required: true, message: '请选择来源' }]}>
          <Selector
            columns={4}
            options={Object.entries(COMPLAINT_CHANNEL).map(([value, label]) => ({ value: value as ComplaintChannel, label }))}
          />
        </Form.Item>
        <Form.Item name="receivedAt" label="受理时间" rules={[{ required: true, message: '请填写受理时间' }]}>
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item name="subjectName" label="被举报对象">
          <Input placeholder="单位或个人名称" />
        </Form.Item>
        <Form.Item name="subjectUscc" label="统一社会信用代码">
          <Input placeholder="选填" />
        </Form.Item>
        <Form.Item name="summary" label="举报投诉内容" rules={[{ required: true, message: '请填写举报投诉内容' }]}>
          <TextArea placeholder="反映的问题、时间、地点" rows={3} showCount maxLength={2000} />
        </Form.Item>
        <Form.Item name="reporterName" label="举报人">
          <Input placeholder="姓名（可匿名）" />
        </Form.Item>
        <Form.Item name="reporterPhone" label="联系电话" rules={[{ pattern: /^[0-9-]{7,20}$/, message: '联系电话格式不正确' }]}>
          <Input placeholder="选填" type="tel" />
        </Form.Item>
      </Form>
      {error ? <ErrorNotice error={error} /> : null}
      <Button block fill="none" onClick={onClose}>
        取消
      </Button>
    </div>
  );
}

function ComplaintCard({ item, token, onChanged }: { item: Complaint; token: string; onChanged: () => void }) {
  const [work, setWork] = useState<Work | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  async function open() {
    setError(null);
    try {
      setWork((await request(ComplaintWorkDocument, { id: item.id }, { token })).complaint);
    } catch (caught) {
      setError(caught);
    }
  }

  async function act(name: string) {
    setBusy(true);
    setError(null);
    try {
      setOutcome(await ACTIONS[name].run(token, item.id, text.trim() || null));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const chosen = action ? ACTIONS[action] : null;
  return (
    <Card
      title={item.subjectName ?? enumName(COMPLAINT_CHANNEL, item.channel)}
      extra={<Tag color="primary">{enumName(COMPLAINT_STATUS, outcome ?? item.status)}</Tag>}
      className="approval-card"
      data-testid="complaint-item"
    >
      <div className="details">
        <div>
          来源：{enumName(COMPLAINT_CHANNEL, item.channel)} · 受理时间：{dateTime(item.receivedAt)}
        </div>
        <div>
          举报人：
          <MaskedValue value={item.reporterName} masked={item.masked} /> · 电话：
          <MaskedValue value={item.reporterPhone} masked={item.masked} />
        </div>
        <div>内容：{item.summary}</div>
        {work?.deadlines
          .filter((d) => !d.closedAt)
          .map((d) => (
            <div key={d.id} data-testid="complaint-deadline">
              {d.kindName}期限：{dateTime(d.dueAt)}（{d.clause}）
            </div>
          ))}
      </div>
      {outcome ? (
        <div className="actions">
          <div className="submitted" role="status">
            已处理，当前状态「{enumName(COMPLAINT_STATUS, outcome)}」
          </div>
          <Button size="mini" onClick={onChanged}>
            刷新列表
          </Button>
        </div>
      ) : chosen && action ? (
        <div className="reject-box">
          {chosen.prompt ? <TextArea placeholder={chosen.prompt} value={text} onChange={setText} rows={2} /> : null}
          <div className="actions">
            <Button color="primary" loading={busy} disabled={!!chosen.required && !text.trim()} onClick={() => void act(action)}>
              确认{chosen.label}
            </Button>
            <Button onClick={() => setAction(null)}>取消</Button>
          </div>
        </div>
      ) : work ? (
        <div className="actions">
          {work.allowedActions
            .filter((name) => ACTIONS[name])
            .map((name) => (
              <Button
                key={name}
                size="small"
                color="primary"
                fill="outline"
                onClick={() => (ACTIONS[name].prompt ? setAction(name) : void act(name))}
              >
                {ACTIONS[name].label}
              </Button>
            ))}
          {work.allowedActions.includes('transfer') ? <span className="hint">书面移送请在「许可核验」中发起案件移送</span> : null}
        </div>
      ) : (
        <div className="actions">
          <Button size="small" onClick={() => void open()}>
            办理
          </Button>
        </div>
      )}
      {error ? <ErrorNotice error={error} /> : null}
    </Card>
  );
}
