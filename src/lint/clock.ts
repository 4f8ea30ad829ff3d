/**
 * The one clock of a run: waivers, freezes, sunsets and the catalog's timestamp. `APIGOV_NOW` (an ISO
 * date) pins it for tests and reruns; otherwise `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) does, so a reproducible catalog judges dates against the day it is stamped with.
 */
export function now(): Date {
  const pinned = process.env.APIGOV_NOW;
  if (pinned !== undefined && pinned !== '') {
    const date = new Date(pinned);
    if (!Number.isNaN(date.getTime())) return date;
  }
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

/** YYYY-MM-DD in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
