import { createPdf, pdfBuffer } from './pdf';

describe('createPdf', () => {
  it('prints Korean with an embedded subset of Noto Sans KR', async () => {
    const doc = await createPdf({ title: '수료증' });
    doc.font('bold').fontSize(20).text('수료증 Certificate of Completion');
    doc.font('regular').text('홍길동 님은 신임자 교육과정을 수료하였습니다.');
    const pdf = await pdfBuffer(doc);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansKR/);
    // A subset, not the 6 MB font.
    expect(pdf.length).toBeLessThan(100_000);
  });
});
