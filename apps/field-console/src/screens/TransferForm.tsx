import { useEffect, useState } from 'react';
import { Button, Checkbox, Form, Input, Popup, Selector, TextArea } from 'antd-mobile';
import { request } from '../api/client';
import { CreateTransferDocument, SubmitTransferDocument, WhoHandlesDocument } from '../api/documents';
import { useUnitName } from '../api/units';
import { ErrorNotice } from '../components/ErrorNotice';
import { MaterialPicker, type PickedMaterial } from '../evidence/MaterialPicker';
import { uploadTransferMaterial } from '../evidence/upload';
import type { ConsoleWhoHandlesQuery, TransferSituation } from '../gql/graphql';
import { enumName, TRANSFER_SITUATION, TRANSFER_STATE } from '../i18n/enums';
import { localMinutes } from '../i18n/dates';

/** What the party screen knows when the officer starts a transfer from it. */
export interface TransferDraft {
  matterCode: string;
  matterName: string;
  partyName: string;
  partyUscc: string | null;
  townshipCode: string;
}

interface FormValues {
  situation: TransferSituation[];
  facts: string;
  discoveredAt: string;
  contactName: string;
  contactPhone: string;
  flags: string[];
}

/**
 * 发起移送 (§4(3)): a case transfer of the party on the screen, the receiver the catalog names
 * (`whoHandles` for the matter and township, shown before anything is created), with its photos and
 * evidence; created as a draft, its materials uploaded to it (the hub takes materials only while it is a
 * draft: what the leader approves is what is sent), and submitted for the leader's approval in one go.
 */
export function TransferForm({
  draft,
  token,
  contactName,
  onClose,
}: {
  draft: TransferDraft | null;
  token: string;
  contactName: string;
  onClose: () => void;
}) {
  return (
    <Popup visible={draft !== null} onMaskClick={onClose} position="bottom" destroyOnClose bodyClassName="transfer-popup">
      {draft ? (
        <TransferFormBody
          key={`${draft.partyUscc ?? draft.partyName}|${draft.matterCode}`}
          draft={draft}
          token={token}
          contactName={contactName}
          onClose={onClose}
        />
      ) : null}
    </Popup>
  );
}

