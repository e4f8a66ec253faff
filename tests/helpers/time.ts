/** 12:00 UTC of the next day: far from midnight, so local dates and "today" do not depend on when a test runs. */
export function noonTomorrow(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 12, 0, 0));
}
