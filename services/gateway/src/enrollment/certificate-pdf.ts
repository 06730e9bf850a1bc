import type { CertificateDataView } from '@baeum/api';
import { createPdf, pdfBuffer } from '@baeum/documents';

/** What enrollment says a certificate prints (a completed application has its number, code and date). */
export type CertificateData = Omit<CertificateDataView, 'agencyCode' | 'hostTenantId'>;

/** 수료증: Korean first with English beside it, and how anyone can check it. */
export function certificatePdf(c: CertificateData, institute: { nameKo: string; nameEn: string }, verifyUrl: string): Promise<Buffer> {
  const doc = createPdf({ title: `수료증 ${c.certificateNo}`, subject: 'Certificate of Completion' });
  const width = doc.page.width - 112;
  doc.fontSize(10).text(`제 ${c.certificateNo} 호  (No. ${c.certificateNo})`, { align: 'left' });
  doc.moveDown(2).font('bold').fontSize(30).text('수 료 증', { align: 'center' });
  doc.font('regular').fontSize(13).text('Certificate of Completion', { align: 'center' });
  doc.moveDown(2).fontSize(12);
  const line = (ko: string, en: string, value: string) => {
    doc
      .font('bold')
      .text(`${ko} `, { continued: true })
      .font('regular')
      .fillColor('#555')
      .text(`${en}  `, { continued: true })
      .fillColor('#000')
      .text(value, { width });
    doc.moveDown(0.4);
  };
  line('성명', 'Name', c.traineeName);
  line('소속', 'Agency', `${c.agencyNameKo} (${c.agencyNameEn})${c.grade ? ` · ${c.grade}` : ''}${c.position ? ` ${c.position}` : ''}`);
  line(
    '과정명',
    'Course',
    `${c.courseNameKo ?? ''}${c.cohortNo ? ` 제${c.cohortNo}기` : ''}${c.courseNameEn ? ` (${c.courseNameEn})` : ''}`,
  );
  line('교육기간', 'Period', `${c.startDate} ~ ${c.endDate}`);
  if (c.attendancePercent !== null) line('출석률', 'Attendance', `${c.attendancePercent}%`);
  doc.moveDown(1.5).fontSize(13).text('위 사람은 본 원에서 실시한 위 과정을 수료하였으므로 이 증서를 수여합니다.', { align: 'center' });
  doc
    .fontSize(10)
    .fillColor('#555')
    .text('This certifies that the person named above has completed the course above.', { align: 'center' })
    .fillColor('#000');
  doc
    .moveDown(2)
    .fontSize(13)
    .text(c.completedOn ?? '', { align: 'center' });
  doc.moveDown(1).font('bold').fontSize(18).text(institute.nameKo, { align: 'center' });
  doc.font('regular').fontSize(10).text(institute.nameEn, { align: 'center' });
  doc
    .moveDown(3)
    .fontSize(9)
    .fillColor('#555')
    .text(`진위 확인 Verification code: ${c.verificationCode}`, { align: 'center' })
    .text(verifyUrl, { align: 'center', link: verifyUrl });
  return pdfBuffer(doc);
}
