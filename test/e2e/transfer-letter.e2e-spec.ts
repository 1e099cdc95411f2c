import { randomBytes, randomUUID } from 'node:crypto';
import { ActorKind, ApiKeyScope, EvidenceOwnerCategory, Role, UnitKind } from '@hub/shared-schema';
import type { Actor } from '../../apps/hub-api/src/common/auth/actor';
import { RequestContext } from '../../apps/hub-api/src/common/context/request-context';
import { NotFoundError } from '../../apps/hub-api/src/common/errors/domain-error';
import { TransactionRunner } from '../../apps/hub-api/src/database/transaction-runner';
import { EvidenceOwners } from '../../apps/hub-api/src/modules/evidence/evidence-owners';
import { letterFonts } from '../../apps/hub-api/src/modules/transfer-letters/letter-fonts';
import { TransferLetterContent, TransferLetters } from '../../apps/hub-api/src/modules/transfer-letters/transfer-letters.service';
import { ANHAI, MARKET, QINGYANG } from '../utils/fixtures';
import { sha256Of, storedBytes } from '../utils/object-store';
import { pdfText } from '../utils/pdf-text';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';

const FILES = `query($id: ID!) { evidenceFiles(ownerCategory: TRANSFER, ownerId: $id) {
  id ownerCategory status sha256 size fileName contentType uploaderUnitCode } }`;
const DOWNLOAD = `query($id: ID!) { evidenceDownloadUrl(id: $id) { url sha256 } }`;

const materials = [
  { kindName: '现场检查笔录', fileName: '现场检查笔录.pdf', sha256: sha256Of(Buffer.from('现场检查笔录')) },
  { kindName: '现场照片', fileName: '现场照片1.jpg', sha256: sha256Of(Buffer.from('现场照片1')) },
  { kindName: '初步证据', fileName: '食品经营许可证副本.pdf', sha256: sha256Of(Buffer.from('许可证副本')) },
];

/** A typical letter: a department hands a town a case of selling outside a food licence (§2(1)). */
const letter = (overrides: Partial<TransferLetterContent> = {}): TransferLetterContent => ({
  letterNo: '晋江移〔2026〕0001号',
  senderUnitName: '晋江市市场监督管理局',
  senderDivision: '食品经营监管科',
  receiverUnitName: '晋江市青阳街道办事处',
  partyName: '晋江市陈埭镇鑫磊食品有限公司',
  partyIdentifier: '91350582MA2YH4RB2U',
  matterCode: 'SCJG-SP-001',
  matterName: '超出食品经营许可范围经营',
  situationName: '应批已批（超出许可范围经营）',
  discoveredAt: new Date('2026-03-02T02:05:00Z'),
  facts:
    '2026年3月2日上午，执法人员在日常检查中发现，当事人在其经营场所（晋江市青阳街道某某路88号）销售散装熟食，' +
    '超出其食品经营许可证核定的经营项目范围，现场查获散装熟食12公斤。\n当事人法定代表人王某某对上述事实无异议。',
  violationStopped: true,
  evidenceSecured: true,
  materials,
  contactName: '林晓明',
  contactPhone: '0595-85612345',
  approvedByName: '陈建国',
  approvedAt: new Date('2026-03-03T01:00:00Z'),
  issuedAt: new Date('2026-03-03T02:00:00Z'),
  urgent: false,
  criminalReferral: false,
  ...overrides,
});

/** The letter's text as a reader's tool extracts it, with the line breaks of its layout taken out. */
const textOf = async (pdf: Buffer) => (await pdfText(pdf)).join('').replace(/\s+/g, '');

