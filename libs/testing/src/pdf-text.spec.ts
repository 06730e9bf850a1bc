import { createPdf, pdfBuffer } from '@baeum/documents';
import { randomBytes } from 'node:crypto';
import { pdfText } from './pdf-text';

describe('pdfText', () => {
  it('reads the text of every PDF, whatever bytes its compressed streams end in', async () => {
    // Compressed data ends in any byte, a carriage return among them (about one stream in 256): a
    // reader that looks for the end of a stream instead of counting its /Length cut such a stream short.
    for (let i = 0; i < 150; i++) {
      const words = `수료번호 ${randomBytes(6).toString('hex')}`;
      const doc = await createPdf({ title: '수료증' });
      doc.font('regular').text(words);
      expect(pdfText(await pdfBuffer(doc))).toContain(words);
    }
  });
});
