// Calendar dates of the outcomes feature, in the hub's time zone (Tomsk, UTC+7).

/** Today's calendar date in Tomsk as YYYY-MM-DD. */
export function todayInTomsk(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tomsk',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export const addDaysTo = (instant: Date, days: number) => new Date(instant.getTime() + days * 86_400_000);
