import { createTransport } from 'nodemailer';
import { parseMail } from './smtp';

describe('parseMail', () => {
  it('reads back what nodemailer writes: encoded Korean subject, text and HTML parts', async () => {
    const transport = createTransport({ streamTransport: true, buffer: true });
    const subject =
      '[서울특별시 인재개발원] 가입 확인 / Confirm your sign-up — 아주 긴 제목이 여러 개의 인코딩된 단어로 나뉘는지 확인합니다';
    const text = `김민지님, 안녕하세요.\n\nhttps://baeum.test/verify?token=abc=def&x=1\n\n${'가'.repeat(200)}`;
    const html = '<p>김민지님 &amp; <a href="https://baeum.test/verify?token=abc">가입 확인하기</a></p>';
    const info = await transport.sendMail({
      from: '배움 <no-reply@baeum.test>',
      to: 'kim@example.com',
      subject,
      text,
      html,
      messageId: '<e1@baeum>',
    });
    const mail = parseMail((info.message as Buffer).toString('utf8'));
    expect(mail).toMatchObject({ subject, text, html, messageId: '<e1@baeum>', to: 'kim@example.com' });
    expect(mail.from).toContain('no-reply@baeum.test');
  });
});
