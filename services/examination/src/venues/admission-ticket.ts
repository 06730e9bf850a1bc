import type { ExamApplicationView, InterviewSlotView } from '@baeum/api';
import { createPdf, pdfBuffer } from '@baeum/documents';

/** The written exam starts at 10:00 Seoul time; candidates are seated by 09:20 (the usual rule of local-government exams). */
export const WRITTEN_EXAM_START = '10:00';
export const SEATED_BY = '09:20';

const WEEKDAYS_KO = ['일', '월', '화', '수', '목', '금', '토'];
const withWeekday = (date: string) => `${date} (${WEEKDAYS_KO[new Date(`${date}T00:00:00Z`).getUTCDay()]})`;

const ACCOMMODATION_KO: Record<string, string> = {
  extended_time: '시험시간 연장',
  large_print: '확대 문제지',
  wheelchair_access: '휠체어 접근',
  separate_room: '별도 시험실',
  braille: '점자 문제지',
  reader: '대독',
  hearing_aid: '보청기 사용',
};

/** The photo box, 3×4 cm as on paper tickets (85 × 113 pt), at the right of the candidate's details. */
const PHOTO_BOX = { width: 85, height: 113 };

export interface TicketPhoto {
  /** The applicant's photo as of the exam's deadline (JPEG or PNG), or null when they had none. */
  image: Buffer | null;
  /** The deadline for applying and editing, the last moment a photo counts for this ticket. */
  deadline: Date;
}

const seoulMinute = (at: Date) => at.toLocaleString('sv-SE', { timeZone: 'Asia/Seoul' }).slice(0, 16);

/** 응시표: what the candidate brings on exam day, with their own name, birth date and photo (it is their document). */
export function admissionTicketPdf(a: ExamApplicationView, writtenExamOn: string, photo: TicketPhoto): Promise<Buffer> {
  const accommodations =
    a.accommodationStatus === 'approved' ? a.accommodations.map((x) => ACCOMMODATION_KO[x.kind] ?? x.kind).join(', ') : '';
  return ticketPdf(
    a,
    { titleKo: '응시표', titleEn: 'Admission ticket' },
    [
      ['시험일시 Date and time', `${withWeekday(writtenExamOn)} ${WRITTEN_EXAM_START} (${SEATED_BY}까지 입실 / be seated by ${SEATED_BY})`],
      ['시험장 Venue', a.seat ? `${a.seat.venueNameKo} — ${a.seat.address}` : ''],
      ['시험실·좌석 Room and seat', a.seat ? `${a.seat.room} · ${a.seat.seatNo}번${a.seat.changed ? ' (변경됨 / changed)' : ''}` : ''],
      ...(accommodations ? ([['편의지원 Accommodations', accommodations]] as [string, string][]) : []),
    ],
    photo,
  );
}

/** 면접시험 응시표: the interview slot, once the candidate may know it; candidates wait 30 minutes before. */
export function interviewTicketPdf(a: ExamApplicationView, slot: InterviewSlotView): Promise<Buffer> {
  return ticketPdf(a, { titleKo: '면접시험 응시표', titleEn: 'Interview ticket' }, [
    ['면접일시 Date and time', `${withWeekday(slot.heldOn)} ${slot.startsAt} (30분 전까지 대기실 도착 / arrive 30 minutes early)`],
    ['면접실 Interview room', slot.room],
  ]);
}

async function ticketPdf(
  a: ExamApplicationView,
  title: { titleKo: string; titleEn: string },
  sitting: [string, string][],
  photo?: TicketPhoto,
): Promise<Buffer> {
  const doc = await createPdf({ title: `${title.titleKo} ${a.examNumber}`, subject: a.examTitleKo });
  doc
    .font('bold')
    .fontSize(20)
    .text(title.titleKo, { align: 'center' })
    .fontSize(10)
    .font('regular')
    .text(title.titleEn, { align: 'center' })
    .moveDown(1.2);
  doc
    .font('bold')
    .fontSize(12)
    .text(a.examTitleKo)
    .font('regular')
    .fontSize(9)
    .fillColor('#555')
    .text(a.examTitleEn)
    .fillColor('black')
    .moveDown();
  const lines: [string, string][] = [
    ['응시번호 Exam number', a.examNumber ?? ''],
    ['성명 Name', a.nameKo],
    ['생년월일 Date of birth', a.birthDate],
    ['모집단위 Position', a.positionLabelKo],
    ...sitting,
  ];
  const top = doc.y;
  // Beside the photo box the values are narrower.
  const valueWidth = photo ? 536 - PHOTO_BOX.width - 12 - 236 : 300;
  for (const [label, value] of lines) {
    const y = doc.y;
    doc.font('bold').fontSize(10).text(label, 56, y, { width: 170 });
    const labelEnd = doc.y;
    doc.font('regular').fontSize(11).text(value, 236, y, { width: valueWidth });
    doc.y = Math.max(labelEnd, doc.y) + 6;
  }
  if (photo) {
    const after = doc.y;
    photoBox(doc, 536 - PHOTO_BOX.width, top, photo.image);
    doc.y = Math.max(after, top + PHOTO_BOX.height + 6);
  }
  doc
    .moveDown()
    .font('regular')
    .fontSize(9)
    .fillColor('#333')
    .text('• 신분증(주민등록증, 운전면허증, 여권 등)과 이 응시표를 지참하세요. / Bring an identity card and this ticket.', 56)
    .text('• 시작 후에는 입실할 수 없습니다. / No entry once it has started.');
  if (photo && !photo.image)
    doc.text(
      `• 사진이 등록되지 않았습니다. 접수·정정 마감(${seoulMinute(photo.deadline)}) 전에 '사진 등록'에서 올린 사진이 응시표에 실립니다. ` +
        `/ No photo: a photo registered under 'Photo' before the deadline (${seoulMinute(photo.deadline)} KST) is printed here.`,
    );
  return pdfBuffer(doc);
}

/** The photo fitted into its box, or the box saying there is none. */
function photoBox(doc: PDFKit.PDFDocument, x: number, y: number, image: Buffer | null): void {
  const { width, height } = PHOTO_BOX;
  if (image) doc.image(image, x, y, { fit: [width, height], align: 'center', valign: 'center' });
  else
    doc
      .font('regular')
      .fontSize(9)
      .fillColor('#555')
      .text('사진 미등록', x, y + height / 2 - 12, { width, align: 'center' })
      .text('No photo', x, doc.y, { width, align: 'center' })
      .fillColor('black');
  doc.lineWidth(0.75).rect(x, y, width, height).stroke();
}
