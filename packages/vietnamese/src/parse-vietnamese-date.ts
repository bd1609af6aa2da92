/** A calendar date (and optional time) as a Vietnamese site writes it, in Asia/Ho_Chi_Minh. */
export interface VietnameseDate {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, when the source gave a time */
  time?: string;
  /** ISO 8601 instant with the +07:00 offset of Asia/Ho_Chi_Minh */
  iso: string;
}

const WEEKDAY = String.raw`(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])`;
const DATE = String.raw`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`;
const TIME = String.raw`(\d{1,2})[:hg](\d{2})(?:[:](\d{2}))?`;

/*
 * Accepted shapes: "21/11/2023", "Thứ Ba, 21/11/2023", "Thứ ba, 21/11/2023 08:30",
 * "21/11/2023 - 08:30", "08:30 21/11/2023", "Thứ ba, 21/11/2023, 14:05 (GMT+7)".
 */
const DATE_LINE = new RegExp(
  String.raw`^(?:${WEEKDAY}\s*[,-]?\s*)?(?:${TIME}\s*[,-]?\s*)?(?:ngày\s+)?${DATE}(?:\s*[,|-]?\s*(?:lúc\s+)?${TIME})?\s*(?:\(\s*GMT\s*\+\s*7\s*\))?$`,
  'iu',
);

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Returns the date the line states, or undefined when it is not a date line we know. */
export function parseVietnameseDate(line: string): VietnameseDate | undefined {
  const match = DATE_LINE.exec(
    line
      .normalize('NFC')
      .replace(/\u00a0/g, ' ')
      .trim(),
  );
  if (!match) return undefined;
  const [, leadHour, leadMinute, , dayText, monthText, yearText, tailHour, tailMinute] = match;
  const day = Number(dayText);
  const month = Number(monthText);
  const year = Number(yearText);
  if (!isRealDate(year, month, day)) return undefined;
  const hourText = leadHour ?? tailHour;
  const minuteText = leadMinute ?? tailMinute;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hourText === undefined || minuteText === undefined) {
    return { date, iso: `${date}T00:00:00+07:00` };
  }
  const hour = Number(hourText);
  const minute = Number(minuteText);
  if (hour > 23 || minute > 59) return undefined;
  const time = `${pad(hour)}:${pad(minute)}`;
  return { date, time, iso: `${date}T${time}:00+07:00` };
}
