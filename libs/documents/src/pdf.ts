/**
 * Noto Sans KR from npm, so Korean prints in PDFs on a machine that has only Node.js (the npm
 * Nanum Gothic's glyph tables break fontkit). PDFKit embeds only the glyphs a document uses.
 */
const FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf'),
};

/**
 * An A4 PDF document with the fonts `regular` and `bold` registered; `regular` is current. A tagged
 * document (PDF/UA's way, for screen readers) marks itself, names its language and shows its title;
 * its content must then be placed in structure elements (`doc.struct`) or marked as artifacts.
 */
export async function createPdf(info: { title: string; subject?: string; tagged?: boolean; lang?: string }): Promise<PDFKit.PDFDocument> {
  // Loaded on the first document, not at start: PDFKit and its font engine take about 0.2 s of CPU
  // to load, which every start of every service (and every test's stack) would pay otherwise.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: info.title, ...(info.subject ? { Subject: info.subject } : {}), Producer: 'Baeum', Creator: 'Baeum' },
    ...(info.tagged ? { tagged: true, lang: info.lang ?? 'ko-KR', displayTitle: true, pdfVersion: '1.7' as const } : {}),
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  doc.font('regular');
  return doc;
}

/** Ends the document and collects its bytes. */
export function pdfBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
