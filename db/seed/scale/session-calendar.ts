// When sessions happen: the last 18 months, busiest in August–September and
// December–January (application periods), quiet in July.

/** Relative busyness of each calendar month, January first. */
const monthWeights = [1.5, 1, 1, 0.9, 0.8, 0.5, 0.3, 1.7, 1.8, 1.1, 1, 1.4];
const monthsBack = 18;

export interface SessionMonth {
  /** First day of the month (the first day of the window for the current month too), YYYY-MM-DD. */
  firstDay: string;
  /** Days of the month inside the window: the whole month, or up to yesterday for this month. */
  days: number;
  /** Where this month starts in [0, 1) of all sessions. */
  start: number;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The 18 months ending today, each with its share of the sessions. */
export function sessionMonths(today: Date): SessionMonth[] {
  const months: { firstDay: string; days: number; weight: number }[] = [];
  for (let back = monthsBack - 1; back >= 0; back--) {
    const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
    const daysInMonth = new Date(
      Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0),
    ).getUTCDate();
    const days = back === 0 ? today.getUTCDate() - 1 : daysInMonth;
    const weight = (monthWeights[first.getUTCMonth()]! * days) / daysInMonth;
    months.push({ firstDay: isoDate(first), days, weight });
  }
  const total = months.reduce((sum, month) => sum + month.weight, 0);
  let start = 0;
  return months.map(({ firstDay, days, weight }) => {
    const month = { firstDay, days, start };
    start += weight / total;
    return month;
  });
}
