import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { setLanguage } from '../i18n/i18n';
import { FilesPicker } from './file-upload';

function Picker() {
  const [files, setFiles] = useState<File[]>([]);
  return (
    <FilesPicker title="증빙서류" accept={['.pdf', '.png']} maxBytes={1024} maxFiles={2} files={files} onChange={setFiles} testId="docs" />
  );
}

const file = (name: string, bytes = 10) => new File([new Uint8Array(bytes)], name);

beforeEach(() => act(() => setLanguage('ko')));

describe('choosing several files to send with a form', () => {
  it('keeps the files that may go, says why each other one may not, and takes one back out', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<Picker />);
    await user.upload(screen.getByTestId('docs-input'), [file('장애인증명서.pdf'), file('사진.gif'), file('진단서.png', 4096)]);
    expect(screen.getByTestId('docs-chosen').textContent).toContain('장애인증명서.pdf');
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      '사진.gif: .pdf, .png 파일만 올릴 수 있습니다.',
      '진단서.png: 파일이 너무 큽니다 (최대 1 KB).',
    ]);

    await user.upload(screen.getByTestId('docs-input'), [file('소견서.pdf'), file('세번째.pdf')]);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent?.split(' (')[0])).toEqual([
      '선택한 파일: 장애인증명서.pdf',
      '선택한 파일: 소견서.pdf',
    ]);
    expect(screen.getByRole('alert').textContent).toBe('세번째.pdf: 파일은 2개까지 올릴 수 있습니다.');

    await user.click(screen.getByRole('button', { name: '장애인증명서.pdf 빼기' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByTestId('docs-chosen').textContent).toContain('소견서.pdf');
  });
});
