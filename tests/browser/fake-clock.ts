// The page's clock: 22 November 2026, 09:30 local time, moving on in real time from page load (so
// debounces and timers behave). Imported first by page-entry.ts, so it is in place before main.js runs,
// like the integration tests' `vi.setSystemTime`.
const RealDate = Date;
const FIXED_NOW = new RealDate(2026, 10, 22, 9, 30).getTime();
const pageStart = RealDate.now();
const now = (): number => FIXED_NOW + (RealDate.now() - pageStart);

class FixedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(now());
    else super(...(args as [string]));
  }
  static override now(): number {
    return now();
  }
}

globalThis.Date = FixedDate as DateConstructor;

export const FIXED_TODAY = "2026-11-22";
