import type { LetterFonts } from './letter-fonts';
import {
  hashPrefix,
  identifierLabel,
  letterDate,
  letterDateTime,
  letterTitle,
  MATERIAL_HASH_DIGITS,
  REGULATION_CITED,
  TransferLetterContent,
} from './transfer-letter-content';

/** A4 with margins close to GB/T 9704 (党政机关公文格式): 37 mm top, 28 mm left, 26 mm right, 35 mm bottom. */
export const PAGE = { size: 'A4', margins: { top: 105, left: 79, right: 74, bottom: 99 } } as const;

const RED = '#c00000';
const BLACK = '#000000';
const BODY = 12;
const LINE_GAP = 7;
/** Paragraphs start two characters in, as Chinese prose does. */
const INDENT = 2 * BODY;
const MATERIAL_COLUMNS = [
  { title: '序号', width: 30 },
  { title: '材料类别', width: 92 },
  { title: '文件名', width: 190 },
  { title: `SHA-256（前${MATERIAL_HASH_DIGITS}位）`, width: 130 },
] as const;

type Doc = PDFKit.PDFDocument;

/**
 * Lays a transfer letter out as a Chinese official letter (函): marks (紧急, 两法衔接), the sending unit
 * as its red header, the letter number, the title, the receiver, the body (§2 situation, §4(3) deadline
 * to answer), the materials with their SHA-256 prefixes (§4(3)4), the contact person (§4(3)1), the
 * approving leader (§4(3)4: approved by the unit's leader, in writing), the sending unit and the date.
 */
