import type { CertificateDataView } from '@baeum/api';
import { createPdf, pdfBuffer } from '@baeum/documents';
import QRCode from 'qrcode';

/** What enrollment says a certificate prints (a completed application has its number, code and date). */
export type CertificateData = Omit<CertificateDataView, 'agencyCode' | 'hostTenantId'>;

/** The issuing institute: its names, and the seal image its settings hold, when there is one. */
export interface CertificateIssuer {
  nameKo: string;
  nameEn: string;
  /** A PNG or JPEG of the institute's seal (직인); without one the seal is drawn. */
  sealImage?: Buffer | null;
}

const SEAL_RED = '#c8102e';
const GREY = '#555555';

type Doc = PDFKit.PDFDocument;

/**
 * The institute's seal (직인) in a square of `size` points at (x, y): the uploaded image when the
 * institute has one, else a red square seal drawn as vectors with the name and 인 (seal) in columns
 * read top to bottom, right to left, as seals are cut.
 */
export function drawSeal(doc: Doc, x: number, y: number, size: number, nameKo: string, image?: Buffer | null): void {
  if (image) {
    doc.image(image, x, y, { fit: [size, size], align: 'center', valign: 'center' });
    return;
  }
  const chars = [...`${nameKo.replace(/\s+/g, '')}인`];
  const rows = Math.max(2, Math.ceil(Math.sqrt(chars.length)));
  const columns = Math.ceil(chars.length / rows);
  const inset = size * 0.12;
  const inner = size - 2 * inset;
  const cellWidth = inner / columns;
  const cellHeight = inner / rows;
  const fontSize = Math.min(cellWidth, cellHeight) * 0.9;
  doc.save();
  doc
    .lineWidth(size * 0.045)
    .strokeColor(SEAL_RED)
    .rect(x, y, size, size)
    .stroke();
  doc
    .lineWidth(size * 0.012)
    .rect(x + size * 0.06, y + size * 0.06, size * 0.88, size * 0.88)
    .stroke();
  doc.font('bold').fillColor(SEAL_RED).fontSize(fontSize);
  // Columns from the right, each read top to bottom.
  chars.forEach((ch, i) => {
    const column = Math.floor(i / rows);
    const row = i % rows;
    const cx = x + size - inset - (column + 1) * cellWidth;
    const cy = y + inset + row * cellHeight + (cellHeight - fontSize * 1.2) / 2;
    doc.text(ch, cx, cy, { width: cellWidth, align: 'center', lineBreak: false });
  });
  doc.restore();
  doc.fillColor('#000000').font('regular');
}

/** A QR code of `text` as vector squares, `size` points wide, at (x, y). */
export function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const unit = size / (modules.size + 2 * quiet);
  doc.save().fillColor('#000000');
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * unit, y + (row + quiet) * unit, unit, unit);
  doc.fill();
  doc.restore();
}

/**
 * 수료증: Korean first with English beside it, the course's hours, the institute's seal, and a QR
 * code to the page where anyone checks it. Tagged (ko-KR) so a screen reader reads it in order: the
 * heading, each line, the statement, the issuer, and the seal and QR code by their descriptions.
 */
