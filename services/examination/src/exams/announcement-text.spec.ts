import { announcementText } from './announcement-text';

describe("an announcement's own words", () => {
  it('keeps the lines, dropping trailing spaces, runs of blank lines and the ends', () => {
    expect(announcementText('  1. 결격사유가 없는 사람   \r\n\r\n\r\n\r\n2. 학력 제한 없음  \n')).toBe(
      '1. 결격사유가 없는 사람\n\n2. 학력 제한 없음',
    );
  });
  it('is no passage at all when nothing is left', () => {
    expect(announcementText(' \n \n')).toBeNull();
    expect(announcementText(undefined)).toBeNull();
  });
});
