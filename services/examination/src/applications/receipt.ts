import type { ExamApplicationView } from '@baeum/api';
import { createPdf, pdfBuffer } from '@baeum/documents';

const LEVEL_KO: Record<string, string> = {
  high_school: '고등학교',
  junior_college: '전문대학',
  bachelor: '대학교(학사)',
  master: '대학원(석사)',
  doctorate: '대학원(박사)',
};
const STATUS_KO: Record<string, string> = {
  pending_payment: '결제 대기 Awaiting payment',
  paid: '접수 완료 Paid',
  cancelled: '취소 Cancelled',
};
const won = (amount: string) => `${BigInt(amount).toLocaleString('ko-KR')}원 (KRW ${BigInt(amount).toLocaleString('en-US')})`;
const seoulTime = (iso: string) => `${new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Seoul', hour12: false }).slice(0, 16)} (KST)`;

/**
 * 접수증: what the applicant keeps as proof of the application. Its own document, so with the name as
 * given (as the admission ticket); tagged (ko-KR) as the certificate is, so a screen reader reads it in
 * order: the heading, then each line.
 */
export async function receiptPdf(a: ExamApplicationView): Promise<Buffer> {
  const doc = await createPdf({
    title: `응시원서 접수증 Application receipt ${a.id}`,
    subject: a.examTitleKo,
    tagged: true,
    lang: 'ko-KR',
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const add = (tag: string, draw: () => void) => root.add(doc.struct(tag, {}, [draw]));
  add('H1', () => {
    doc.font('bold').fontSize(20).text('응시원서 접수증', { align: 'center' });
    doc.font('regular').fontSize(10).text('Application receipt', { align: 'center' }).moveDown(1.2);
  });
  add('P', () => {
    doc.font('bold').fontSize(12).text(a.examTitleKo);
    doc.font('regular').fontSize(9).fillColor('#555').text(a.examTitleEn).fillColor('black').moveDown();
  });
  const education = a.education
    ? `${LEVEL_KO[a.education.level] ?? a.education.level} ${a.education.school}${a.education.major ? ` ${a.education.major}` : ''} ` +
      (a.education.status === 'graduated' ? '졸업 (graduated)' : '졸업예정 (expected)')
    : '-';
  const licences = a.licences.length
    ? a.licences.map((l) => `${l.name} (${l.number}, ${l.issuer}, ${l.acquiredOn}) 가산 ${l.bonusPercent}%`).join('\n')
    : '-';
  const statutory =
    a.veteransBonusPercent > 0
      ? `취업지원대상자 ${a.veteransBonusPercent}% (veterans)`
      : a.rescuerBonusPercent > 0
        ? `의사상자 등 ${a.rescuerBonusPercent}% (rescuers)`
        : '없음 (none)';
  const lines: [string, string][] = [
    ['접수번호 Application no.', a.id],
    ['시험 Exam', a.examTitleKo],
    ['모집단위 Position', a.positionLabelKo],
    ['성명 Name', a.nameKo],
    ['생년월일 Date of birth', a.birthDate],
    ['본인 확인 Identity', a.identityVerifiedAt ? `확인됨 confirmed ${seoulTime(a.identityVerifiedAt)}` : '미확인 not confirmed'],
    ['접수일시 Submitted at', seoulTime(a.submittedAt)],
    ['응시수수료 Fee', won(a.feeAmount)],
    ['결제 상태 Payment', `${STATUS_KO[a.status] ?? a.status}${a.paidAt ? ` · ${seoulTime(a.paidAt)}` : ''}`],
    ['최종학력 Education', education],
    ['자격증 Licences', licences],
    ['자격증 가산점 Licence bonus', `${a.licenceBonusPercent}%`],
    ['법정 가산점 Statutory bonus', statutory],
  ];
  for (const [label, value] of lines)
    add('P', () => {
      const y = doc.y;
      doc.font('bold').fontSize(10).text(label, 56, y, { width: 170 });
      const labelEnd = doc.y;
      doc.font('regular').fontSize(11).text(value, 236, y, { width: 300 });
      doc.y = Math.max(labelEnd, doc.y) + 6;
    });
  add('P', () =>
    doc
      .moveDown()
      .fontSize(9)
      .fillColor('#333')
      .text('• 가산점은 공고의 기준에 따라 과목별 만점의 40% 이상 득점한 과목에만 더합니다.', 56)
      .text('  Bonus points are added only to subjects scored at 40% or more, by the announcement’s rules.')
      .text('• 응시표는 좌석 배정 후 나의 응시에서 출력하세요. / Print the admission ticket from My applications once seats are assigned.'),
  );
  return pdfBuffer(doc);
}