export function layTransferLetter(doc: Doc, content: TransferLetterContent, fonts: LetterFonts): void {
  // pdfkit 0.20 takes parsed fontkit fonts (parsed once per process); its typings predate that.
  doc.registerFont('regular', fonts.regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('bold', fonts.bold as unknown as PDFKit.Mixins.PDFFontSource);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  marks(doc, content, left);
  header(doc, content, left, width);
  doc
    .font('regular')
    .fontSize(BODY)
    .fillColor(BLACK)
    .text(content.letterNo, left, doc.y + 10, { width, align: 'right' });
  doc.moveDown(1.2);
  doc.font('bold').fontSize(20).text(letterTitle(content), left, doc.y, { width, align: 'center' });
  doc.moveDown(1);

  doc.font('regular').fontSize(BODY).text(`${content.receiverUnitName}：`, left, doc.y, { width, lineGap: LINE_GAP });
  paragraph(doc, opening(content));
  section(doc, '一、基本案情');
  paragraph(doc, content.facts);
  section(doc, '二、违法行为制止及证据保全情况');
  paragraph(doc, `违法行为${content.violationStopped ? '已' : '尚未'}制止；证据${content.evidenceSecured ? '已' : '尚未'}固定保全。`);
  section(doc, '三、移交材料');
  materialsTable(doc, content.materials, left);
  section(doc, '四、联系人');
  paragraph(doc, `联系人：${content.contactName}\u3000联系电话：${content.contactPhone}`);
  paragraph(doc, closing(content));
  paragraph(doc, `审批人：${content.approvedByName}（${letterDate(content.approvedAt)}批准）`);

  signature(doc, content, left, width);
  pageNumbers(doc);
}

function marks(doc: Doc, content: TransferLetterContent, left: number): void {
  const shown = [content.urgent ? '紧急' : null, content.criminalReferral ? '两法衔接' : null].filter((m) => m !== null);
  if (shown.length === 0) return;
  // 紧急程度 sits at the top left, above the header (GB/T 9704 7.2.3).
  doc
    .font('bold')
    .fontSize(14)
    .fillColor(BLACK)
    .text(shown.join('\u3000'), left, doc.page.margins.top - 40);
}

function header(doc: Doc, content: TransferLetterContent, left: number, width: number): void {
  doc.font('bold').fontSize(24).fillColor(RED).text(content.senderUnitName, left, doc.page.margins.top, { width, align: 'center' });
  const y = doc.y + 8;
  // The red double rule under the header of a letter (信函格式): a thick line over a thin one.
  doc
    .save()
    .strokeColor(RED)
    .lineWidth(2)
    .moveTo(left, y)
    .lineTo(left + width, y)
    .stroke();
  doc
    .lineWidth(0.6)
    .moveTo(left, y + 3.5)
    .lineTo(left + width, y + 3.5)
    .stroke()
    .restore();
  doc.fillColor(BLACK);
  doc.y = y + 4;
}

function opening(content: TransferLetterContent): string {
  const division = content.senderDivision ? `（${content.senderDivision}）` : '';
  const party = content.partyIdentifier
    ? `${content.partyName}（${identifierLabel(content.partyIdentifier)}：${content.partyIdentifier}）`
    : content.partyName;
  const basis = content.criminalReferral
    ? `根据该规定第四部分第（五）项，经本单位负责人批准，现将该案件移送你单位依法处理。`
    : `根据该规定第四部分第（三）项，经本单位负责人批准，现将该案件移交你单位依法处理。`;
  return (
    `我单位${division}于${letterDateTime(content.discoveredAt)}发现${party}涉嫌${content.matterName}` +
    `（事项编码：${content.matterCode}），属于${REGULATION_CITED}第二部分所列“${content.situationName}”情形。${basis}`
  );
}

function closing(content: TransferLetterContent): string {
  // §4(3)3④: the receiver answers in writing within 5 working days, and may not transfer the case onward.
  return content.criminalReferral
    ? '请依法审查，并书面告知受理情况。'
    : '请你单位自收到本函之日起5个工作日内书面告知受理情况；发现不属于本单位管辖的，报请市人民政府决定，不得再行移送。';
}

function section(doc: Doc, title: string): void {
  doc.moveDown(0.3);
  doc.font('bold').fontSize(BODY).text(title, doc.page.margins.left, doc.y, { lineGap: LINE_GAP });
}

function paragraph(doc: Doc, text: string): void {
  const left = doc.page.margins.left;
  doc.font('regular').fontSize(BODY);
  // Each line of the given text is a paragraph of its own, indented like the first.
  for (const line of text.split(/\r?\n/)) {
    doc.text(line.trim(), left, doc.y, { width: doc.page.width - left - doc.page.margins.right, indent: INDENT, lineGap: LINE_GAP });
  }
}

function materialsTable(doc: Doc, materials: TransferLetterContent['materials'], left: number): void {
  if (materials.length === 0) {
    paragraph(doc, '（无）');
    return;
  }
  const padding = 4;
  const fontSize = 10;
  const titles = MATERIAL_COLUMNS.map((c) => c.title);
  const row = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(fontSize);
    const height =
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: MATERIAL_COLUMNS[i].width - 2 * padding }))) + 2 * padding;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      // A table continued on a new page repeats its header row.
      if (cells !== titles) row(titles, 'bold');
      doc.font(font).fontSize(fontSize);
    }
    const top = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      const cellWidth = MATERIAL_COLUMNS[i].width;
      doc.rect(x, top, cellWidth, height).lineWidth(0.5).strokeColor(BLACK).stroke();
      doc.text(cell, x + padding, top + padding, { width: cellWidth - 2 * padding });
      x += cellWidth;
    });
    doc.x = left;
    doc.y = top + height;
  };
  row(titles, 'bold');
  materials.forEach((m, i) => row([String(i + 1), m.kindName, m.fileName, hashPrefix(m.sha256)], 'regular'));
  doc.moveDown(0.5);
}

function signature(doc: Doc, content: TransferLetterContent, left: number, width: number): void {
  const lines = [content.senderUnitName, ...(content.senderDivision ? [content.senderDivision] : []), letterDate(content.issuedAt)];
  doc.font('regular').fontSize(BODY);
  const needed = lines.length * (doc.currentLineHeight() + LINE_GAP) + 3 * BODY;
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(2);
  // 发文机关署名 and 成文日期 to the right, four characters in from the right edge.
  for (const line of lines) doc.text(line, left, doc.y, { width: width - 4 * BODY, align: 'right', lineGap: LINE_GAP });
}

/** — 1 — at the foot of every page (the pages are buffered, so the count is known). */
function pageNumbers(doc: Doc): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would start a new page: lift the margin while the number is set.
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(10)
      .fillColor(BLACK)
      .text(`— ${i + 1 - start} —`, 0, doc.page.height - bottom / 2, { width: doc.page.width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
