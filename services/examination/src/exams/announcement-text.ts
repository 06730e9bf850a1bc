/**
 * A passage of the announcement as the officer wrote it (응시자격): lines kept, their trailing spaces
 * and runs of blank lines dropped; nothing left (or nothing sent) is no passage at all.
 */
export function announcementText(text: string | undefined): string | null {
  const cleaned = (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cleaned || null;
}