/** One transfer's form, mounted afresh for each draft (its state starts empty). */
function TransferFormBody({
  draft,
  token,
  contactName,
  onClose,
}: {
  draft: TransferDraft;
  token: string;
  contactName: string;
  onClose: () => void;
}) {
  const unitName = useUnitName();
  const [handler, setHandler] = useState<ConsoleWhoHandlesQuery['whoHandles'] | null>(null);
  const [handlerError, setHandlerError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState<{ id: string; state: string; receiver: string } | null>(null);
  const [materials, setMaterials] = useState<PickedMaterial[]>([]);
  // The draft once created: a retry after a failed upload goes on with it instead of creating another.
  const [draftId, setDraftId] = useState<{ id: string; receiver: string } | null>(null);

  useEffect(() => {
    let live = true;
    request(WhoHandlesDocument, { matterCode: draft.matterCode, townshipCode: draft.townshipCode }, { token })
      .then(({ whoHandles }) => live && setHandler(whoHandles))
      .catch((caught: unknown) => live && setHandlerError(caught));
    return () => {
      live = false;
    };
  }, [draft, token]);

  function update(key: string, change: Partial<PickedMaterial>) {
    setMaterials((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }

  async function createDraft(values: FormValues): Promise<{ id: string; receiver: string }> {
    const { createTransfer } = await request(
      CreateTransferDocument,
      {
        input: {
          matterCode: draft.matterCode,
          townshipCode: draft.townshipCode,
          partyName: draft.partyName,
          partyUscc: draft.partyUscc,
          situation: values.situation[0],
          facts: values.facts.trim(),
          discoveredAt: new Date(values.discoveredAt).toISOString(),
          contactName: values.contactName.trim(),
          contactPhone: values.contactPhone.trim(),
          urgent: values.flags.includes('urgent'),
          violationStopped: values.flags.includes('violationStopped'),
          evidenceSecured: values.flags.includes('evidenceSecured'),
        },
      },
      { token },
    );
    return { id: createTransfer.id, receiver: createTransfer.receiverUnitCode };
  }

  async function submit(values: FormValues) {
    setBusy(true);
    setError(null);
    try {
      const created = draftId ?? (await createDraft(values));
      setDraftId(created);
      // One file at a time: a phone's uplink is the bottleneck, and each bar then moves on its own.
      for (const item of materials.filter((m) => m.phase !== 'DONE')) {
        update(item.key, { error: null });
        try {
          await uploadTransferMaterial({ token, transferId: created.id, file: item.file, kind: item.kind }, (phase, share) =>
            update(item.key, { phase, share }),
          );
        } catch (caught) {
          update(item.key, { phase: null, share: 0, error: caught });
          throw caught;
        }
      }
      const { submitTransfer } = await request(SubmitTransferDocument, { input: { id: created.id } }, { token });
      setSubmitted({ id: submitTransfer.id, state: submitTransfer.state, receiver: created.receiver });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="transfer-form" data-testid="transfer-form">
      <div className="popup-title">发起案件移送</div>
      <div className="details">
        <div>当事人：{draft.partyName}</div>
        <div>事项：{draft.matterName}</div>
        <div>
          承办单位（按事项目录）：
          {handler ? (
            <span data-testid="who-handles">
              {handler.unit.name}（{handler.devolved ? '已赋权乡镇' : '部门保留'}）
            </span>
          ) : handlerError ? null : (
            '查询中…'
          )}
        </div>
        {handlerError ? <ErrorNotice error={handlerError} /> : null}
      </div>
      {submitted ? (
        <div className="submitted" role="status" data-testid="transfer-submitted">
          已提交审批：移送至{unitName(submitted.receiver)}，当前状态「{enumName(TRANSFER_STATE, submitted.state)}」。
          {materials.length ? `附移送材料 ${materials.length} 份：${materials.map((m) => m.file.name).join('、')}。` : '未附移送材料。'}
          <Button block color="primary" onClick={onClose}>
            完成
          </Button>
        </div>
      ) : (
        <Form
          layout="vertical"
          initialValues={{
            situation: ['LICENSED_OUTSIDE_LICENCE'],
            facts: '',
            discoveredAt: localMinutes(new Date()),
            contactName,
            contactPhone: '',
            flags: ['violationStopped', 'evidenceSecured'],
          }}
          onFinish={(values: FormValues) => void submit(values)}
          footer={
            <Button block type="submit" color="primary" loading={busy} loadingText="正在提交" disabled={!handler}>
              {draftId ? '继续提交审批' : '提交审批'}
            </Button>
          }
        >
          <Form.Item name="situation" label="移送情形" rules={[{ required: true, message: '请选择移送情形' }]}>
            <Selector
              columns={1}
              options={Object.entries(TRANSFER_SITUATION).map(([value, label]) => ({ value: value as TransferSituation, label }))}
            />
          </Form.Item>
          <Form.Item name="facts" label="基本案情" rules={[{ required: true, message: '请填写基本案情' }]}>
            <TextArea placeholder="发现的违法事实、时间、地点" rows={3} showCount maxLength={2000} />
          </Form.Item>
          <Form.Item name="discoveredAt" label="发现时间" rules={[{ required: true, message: '请填写发现时间' }]}>
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item name="contactName" label="联系人" rules={[{ required: true, message: '请填写联系人' }]}>
            <Input placeholder="联系人姓名" />
          </Form.Item>
          <Form.Item
            name="contactPhone"
            label="联系电话"
            rules={[
              { required: true, message: '请填写联系电话' },
              { pattern: /^[0-9-]{7,20}$/, message: '联系电话格式不正确' },
            ]}
          >
            <Input placeholder="手机或座机号码" type="tel" />
          </Form.Item>
          <Form.Item name="flags" label="现场处置">
            <Checkbox.Group>
              <Checkbox value="violationStopped">已制止违法行为</Checkbox>
              <Checkbox value="evidenceSecured">已固定证据</Checkbox>
              <Checkbox value="urgent">紧急（24 小时内移送）</Checkbox>
            </Checkbox.Group>
          </Form.Item>
          <MaterialPicker
            items={materials}
            busy={busy}
            onAdd={(added) => setMaterials((all) => [...all, ...added])}
            onRemove={(key) => setMaterials((all) => all.filter((item) => item.key !== key))}
          />
        </Form>
      )}
      {error ? <ErrorNotice error={error} /> : null}
      {!submitted ? (
        <Button block fill="none" onClick={onClose}>
          取消
        </Button>
      ) : null}
    </div>
  );
}