export async function certificatePdf(c: CertificateData, issuer: CertificateIssuer, verifyUrl: string): Promise<Buffer> {
  const doc = await createPdf({
    title: `수료증 ${c.certificateNo ?? ''} Certificate of Completion`,
    subject: '수료증 Certificate of Completion',
    tagged: true,
    lang: 'ko-KR',
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const add = (tag: string, draw: () => void, options: PDFKit.Mixins.StructureElementOptions = {}) =>
    root.add(doc.struct(tag, options, [draw]));
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  // A double frame around the page: decoration, not content.
  doc.markContent('Artifact', { type: 'Layout' });
  doc
    .save()
    .lineWidth(2)
    .strokeColor('#1c3f94')
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .stroke();
  doc
    .lineWidth(0.6)
    .rect(34, 34, doc.page.width - 68, doc.page.height - 68)
    .stroke()
    .restore();
  doc.endMarkedContent();

  if (c.revokedAt) {
    add('P', () =>
      doc
        .font('bold')
        .fillColor(SEAL_RED)
        .fontSize(11)
        .text(`취소된 수료증 REVOKED ${c.revokedAt!.slice(0, 10)}${c.revokeReason ? ` · ${c.revokeReason}` : ''}`, left, 44, { width })
        .fillColor('#000000')
        .font('regular'),
    );
  }
  add('P', () => doc.fontSize(10).text(`제 ${c.certificateNo ?? ''} 호  (No. ${c.certificateNo ?? ''})`, left, 60, { width }));
  add('H1', () => {
    doc.moveDown(2).font('bold').fontSize(30).text('수 료 증', { align: 'center', width });
    doc.font('regular').fontSize(13).text('Certificate of Completion', { align: 'center', width });
  });
  doc.moveDown(2).fontSize(12);
  const line = (ko: string, en: string, value: string) =>
    add('P', () => {
      doc
        .font('bold')
        .text(`${ko} `, left, doc.y, { continued: true })
        .font('regular')
        .fillColor(GREY)
        .text(`${en}  `, { continued: true })
        .fillColor('#000000')
        .text(value, { width });
      doc.moveDown(0.4);
    });
  line('성명', 'Name', c.traineeName);
  line('소속', 'Agency', `${c.agencyNameKo} (${c.agencyNameEn})${c.grade ? ` · ${c.grade}` : ''}${c.position ? ` ${c.position}` : ''}`);
  line(
    '과정명',
    'Course',
    `${c.courseNameKo ?? ''}${c.cohortNo ? ` 제${c.cohortNo}기` : ''}${c.courseNameEn ? ` (${c.courseNameEn})` : ''}`,
  );
  line('교육기간', 'Period', `${c.startDate} ~ ${c.endDate}`);
  line('교육시간', 'Training hours', c.hours === null ? '-' : `${c.hours}시간 (${c.hours} hours)`);
  if (c.attendancePercent !== null) line('출석률', 'Attendance', `${c.attendancePercent}%`);
  add('P', () => {
    doc
      .moveDown(1.2)
      .fontSize(13)
      .text('위 사람은 본 원에서 실시한 위 과정을 수료하였으므로 이 증서를 수여합니다.', left, doc.y, { align: 'center', width });
    doc
      .fontSize(10)
      .fillColor(GREY)
      .text('This certifies that the person named above has completed the course above.', { align: 'center', width })
      .fillColor('#000000');
  });
  add('P', () =>
    doc
      .moveDown(1.5)
      .fontSize(13)
      .text(c.completedOn ?? '', left, doc.y, { align: 'center', width }),
  );

  // The issuer, and its seal beside its name.
  doc.moveDown(1);
  const issuerY = doc.y;
  add('P', () => {
    doc.font('bold').fontSize(18).text(issuer.nameKo, left, issuerY, { align: 'center', width });
    doc.font('regular').fontSize(10).text(issuer.nameEn, { align: 'center', width });
  });
  // Beside the names (not over the English one), as far right as the page allows.
  const nameWidth = Math.max(
    doc.font('bold').fontSize(18).widthOfString(issuer.nameKo),
    doc.font('regular').fontSize(10).widthOfString(issuer.nameEn),
  );
  const sealSize = 72;
  const sealX = Math.min(left + width / 2 + nameWidth / 2 + 8, left + width - sealSize);
  add('Figure', () => drawSeal(doc, sealX, issuerY - sealSize / 4, sealSize, issuer.nameKo, issuer.sealImage), {
    alt: `${issuer.nameKo} 직인 (seal of ${issuer.nameEn || issuer.nameKo})`,
  });

  // How anyone checks it: the QR code and, beside it, the code and the address.
  const qrSize = 96;
  const qrY = doc.page.height - doc.page.margins.bottom - qrSize;
  add('Figure', () => drawQr(doc, verifyUrl, left, qrY, qrSize), {
    alt: `진위 확인 QR 코드 (verification QR code): ${verifyUrl}`,
  });
  add('P', () => {
    doc
      .fontSize(9)
      .fillColor(GREY)
      .text('진위 확인 Verify this certificate', left + qrSize + 12, qrY + 24, { width: width - qrSize - 12 })
      .text(`확인 코드 Verification code: ${c.verificationCode ?? ''}`, { width: width - qrSize - 12 })
      .text(verifyUrl, { width: width - qrSize - 12, link: verifyUrl })
      .fillColor('#000000');
  });
  root.end();
  return pdfBuffer(doc);
}
