// A plain, slow reading of SPEC §3 over a NetworkView: the one oracle the live engine (src/index/facts.ts and the
// live report and review in src/insights) is held to. Every number is counted by walking every note, dates are
// compared as text and moved with date-fns, nothing is remembered between calls. It shares with src/ only what
// is not counting: how a goal's filters and periods read (parse/filters, goal-timing), the rules that turn counts
// into a goal's progress (goalProgress), and the order of names (nameKey).
import type { DateWindow } from "../../src/model/calendar";
import { fromDate } from "../../src/model/calendar";
import type { Settings, Weekday } from "../../src/model/settings";
import { METRICS } from "../../src/model/metrics";
import type { Cadence, Contact, GoalFilters, Level, LocalDate, Metric, NetworkView, Period, ResolvedInteraction } from "../../src/model/types";
import type { CompiledFilters } from "../../src/parse/filters";
import { NO_FILTERS, compileFilters } from "../../src/parse/filters";
import { companyKey, nameKey } from "../../src/parse/keys";
import type { FollowUpRow } from "../../src/insights/follow-ups";
import type { GoalCounter } from "../../src/insights/goal-counter";
import { goalProgress } from "../../src/insights/goal-progress";
import { countedGoal } from "../../src/insights/goal-smart";
import { goalTiming, periodsEndingIn } from "../../src/insights/goal-timing";
import { goalTitle } from "../../src/insights/goal-title";
import type { BirthdayRow } from "../../src/insights/birthdays";
import type { ReconnectRow } from "../../src/insights/reconnect";
import type { Introducer, PersonToMeetRow } from "../../src/insights/people-to-meet";
import { fromNoteFolder, linkTarget } from "../../src/parse/links";
import { companyKeyOf } from "../../src/parse/filters";
import type { Report } from "../../src/insights/report";
import type { Review, ReviewGoalPeriod, ReviewIntroducer, ReviewNewContact } from "../../src/insights/review";
import type { Resolution } from "../../src/index/resolver";
import { addDays, addDuration as plus, daysBetween, periodContaining, toDate } from "./calendar";

