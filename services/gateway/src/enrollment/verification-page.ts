import type { CertificateCheckView } from '@baeum/api';

/** The certificate check as a small page of its own: anyone may open it, signed in or not. */
export type Verified = Pick<
  CertificateCheckView,
  'certificateNo' | 'traineeName' | 'courseNameKo' | 'courseNameEn' | 'startDate' | 'endDate' | 'completedOn' | 'institute'
>;

const escape = (text: string | null) => (text ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function verificationPage(code: string, found: Verified | null): string {
  const rows = found
    ? (
        [
          ['수료증 번호', 'Certificate no.', found.certificateNo],
          ['성명', 'Name', found.traineeName],
          ['과정명', 'Course', `${found.courseNameKo ?? ''}${found.courseNameEn ? ` (${found.courseNameEn})` : ''}`],
          ['교육기간', 'Period', `${found.startDate} ~ ${found.endDate}`],
          ['수료일', 'Completed on', found.completedOn],
          ['발급 기관', 'Issued by', found.institute],
        ] as const
      )
        .map(([ko, en, value]) => `<tr><th scope="row">${ko} <span lang="en">${en}</span></th><td>${escape(value)}</td></tr>`)
        .join('')
    : '';
  const verdict = found
    ? `<p role="status" class="ok">유효한 수료증입니다. <span lang="en">This certificate is valid.</span></p><table>${rows}</table>`
    : `<p role="alert" class="bad">확인되지 않는 코드입니다. <span lang="en">No certificate has this code.</span></p>`;
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>수료증 진위 확인 · Certificate check</title>
<style>body{font-family:'Noto Sans KR',system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
th{text-align:left;padding:.4rem 1rem .4rem 0;vertical-align:top}td{padding:.4rem 0}
.ok{color:#137333;font-weight:700}.bad{color:#c0262d;font-weight:700}span[lang=en]{color:#5a5f69;font-weight:400}</style></head>
<body><main><h1>수료증 진위 확인 <span lang="en">Certificate check</span></h1>
<p>코드 <span lang="en">Code</span>: <code>${escape(code)}</code></p>${verdict}</main></body></html>`;
}
