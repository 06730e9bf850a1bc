/** 시험과목 as the officer typed them: trimmed, blanks and repeats dropped, in their order. */
export function cleanSubjects(subjects: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  for (const subject of subjects ?? []) {
    const name = subject.trim().replace(/\s+/g, ' ');
    if (name) seen.add(name);
  }
  return [...seen];
}
