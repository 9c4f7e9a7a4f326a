// Calendar days in the portal's time zone. "Today" and "this week" mean Hà Nội's days, whatever
// the server's zone.
export const PORTAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PORTAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD of the portal day containing `at`. */
export function portalDay(at: Date): string {
  return dayFormat.format(at);
}

/** The portal day `days` before `day` (YYYY-MM-DD arithmetic, no time zone involved). */
export function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
