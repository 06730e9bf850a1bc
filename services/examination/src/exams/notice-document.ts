import { badRequest, CodedException } from '@baeum/service-kit';

/** A notice document may be at most 8 MB (the transport takes 10 MB, so this answer is the coded one). */
export const MAX_NOTICE_BYTES = 8 * 1024 * 1024;

/** 공고문 is a PDF, judged by its first bytes (%PDF-) rather than by what the client claims. */
export function checkNoticePdf(content: Buffer): void {
  if (content.length === 0) throw badRequest('EXAM_NOTICE.EMPTY', { field: 'file', message: '빈 파일입니다 / the file is empty' });
  if (content.length > MAX_NOTICE_BYTES)
    throw new CodedException(413, 'EXAM_NOTICE.TOO_LARGE', {
      field: 'file',
      params: { maxMegabytes: MAX_NOTICE_BYTES / 1024 / 1024 },
      message: `공고문은 ${MAX_NOTICE_BYTES / 1024 / 1024}MB까지입니다 / the notice may be at most ${MAX_NOTICE_BYTES / 1024 / 1024} MB`,
    });
  if (content.subarray(0, 5).toString('latin1') !== '%PDF-')
    throw badRequest('EXAM_NOTICE.NOT_PDF', {
      field: 'file',
      message: '공고문은 PDF 파일만 받습니다 / the notice must be a PDF file',
    });
}

/** The file's name as sent (URL-encoded in X-File-Name), without any path; `notice.pdf` when none. */
export function noticeName(header: string | undefined): string {
  let name = '';
  try {
    name = decodeURIComponent(header ?? '');
  } catch {
    // keep none
  }
  return (
    name
      .replace(/^.*[\\/]/, '')
      .replace(/[\u0000-\u001f]/g, '')
      .slice(0, 200) || 'notice.pdf'
  );
}