function earlier(a: LocalDate, b: LocalDate): LocalDate {
  return a < b ? a : b;
}
function latest(...dates: (LocalDate | undefined)[]): LocalDate | undefined {
  let best: LocalDate | undefined;
  for (const d of dates) if (d !== undefined && (best === undefined || d > best)) best = d;
  return best;
}
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
function basename(path: string): string {
  return path.replace(/^.*\//, "").replace(/\.md$/i, "");
}

/** When a follow-up was done: its date, or the follow-up date for `true` (SPEC §3.4). */
export function doneOn(i: ResolvedInteraction): LocalDate | undefined {
  return i.followUpDone === false ? undefined : i.followUpDone === true ? i.followUp : i.followUpDone;
}

/** The latest interaction on or before `asOf` the contact attended. */
export function lastInteraction(view: NetworkView, path: string, asOf: LocalDate): LocalDate | undefined {
  let last: LocalDate | undefined;
  for (const i of view.interactions()) if (i.date !== undefined && i.date <= asOf && i.attendees.includes(path)) last = latest(last, i.date);
  return last;
}

/** SPEC §3.1: the latest of the interactions, the manual last contact and the first-met date, each on or before `asOf`. */
export function lastContact(view: NetworkView, contact: Contact, asOf: LocalDate): LocalDate | undefined {
  const upTo = (d: LocalDate | undefined): LocalDate | undefined => (d !== undefined && d <= asOf ? d : undefined);
  return latest(lastInteraction(view, contact.path, asOf), upTo(contact.lastContactManual), upTo(contact.met));
}

/** SPEC §3.2 as of `asOf`: who to reconnect with, in its order; a review looking back ignores snoozing. */
export function reconnect(view: NetworkView, asOf: LocalDate, honourSnooze = true): ReconnectRow[] {
  const rows: ReconnectRow[] = [];
  for (const c of view.contacts()) {
    if (c.status !== "active") continue;
    const hasHistory = lastInteraction(view, c.path, asOf) !== undefined || (c.lastContactManual !== undefined && c.lastContactManual <= asOf);
    const cadence: Cadence | undefined = c.cadence !== undefined ? c.cadence : hasHistory ? view.defaultCadence : null;
    if (cadence === null || cadence === undefined) continue;
    if (honourSnooze && c.snoozeUntil !== undefined && c.snoozeUntil > asOf) continue;
    const last = lastContact(view, c, asOf);
    if (last === undefined) {
      rows.push({ contact: c.path, name: c.name, lastContact: null, due: null, daysOverdue: null, cadence });
      continue;
    }
    const due = plus(last, cadence);
    if (due <= asOf) rows.push({ contact: c.path, name: c.name, lastContact: last, due, daysOverdue: daysBetween(due, asOf), cadence });
  }
  return rows.sort(
    (a, b) =>
      (a.daysOverdue === null ? 0 : 1) - (b.daysOverdue === null ? 0 : 1) ||
      (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) ||
      byText(nameKey(a.name), nameKey(b.name)) ||
      byText(a.contact, b.contact),
  );
}

/** SPEC §3.3: open follow-ups overdue, due today or within the next `upcomingDays`. */
export function followUps(view: NetworkView, today: LocalDate, upcomingDays: number): FollowUpRow[] {
  const horizon = addDays(today, upcomingDays);
  const order = { overdue: 0, due: 1, upcoming: 2 } as const;
  const rows: FollowUpRow[] = [];
  for (const i of view.interactions()) {
    if (i.followUp === undefined || i.followUpDone !== false || i.followUp > horizon) continue;
    const status = i.followUp < today ? "overdue" : i.followUp === today ? "due" : "upcoming";
    rows.push({ note: i.path, due: i.followUp, status, days: Math.abs(daysBetween(today, i.followUp)), contacts: [...i.attendees] });
  }
  return rows.sort((a, b) => order[a.status] - order[b.status] || byText(a.due, b.due) || byText(a.note, b.note));
}

/**
 * SPEC §2.3 read plainly: the contact a reference names, by path (a trailing part of it) when it has a folder, else
 * by file name, then display name, then alias, ignoring case; two in the first tier that matches is no answer.
 */
export function resolveReference(view: NetworkView, ref: string, fromNote: string): string | undefined {
  const key = linkTarget(fromNoteFolder(ref, fromNote)).trim().replace(/\.md$/i, "").normalize("NFC").toLowerCase();
  if (key === "") return undefined;
  const contacts = [...view.contacts()];
  const lower = (text: string): string => text.normalize("NFC").toLowerCase();
  const tiers: ((c: Contact) => boolean)[] = [
    ...(key.includes("/") ? [(c: Contact) => { const p = lower(c.path.replace(/\.md$/i, "")); return p === key || p.endsWith(`/${key}`); }] : [(c: Contact) => lower(c.basename) === key]),
    (c) => lower(c.name) === key,
    (c) => c.aliases.some((a) => lower(a) === key),
  ];
  for (const tier of tiers) {
    const found = contacts.filter(tier);
    if (found.length > 0) return found.length === 1 ? found[0]?.path : undefined;
  }
  return undefined;
}

/** SPEC §3.6: `target` contacts by name, each with its purpose and who could introduce you, walking every note. */
export function peopleToMeet(view: NetworkView, today: LocalDate): PersonToMeetRow[] {
  const links = (path: string): readonly string[] => view.linksOf?.(path) ?? [];
  const contacts = [...view.contacts()];
  const active = (path: string): Contact | undefined => contacts.find((c) => c.path === path && c.status === "active");
  return contacts
    .filter((c) => c.status === "target")
    .sort((a, b) => byText(nameKey(a.name), nameKey(b.name)) || byText(a.path, b.path))
    .map((target) => {
      const listed = new Set<string>([target.path]);
      const introducers: Introducer[] = [];
      const add = (reason: Introducer["reason"], candidates: [string, string | null][]): void => {
        const rows = candidates
          .filter(([p]) => !listed.has(p) && active(p) !== undefined)
          .map(([p, via]) => {
            const c = active(p) as Contact;
            return { contact: p, name: c.name, reason, via, lastContact: lastContact(view, c, today) ?? null };
          });
        rows.sort((a, b) => byText(b.lastContact ?? "", a.lastContact ?? "") || byText(nameKey(a.name), nameKey(b.name)) || byText(a.contact, b.contact));
        for (const row of rows) {
          if (listed.has(row.contact)) continue;
          listed.add(row.contact);
          introducers.push(row);
        }
      };
      const named = target.introducedBy === undefined ? undefined : resolveReference(view, target.introducedBy, target.path);
      add("named", named === undefined ? [] : [[named, null]]);
      // Mentioned: attendees of interactions whose note links to the target; the latest such interaction is the via.
      const meetings = [...view.interactions()]
        .filter((i) => (i.date === undefined || i.date <= today) && links(i.path).some((l) => resolveReference(view, l, i.path) === target.path))
        .sort((a, b) => byText(b.date ?? "", a.date ?? "") || byText(a.path, b.path));
      const mentioned = new Map<string, string>();
      for (const i of meetings) for (const p of i.attendees) if (!mentioned.has(p)) mentioned.set(p, i.path);
      add("mentioned", [...mentioned]);
      const linked: [string, string | null][] = contacts
        .filter((c) => links(c.path).some((l) => resolveReference(view, l, c.path) === target.path))
        .map((c) => [c.path, c.path]);
      for (const l of links(target.path)) {
        const p = resolveReference(view, l, target.path);
        if (p !== undefined && !linked.some(([q]) => q === p)) linked.push([p, target.path]);
      }
      add("linked", linked);
      const company = companyKeyOf(target);
      add("same-company", company === undefined ? [] : contacts.filter((c) => companyKeyOf(c) === company).map((c) => [c.path, null]));
      return { contact: target.path, name: target.name, purpose: target.purpose ?? null, introducers };
    });
}

/** The day a contact counts as added (SPEC §3.4 contacts-added): first met, else its first interaction up to today. */
export function addedOn(view: NetworkView, c: Contact, today: LocalDate): LocalDate | undefined {
  if (c.status === "target") return undefined;
  if (c.met !== undefined) return c.met;
  const dates = [...view.interactions()].filter((i) => i.date !== undefined && i.date <= today && i.attendees.includes(c.path)).map((i) => i.date as string);
  return dates.sort()[0];
}

/** SPEC §3.4: how many of `metric` under `filters` in `window`, counting only what is dated on or before `today`. */
export function count(view: NetworkView, metric: Metric, filters: CompiledFilters | GoalFilters, window: DateWindow, today: LocalDate): number {
  const f = "key" in filters ? filters : compileFilters(filters);
  const end = earlier(window.end, today);
  const inWindow = (d: LocalDate | undefined): boolean => d !== undefined && d >= window.start && d <= end;
  const personPasses = (path: string): boolean => f.contact === null || f.contact(view.contact(path));
  const kindPasses = (i: ResolvedInteraction): boolean => f.kinds === null || f.kinds.has(i.kind);
  // An interaction passes the contact filters when at least one attendee does.
  const passes = (i: ResolvedInteraction): boolean => kindPasses(i) && (f.contact === null || i.attendees.some(personPasses));
  const interactions = [...view.interactions()];
  const dated = (test: (i: ResolvedInteraction) => boolean): number => interactions.filter((i) => inWindow(i.date) && passes(i) && test(i)).length;
  switch (metric) {
    case "interactions":
      return dated(() => true);
    case "events":
      return dated((i) => i.kind === "event");
    case "intros-made":
      return dated((i) => i.kind === "intro");
    case "given":
      return dated((i) => i.gave.length > 0);
    case "follow-ups-done":
      return interactions.filter((i) => inWindow(doneOn(i)) && passes(i)).length;
    case "people-met": {
      const people = new Set<string>();
      for (const i of interactions) if (inWindow(i.date) && kindPasses(i)) for (const p of i.attendees) if (personPasses(p)) people.add(p);
      return people.size;
    }
    case "contacts-added":
      return [...view.contacts()].filter((c) => personPasses(c.path) && inWindow(addedOn(view, c, today))).length;
  }
}

/** Goal counts by `count`, for goalProgress: nothing remembered. */
export class OracleCounter implements GoalCounter {
  constructor(
    private readonly view: NetworkView,
    readonly today: LocalDate,
  ) {}

  countWindows(metric: Metric, filters: CompiledFilters, windows: readonly DateWindow[]): number[] {
    return windows.map((w) => (w.start > w.end ? 0 : count(this.view, metric, filters, w, this.today)));
  }

  best(_metric: Metric, _key: string, compute: () => number): number {
    return compute();
  }
}

/**
 * SPEC §3.8: every contact's next birthday, found by walking the days from today (29 February on 28 February of a
 * year without one), soonest first, then by name and path.
 */
export function birthdaysAhead(view: NetworkView, today: LocalDate): BirthdayRow[] {
  const rows: BirthdayRow[] = [];
  for (const c of view.contacts()) {
    const b = c.birthday;
    if (b === undefined || c.status === "archived") continue;
    for (let n = 0; n <= 366; n++) {
      const d = toDate(today);
      d.setDate(d.getDate() + n);
      const leap = new Date(d.getFullYear(), 1, 29).getMonth() === 1;
      const isIt = (d.getMonth() + 1 === b.month && d.getDate() === b.day) || (b.month === 2 && b.day === 29 && !leap && d.getMonth() === 1 && d.getDate() === 28);
      if (!isIt) continue;
      const turns = b.year === undefined ? null : d.getFullYear() - b.year;
      rows.push({ contact: c.path, name: c.name, date: fromDate(d), inDays: n, turns: turns !== null && turns > 0 ? turns : null });
      break;
    }
  }
  const key = (r: BirthdayRow): string => nameKey(r.name);
  return rows.sort((a, b) => a.inDays - b.inDays || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) || (a.contact < b.contact ? -1 : a.contact > b.contact ? 1 : 0));
}

