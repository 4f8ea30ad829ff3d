/** Today's date for waivers, freezes and sunsets; `APIGOV_NOW` (ISO date) pins it for tests and reruns. */
export function now(): Date {
  const pinned = process.env.APIGOV_NOW;
  if (pinned !== undefined && pinned !== '') {
    const date = new Date(pinned);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return new Date();
}

/** YYYY-MM-DD in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
