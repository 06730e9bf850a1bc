import { pdfText } from '@baeum/testing';
import { certificatePdf, CertificateData } from './certificate-pdf';

const certificate: CertificateData = {
  certificateNo: '2027-000042',
  verificationCode: '7K2M-QX4P-9RT3',
  traineeName: '김민수',
  agencyNameKo: '마포구청',
  agencyNameEn: 'Mapo-gu Office',
  grade: '7급',
  position: '주무관',
  courseNameKo: '신임자 교육',
  courseNameEn: 'Induction',
  cohortNo: 3,
  startDate: '2027-03-02',
  endDate: '2027-03-04',
  completedOn: '2027-03-04',
  attendancePercent: 100,
  hours: 21,
  revokedAt: null,
  revokeReason: null,
};
const issuer = { nameKo: '서울특별시인재개발원', nameEn: 'Seoul Metropolitan Human Resources Development Center' };
const url = 'https://baeum.example/certificates/verify/7K2M-QX4P-9RT3';

describe('certificatePdf', () => {
  it('prints the hours, the course, the dates, the name, the number, the issuer and the verification address', async () => {
    const text = pdfText(await certificatePdf(certificate, issuer, url));
    expect(text).toContain('교육시간');
    expect(text).toContain('21시간 (21 hours)');
    expect(text).toContain('신임자 교육 제3기 (Induction)');
    expect(text).toContain('2027-03-02 ~ 2027-03-04');
    expect(text).toContain('김민수');
    expect(text).toContain('2027-000042');
    expect(text).toContain(url);
    expect(text).toContain('7K2M-QX4P-9RT3');
    expect(text).toContain(issuer.nameKo);
  });

  it('is tagged for screen readers: marked, a structure tree, Korean, its title shown, the seal and QR code described', async () => {
    const pdf = (await certificatePdf(certificate, issuer, url)).toString('latin1');
    const markInfo = pdf.match(/\/MarkInfo (\d+) 0 R/);
    expect(markInfo).not.toBeNull();
    expect(pdf).toMatch(new RegExp(`\\n${markInfo![1]} 0 obj\\s*<<\\s*/Marked true`));
    expect(pdf).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(pdf).toMatch(/\/Lang \(ko-KR\)/);
    expect(pdf).toMatch(/\/DisplayDocTitle true/);
    expect(pdf).toMatch(/\/S \/H1/);
    expect(pdf).toMatch(/\/S \/Figure/);
    expect(pdf).toMatch(/\/Alt /);
  });

  it('fits on one page, even with long names', async () => {
    const long = {
      ...certificate,
      courseNameKo: '공직자 디지털 역량 강화를 위한 데이터 기반 정책 수립 실무 심화 과정',
      courseNameEn: 'Advanced practice in data-driven policy making for the digital capability of public officials',
      agencyNameKo: '서울특별시 도시기반시설본부 동부도로사업소',
    };
    const pdf = (await certificatePdf(long, issuer, url)).toString('latin1');
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('draws the seal in red vectors without an image, and places an image when the institute has one', async () => {
    const drawn = pdfText(await certificatePdf(certificate, issuer, url));
    // The drawn seal prints the name's characters and 인 in red: its text is the name's, one per cell.
    expect(drawn).toContain('인');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const withImage = (await certificatePdf(certificate, { ...issuer, sealImage: png }, url)).toString('latin1');
    expect(withImage).toMatch(/\/Subtype \/Image/);
  });

  it('says on its face that a revoked certificate was revoked', async () => {
    const text = pdfText(
      await certificatePdf({ ...certificate, revokedAt: '2027-04-01T01:00:00.000Z', revokeReason: '출석 기록 오류' }, issuer, url),
    );
    expect(text).toContain('취소된 수료증 REVOKED 2027-04-01 · 출석 기록 오류');
  });
});