/** The whole report of SPEC §3.1–3.4, §3.8 and §5. */
export function report(
  view: NetworkView,
  today: LocalDate,
  settings: Pick<Settings, "upcomingDays" | "weekStart"> & Partial<Pick<Settings, "birthdayWindowDays">>,
): Report {
  const goals = view.goals();
  const ahead = birthdaysAhead(view, today);
  const counter = new OracleCounter(view, today);
  return {
    today,
    revision: view.revision,
    counts: { contacts: [...view.contacts()].length, interactions: [...view.interactions()].length, goals: goals.length },
    followUps: followUps(view, today, settings.upcomingDays),
    reconnect: reconnect(view, today),
    birthdays: ahead.filter((row) => row.inDays <= (settings.birthdayWindowDays ?? 14)),
    birthdaysAhead: ahead,
    peopleToMeet: peopleToMeet(view, today),
    goals: goals.map((goal) => goalProgress(goal, counter, settings.weekStart)),
    problems: [...view.problems()],
  };
}

/** SPEC §3.5's warning sentences, read plainly. */
function warningsOf(byLevel: Record<Level | "unknown", number>, byCompany: { company: string | null; count: number }[], kind: Period): string[] {
  const met = byLevel.senior + byLevel.peer + byLevel.junior + byLevel.unknown;
  if (met < 5) return [];
  const out: string[] = [];
  const leveled = met - byLevel.unknown;
  const words = { senior: "senior", peer: "peers", junior: "junior" } as const;
  for (const level of ["senior", "peer", "junior"] as const) {
    if (byLevel[level] / leveled > 0.6) {
      out.push(`${byLevel[level]} of your ${leveled} people${leveled < met ? " with a level" : ""} this ${kind} were ${words[level]}: the strongest networks run up and down the hierarchy`);
    }
  }
  const named = byCompany.filter((c) => c.company !== null);
  const withCompany = named.reduce((n, c) => n + c.count, 0);
  for (const c of named) {
    if (c.count / withCompany > 0.5) {
      out.push(`${c.count} of your ${withCompany} people${withCompany < met ? " with a company" : ""} this ${kind} were at ${c.company}: people outside one company hear of what it does not`);
    }
  }
  return out;
}

