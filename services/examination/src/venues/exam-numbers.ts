/**
 * 응시번호: the round, the position's two digits and a five-digit serial in order of application,
 * e.g. 10200017 = round 1, position 02, 17th applicant. Numbers sort the way seats are handed out.
 */
export function examNumber(roundNo: number, positionSeq: number, serial: number): string {
  return `${roundNo}${String(positionSeq).padStart(2, '0')}${String(serial).padStart(5, '0')}`;
}
