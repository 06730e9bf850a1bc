import type { ExamApplicationView } from '@baeum/api';
import { pdfText, pngImage } from '@baeum/testing';
import { admissionTicketPdf } from './admission-ticket';

const application = {
  examNumber: '10100001',
  nameKo: '박응시',
  birthDate: '1998-03-04',
  positionLabelKo: '일반행정 9급',
  examTitleKo: '2040년도 제1회 지방공무원 임용시험',
  examTitleEn: 'Local civil service exam 2040-1',
  accommodations: [],
  accommodationStatus: 'none',
  seat: { venueNameKo: '서울마포중학교', address: '서울특별시 마포구 월드컵로 123', room: '101호', seatNo: 3, changed: false },
} as unknown as ExamApplicationView;
const deadline = new Date('2040-03-10T09:00:00Z');

describe('admissionTicketPdf', () => {
  it("prints the applicant's photo in its box as an image", async () => {
    const pdf = await admissionTicketPdf(application, '2040-04-20', { image: pngImage(300, 400), deadline });
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
    expect(pdfText(pdf)).not.toContain('사진 미등록');
  });

  it('says 사진 미등록 / No photo in the box without one, and how a photo gets onto the ticket', async () => {
    const pdf = await admissionTicketPdf(application, '2040-04-20', { image: null, deadline });
    expect(pdf.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('사진 미등록');
    expect(text).toContain('No photo');
    expect(text).toContain('2040-03-10 18:00');
  });
});
