// Calendar days in the portal's time zone. "Today" and "this week" mean Hà Nội's days, whatever
// the server's zone.
export const PORTAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PORTAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

let lastMinute = NaN;
let lastDay = '';

/**
 * YYYY-MM-DD of the portal day containing `at`. The last one is remembered for its minute (a day
 * starts on a whole minute, in any zone of whole-minute offsets): formatting a date in a time zone
 * was 2-3 % of a home page's CPU, for the same answer all day.
 */
export function portalDay(at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = dayFormat.format(at);
    lastMinute = minute;
  }
  return lastDay;
}

/** Answers of `daysBefore`: every request asks for the same few (a week before today). */
const before = new Map<string, string>();

/** The portal day `days` before `day` (YYYY-MM-DD arithmetic, no time zone involved). */
export function daysBefore(day: string, days: number): string {
  const key = `${day} ${days}`;
  let answer = before.get(key);
  if (answer === undefined) {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - days);
    answer = d.toISOString().slice(0, 10);
    if (before.size >= 1_000) before.clear();
    before.set(key, answer);
  }
  return answer;
}
