/**
 * Today's calendar date in Tomsk (Asia/Tomsk, UTC+7): a posting's deadline is a Tomsk date and it
 * stays open through that whole day there (docs/domain/talent.md, "Opportunities").
 */
export function todayInTomsk(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tomsk',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