/**
 * SPEC §3.5: the review of `window` (a `kind` of period), with the `top` people seen most. Who introduced a new
 * contact is resolved by `view.resolveContact` (SPEC §2.3, as attendees are resolved for the oracle).
 */
export function review(
  view: NetworkView & { resolveContact(reference: string): Resolution },
  window: DateWindow,
  label: string,
  kind: Period,
  today: LocalDate,
  weekStart: Weekday,
  top = 5,
): Review {
  const asOf = earlier(window.end, today);
  const previous = periodContaining(addDays(window.start, -1), kind, weekStart);
  const inWindow = (d: LocalDate | undefined): boolean => d !== undefined && d >= window.start && d <= asOf;
  const interactions = [...view.interactions()].filter((i) => inWindow(i.date));
  const seen = new Map<string, number>();
  const kinds = new Map<string, number>();
  const giving = { gave: 0, asked: 0, notes: [] as string[] };
  for (const i of interactions) {
    kinds.set(i.kind, (kinds.get(i.kind) ?? 0) + 1);
    giving.gave += i.gave.length;
    giving.asked += i.asked.length;
    if (i.gave.length > 0 || i.asked.length > 0) giving.notes.push(i.path);
    for (const p of i.attendees) seen.set(p, (seen.get(p) ?? 0) + 1);
  }
  const nameOf = (path: string): string => view.contact(path)?.name ?? basename(path);

  const byLevel: Record<Level | "unknown", number> = { senior: 0, peer: 0, junior: 0, unknown: 0 };
  // By company key: each spelling with the people met who wrote it.
  const companies = new Map<string, Map<string | null, string[]>>();
  for (const path of seen.keys()) {
    const c = view.contact(path);
    byLevel[c?.level ?? "unknown"] += 1;
    const key = c?.company === undefined ? "" : companyKey(c.company);
    const spelling = key === "" ? null : (c?.company ?? null);
    const spellings = companies.get(key) ?? new Map<string | null, string[]>();
    companies.set(key, spellings);
    spellings.set(spelling, [...(spellings.get(spelling) ?? []), path]);
  }
  const byCompany = [...companies.values()].map((spellings) => {
    // The most frequent spelling; a tie goes to the spelling whose first person comes first by path.
    const ranked = [...spellings].map(([spelling, people]) => ({ spelling, people: people.length, first: [...people].sort(byText)[0] ?? "" }));
    ranked.sort((a, b) => b.people - a.people || byText(a.first, b.first));
    return { company: ranked[0]?.spelling ?? null, count: ranked.reduce((n, r) => n + r.people, 0) };
  });
  byCompany.sort((a, b) => b.count - a.count || (a.company === null ? 1 : 0) - (b.company === null ? 1 : 0) || byText(nameKey(a.company ?? ""), nameKey(b.company ?? "")));

  giving.notes.sort(byText);
  const introducer = (ref: string | undefined): ReviewIntroducer | null => {
    if (ref === undefined) return null;
    const found = view.resolveContact(ref);
    return found.kind === "found" ? { contact: found.path, name: nameOf(found.path) } : { contact: null, name: ref };
  };
  const newContacts = [...view.contacts()]
    .map((c) => ({ contact: c.path, name: c.name, date: addedOn(view, c, today), metAt: c.metAt ?? null, introducedBy: introducer(c.introducedBy) }))
    .filter((c): c is ReviewNewContact => inWindow(c.date))
    .sort((a, b) => byText(a.date, b.date) || byText(nameKey(a.name), nameKey(b.name)) || byText(a.contact, b.contact));

  const seenMost = [...seen]
    .map(([contact, n]) => ({ contact, name: nameOf(contact), count: n }))
    .sort((a, b) => b.count - a.count || byText(nameKey(a.name), nameKey(b.name)) || byText(a.contact, b.contact))
    .slice(0, top);

  // Missed: due in the window and before today, and not done, or done after its date (late is missed).
  const yesterday = addDays(today, -1);
  const lastDue = earlier(window.end, yesterday);
  let done = 0;
  const missedNotes: string[] = [];
  for (const i of view.interactions()) {
    const on = doneOn(i);
    if (inWindow(on)) done++;
    if (i.followUp !== undefined && i.followUp >= window.start && i.followUp <= lastDue && (on === undefined || on > i.followUp)) missedNotes.push(i.path);
  }
  missedNotes.sort(byText);

  const hit: ReviewGoalPeriod[] = [];
  const missedGoals: ReviewGoalPeriod[] = [];
  for (const goal of view.goals()) {
    const counted = countedGoal(goal, goalTiming(goal, today, weekStart));
    if (counted === null) continue;
    for (const period of periodsEndingIn(counted.timing, window, weekStart)) {
      const n = count(view, counted.metric, goal.filters, period, today);
      const entry = { note: goal.note, index: goal.index, title: goalTitle(goal), start: period.start, end: period.end, count: n, target: counted.target, hit: n >= counted.target };
      if (entry.hit) hit.push(entry);
      else if (period.end < today) missedGoals.push(entry);
    }
  }

  // Each week (on the week-start setting) from the one the window starts in, while it has begun by the window's end or today.
  const perWeek: { start: LocalDate; count: number }[] = [];
  if (window.start <= asOf) {
    for (let start = periodContaining(window.start, "week", weekStart).start; start <= asOf; start = addDays(start, 7)) {
      const end = addDays(start, 6);
      perWeek.push({ start, count: interactions.filter((i) => (i.date as string) >= start && (i.date as string) <= end).length });
    }
  }

  return {
    window: { start: window.start, end: window.end },
    previous,
    label,
    today,
    partial: window.end >= today,
    metrics: Object.fromEntries(
      METRICS.map((m) => [m.name, { count: count(view, m.name, NO_FILTERS, window, today), previous: count(view, m.name, NO_FILTERS, previous, today) }]),
    ) as Review["metrics"],
    newContacts,
    seenMost,
    byKind: [...kinds].map(([kind, n]) => ({ kind, count: n })).sort((a, b) => b.count - a.count || byText(a.kind, b.kind)),
    perWeek,
    giving,
    followUps: { done, missed: missedNotes.length, missedNotes },
    goals: { hit, missed: missedGoals },
    byLevel,
    byCompany,
    warnings: warningsOf(byLevel, byCompany, kind),
    drifted: reconnect(view, asOf, false).filter((row) => row.due !== null),
  };
}
