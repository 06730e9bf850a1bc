import { badRequest, CodedException } from '@baeum/service-kit';

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_DOCUMENTS_PER_APPLICATION = 5;

/** What a supporting document is, judged by its first bytes rather than by what the client claims. */
export function documentType(content: Buffer): 'application/pdf' | 'image/png' | 'image/jpeg' {
  if (content.length === 0) throw badRequest('EXAM_DOCUMENT.EMPTY', { message: '빈 파일입니다 / the file is empty' });
  if (content.length > MAX_DOCUMENT_BYTES)
    throw new CodedException(413, 'EXAM_DOCUMENT.TOO_LARGE', {
      field: 'file',
      params: { maxMegabytes: MAX_DOCUMENT_BYTES / 1024 / 1024 },
      message: '증빙 서류는 5MB까지입니다 / documents may be at most 5 MB',
    });
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
  throw badRequest('EXAM_DOCUMENT.UNSUPPORTED_TYPE', {
    params: { accepted: ['PDF', 'PNG', 'JPG'] },
    message: 'PDF, PNG, JPG 파일만 받습니다 / only PDF, PNG and JPG files are accepted',
  });
}

/** The file's name as sent (URL-encoded in X-File-Name), without any path. */
export function documentName(header: string | undefined): string {
  let name = 'document';
  try {
    name = decodeURIComponent(header ?? '') || name;
  } catch {
    // keep the default
  }
  return (
    name
      .replace(/^.*[\\/]/, '')
      .replace(/[\u0000-\u001f]/g, '')
      .slice(0, 200) || 'document'
  );
}
