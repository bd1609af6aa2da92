const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "21/11/2023", as the Union writes dates, in Asia/Ho_Chi_Minh time whatever the machine's zone. */
export function formatVietnameseDate(value: string | Date): string {
  const instant = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+07:00`) : new Date(value);
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`formatVietnameseDate: not a date: ${String(value)}`);
  }
  return formatter.format(instant);
}
