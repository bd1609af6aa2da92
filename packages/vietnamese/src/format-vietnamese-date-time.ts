const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "06:30 01/12/2026": hour first, as Vietnamese notices write it, in Asia/Ho_Chi_Minh time whatever the machine's zone. */
export function formatVietnameseDateTime(value: string | Date): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`formatVietnameseDateTime: not a date: ${String(value)}`);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}

/**
 * The UTC instant of a wall-clock time in Việt Nam ("2026-12-01T06:30" →
 * 2026-11-30T23:30:00.000Z). Việt Nam has kept UTC+7 without daylight saving
 * since 1975, so the offset is fixed.
 */
export function vietnamTimeToUtc(localDateTime: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(localDateTime.trim());
  if (!match) throw new RangeError(`vietnamTimeToUtc: expected "YYYY-MM-DD HH:mm", got "${localDateTime}"`);
  const instant = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6] ?? '00'}+07:00`);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`vietnamTimeToUtc: not a real time: "${localDateTime}"`);
  return instant;
}
