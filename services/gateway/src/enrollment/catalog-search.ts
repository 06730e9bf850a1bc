import { searchWords } from '@baeum/api';

interface CatalogRow {
  courseId: string | null;
  courseCode: string | null;
  courseNameKo: string | null;
  courseNameEn: string | null;
}

/**
 * The catalog rows a search finds: those of a course curriculum found by its code, names or
 * description (`courseIds`), and those whose own course name or code holds every word (a cohort
 * enrollment knows without its course).
 */
export function catalogMatches<T extends CatalogRow>(rows: T[], courseIds: string[], q: string): T[] {
  const found = new Set(courseIds);
  const words = searchWords(q).map((w) => w.toLocaleLowerCase());
  return rows.filter((row) => {
    if (row.courseId && found.has(row.courseId)) return true;
    const text = [row.courseCode, row.courseNameKo, row.courseNameEn].filter(Boolean).join(' ').toLocaleLowerCase();
    return words.length > 0 && words.every((w) => text.includes(w));
  });
}