describe('the transfer letter (移交函, §4(3)4): a PDF kept as the transfer’s evidence', () => {
  let hub: TestApp;
  let letters: TransferLetters;
  let sender: string;
  let receiver: string;
  let otherTown: string;
  let supervisor: string;
  const transferId = randomUUID();
  // The approving leader of the sending unit, as the transfers module calls `issue` in the approval.
  const leader: Actor = {
    kind: ActorKind.USER,
    id: randomUUID(),
    name: '陈建国',
    unitCode: MARKET,
    unitKind: UnitKind.DEPARTMENT,
    roles: [Role.LEADER],
    scopes: [],
  };
  const issue = (content: TransferLetterContent, id = transferId) =>
    hub.app
      .get(TransactionRunner)
      .run(() => letters.issue(RequestContext.forRequest(hub.clock, leader, `letter-${randomUUID()}`), id, content));

  beforeAll(async () => {
    hub = await startTestApp();
    letters = hub.app.get(TransferLetters);
    sender = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    receiver = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    otherTown = await hub.apiKey(ANHAI, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    supervisor = await hub.userToken([Role.SUPERVISOR], 'joint-meeting-office');
  });
  afterAll(() => hub.close());

  it('renders the Chinese names, the facts and each material’s SHA-256 prefix as extractable text', async () => {
    const content = letter();
    const text = await textOf(await letters.render(content));
    for (const name of [
      '涉嫌违法案件移交函',
      content.letterNo,
      content.senderUnitName,
      content.senderDivision!,
      content.receiverUnitName,
      content.partyName,
      content.partyIdentifier,
      content.matterCode,
      content.matterName,
      content.situationName,
      '2026年3月2日10时05分',
      '现场查获散装熟食12公斤',
      '违法行为已制止；证据已固定保全',
      `联系人：${content.contactName}`,
      content.contactPhone,
      '审批人：陈建国（2026年3月3日批准）',
      '2026年3月3日',
      '不得再行移送',
    ]) {
      expect(text).toContain(name);
    }
    expect(materials).toHaveLength(3);
    for (const m of materials) {
      expect(text).toContain(m.fileName);
      expect(text).toContain(m.sha256.slice(0, 16));
    }
    expect(text).not.toContain('紧急');
    expect(text).not.toContain('两法衔接');
  });

  it('marks an urgent case and a criminal referral (两法衔接, §4(5)), with the referral’s own title', async () => {
    const text = await textOf(
      await letters.render(
        letter({ urgent: true, criminalReferral: true, receiverUnitName: '晋江市公安局', partyIdentifier: '3****************4' }),
      ),
    );
    expect(text).toContain('紧急两法衔接');
    expect(text).toContain('涉嫌犯罪案件移送函');
    expect(text).toContain('晋江市公安局');
    expect(text).toContain('公民身份号码：3****************4');
    expect(text).toContain('第四部分第（五）项');
  });

  it('gives the same bytes for the same content, whatever was rendered in between', async () => {
    const first = await letters.render(letter());
    const other = await letters.render(letter({ partyName: '晋江市磁灶镇某某陶瓷有限公司', facts: '另一案件。' }));
    const again = await letters.render(letter());
    expect(again.equals(first)).toBe(true);
    expect(other.equals(first)).toBe(false);
    // The creation date (an indirect string of the info dictionary) is the letter's date, not the moment it was rendered.
    expect(first.toString('latin1')).toContain('(D:20260303020000Z)');
    expect((await letters.render(letter({ issuedAt: new Date('2026-03-04T02:00:00Z') }))).equals(first)).toBe(false);
    // The 10 MB fonts were read and parsed once for all these letters.
    expect(await letterFonts()).toBe(await letterFonts());
  });

  it('issues the letter as confirmed evidence of the transfer: the stored object’s SHA-256 is the row’s', async () => {
    const content = letter();
    const issued = await issue(content);
    const [row] = await hub.sql(
      `SELECT status, owner_category, owner_id, uploader_unit_code, uploaded_by, file_name, content_type, size, sha256, object_key
         FROM evidence_file WHERE id = $1`,
      [issued.evidenceId],
    );
    expect(row).toMatchObject({
      status: 'CONFIRMED',
      owner_category: 'TRANSFER',
      owner_id: transferId,
      uploader_unit_code: MARKET,
      uploaded_by: '陈建国',
      file_name: '移交函-晋江移〔2026〕0001号.pdf',
      content_type: 'application/pdf',
      sha256: issued.sha256,
    });
    // Read back from the S3 server itself, around the hub.
    const stored = await storedBytes(row.object_key);
    expect(stored.length).toBe(Number(row.size));
    expect(sha256Of(stored)).toBe(row.sha256);
    // The stored letter is the one its content renders to: its hash can be reproduced from the transfer.
    expect(stored.equals(await letters.render(content))).toBe(true);

    const custody = await hub.sql('SELECT action, unit_code, details FROM evidence_custody WHERE evidence_id = $1 ORDER BY id', [
      issued.evidenceId,
    ]);
    expect(custody.map((c) => c.action)).toEqual(['GENERATED', 'CONFIRMED']);
    expect(custody[1]).toMatchObject({ unit_code: MARKET, details: { sha256: issued.sha256, size: stored.length } });
    const audit = await hub.sql('SELECT operation, unit_code, details FROM audit_entry WHERE target = $1', [issued.evidenceId]);
    expect(audit).toEqual([
      {
        operation: 'evidence.generate',
        unit_code: MARKET,
        details: { owner: `TRANSFER:${transferId}`, fileName: row.file_name, size: stored.length, sha256: issued.sha256 },
      },
    ]);
  });

  it('leaves no evidence row when the transaction it was issued in rolls back', async () => {
    const id = randomUUID();
    let evidenceId = '';
    const failed = hub.app.get(TransactionRunner).run(async () => {
      evidenceId = (await letters.issue(RequestContext.forRequest(hub.clock, leader, null), id, letter())).evidenceId;
      throw new Error('the approval failed after the letter was issued');
    });
    await expect(failed).rejects.toThrow('the approval failed');
    expect(evidenceId).not.toBe('');
    expect(await hub.sql('SELECT id FROM evidence_file WHERE id = $1 OR owner_id = $2', [evidenceId, id])).toEqual([]);
  });

  it('lets the transfer’s two units (as the transfers module declares them) and supervisors read the letter, no one else', async () => {
    const { evidenceId, sha256 } = await issue(letter({ letterNo: '晋江移〔2026〕0002号' }), randomUUID());
    const [{ owner_id: ownerId }] = await hub.sql('SELECT owner_id FROM evidence_file WHERE id = $1', [evidenceId]);
    // No module has declared who holds a transfer's evidence yet: no transfer exists for the hub.
    expect(onlyError(await hub.gql(FILES, { id: ownerId }, { credential: sender })).extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'ownerId',
    });

    // What the transfers module registers at start-up: a transfer's evidence is its sender's and receiver's.
    hub.app.get(EvidenceOwners).register(EvidenceOwnerCategory.TRANSFER, (id, field) => {
      if (id !== ownerId) return Promise.reject(new NotFoundError('transfer', id, field));
      return Promise.resolve([MARKET, QINGYANG]);
    });
    for (const credential of [sender, receiver, supervisor]) {
      const files = await hub.gql(FILES, { id: ownerId }, { credential });
      expect(files.errors).toBeUndefined();
      expect(files.data?.evidenceFiles).toEqual([
        {
          id: evidenceId,
          ownerCategory: 'TRANSFER',
          status: 'CONFIRMED',
          sha256,
          size: expect.any(Number),
          fileName: '移交函-晋江移〔2026〕0002号.pdf',
          contentType: 'application/pdf',
          uploaderUnitCode: MARKET,
        },
      ]);
    }
    expect(onlyError(await hub.gql(FILES, { id: ownerId }, { credential: otherTown })).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await hub.gql(DOWNLOAD, { id: evidenceId }, { credential: otherTown })).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await hub.gql(FILES, { id: randomUUID() }, { credential: sender })).extensions?.code).toBe('NOT_FOUND');

    // The receiver downloads exactly the letter the leader approved, and can re-verify it.
    const link = await hub.gql(DOWNLOAD, { id: evidenceId }, { credential: receiver });
    expect(link.data?.evidenceDownloadUrl.sha256).toBe(sha256);
    const downloaded = Buffer.from(await (await fetch(link.data!.evidenceDownloadUrl.url)).arrayBuffer());
    expect(sha256Of(downloaded)).toBe(sha256);
    const verified = await hub.gql(
      'mutation($id: ID!) { verifyEvidence(id: $id) { integrity } }',
      { id: evidenceId },
      { credential: receiver },
    );
    expect(verified.data?.verifyEvidence.integrity).toBe('INTACT');

    // A transfer's confirmed evidence is kept for good: not even its sender deletes the letter.
    const deleted = onlyError(
      await hub.gql('mutation($id: ID!) { deleteEvidence(id: $id) { id } }', { id: evidenceId }, { credential: sender }),
    );
    expect(deleted.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVIDENCE_KEPT_FOR_GOOD' });

    // The transfer's units attach its other materials through the ordinary upload; a third unit may not.
    const photo = randomBytes(2048);
    const input = {
      ownerCategory: 'TRANSFER',
      ownerId,
      fileName: '现场照片2.jpg',
      contentType: 'image/jpeg',
      size: photo.length,
      sha256: sha256Of(photo),
    };
    const REQUEST =
      'mutation($input: RequestEvidenceUploadInput!) { requestEvidenceUpload(input: $input) { evidence { ownerCategory status } } }';
    const requested = await hub.gql(REQUEST, { input }, { credential: receiver });
    expect(requested.data?.requestEvidenceUpload.evidence).toEqual({ ownerCategory: 'TRANSFER', status: 'PENDING' });
    expect(onlyError(await hub.gql(REQUEST, { input }, { credential: otherTown })).extensions?.code).toBe('FORBIDDEN');
  });
});
