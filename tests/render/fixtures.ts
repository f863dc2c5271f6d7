// Hand-built data for the render tests, and RowActions that record what rows asked for.
import type { PersonToMeetRow } from "../../src/insights/people-to-meet";
import type { FollowUpRow } from "../../src/insights/follow-ups";
import type { GoalProgress } from "../../src/insights/goal-progress";
import type { ReconnectRow } from "../../src/insights/reconnect";
import type { RowActions } from "../../src/render/actions";
import type { SidebarData } from "../../src/render/sidebar";

export const TODAY = "2026-05-20";

export type Call = [name: keyof RowActions, path: string];

export function recordingActions(): { actions: RowActions; calls: Call[] } {
  const calls: Call[] = [];
  const actions: RowActions = {
    openNote: (path, _event, line) => calls.push(line === undefined ? ["openNote", path] : ["openNote", `${path}:${line}`]),
    hoverNote: (path) => calls.push(["hoverNote", path]),
    markFollowUpDone: (note) => calls.push(["markFollowUpDone", note]),
    snoozeFollowUp: (note) => calls.push(["snoozeFollowUp", note]),
    logContact: (contact) => calls.push(["logContact", contact]),
    snoozeContact: (contact) => calls.push(["snoozeContact", contact]),
  };
  return { actions, calls };
}

export const names = (path: string): string =>
  ({ "People/Jane Doe.md": "Jane Doe", "People/Bob Li.md": "Bob Li" })[path] ?? path.replace(/^.*\//, "").replace(/\.md$/, "");

export function followUp(partial: Partial<FollowUpRow> & Pick<FollowUpRow, "note">): FollowUpRow {
  return { due: "2026-05-09", status: "overdue", days: 11, contacts: ["People/Jane Doe.md"], ...partial };
}

export function reconnect(partial: Partial<ReconnectRow> & Pick<ReconnectRow, "contact" | "name">): ReconnectRow {
  return {
    lastContact: "2026-01-20",
    due: "2026-04-20",
    daysOverdue: 30,
    cadence: { amount: 3, unit: "month" },
    ...partial,
  };
}

const SMART_OK: GoalProgress["smart"] = {
  specific: { ok: true, reason: null },
  measurable: { ok: true, reason: null },
  achievable: { ok: true, reason: null },
  relevant: { ok: true, reason: null },
  timeBound: { ok: true, reason: null },
};

export function goal(partial: Partial<GoalProgress> = {}): GoalProgress {
  return {
    note: "Journal/2026-01-05.md",
    index: 0,
    line: 3,
    title: "Meet people in marketing",
    titleGenerated: false,
    metric: "people-met",
    target: 5,
    period: "quarter",
    due: null,
    start: "2026-01-05",
    end: null,
    filters: { kind: [], tag: ["marketing"], level: [], company: [] },
    why: "Move into brand leadership by 2029",
    window: { start: "2026-04-01", end: "2026-06-30" },
    state: "running",
    count: 3,
    expected: 2,
    status: "on-track",
    pace: { remaining: 2, by: "2026-06-30", daysLeft: 42, everyDays: 21 },
    paceText: "2 more by 30 June, about one every 3 weeks",
    streak: 1,
    history: [{ start: "2026-01-05", end: "2026-03-31", count: 6, hit: true }],
    smart: SMART_OK,
    achievability: null,
    ...partial,
  };
}

export const people: PersonToMeetRow[] = [
  {
    contact: "People/Ada Lovelace.md",
    name: "Ada Lovelace",
    purpose: "Ask how she got into analytical engines",
    introducers: [{ contact: "People/Bob Li.md", name: "Bob Li", reason: "mentioned", via: "Meetings/2026-05-18 Call with Bob.md", lastContact: "2026-05-18" }],
  },
];

export function sidebarData(partial: Partial<SidebarData> = {}): SidebarData {
  return {
    today: TODAY,
    followUps: [
      followUp({ note: "Meetings/2026-05-02 Coffee with Jane.md" }),
      followUp({ note: "Meetings/2026-05-18 Call with Bob.md", due: TODAY, status: "due", days: 0, contacts: ["People/Bob Li.md"] }),
      followUp({
        note: "Meetings/2026-05-19 Lunch.md",
        due: "2026-05-23",
        status: "upcoming",
        days: 3,
        contacts: ["People/Jane Doe.md", "People/Bob Li.md"],
      }),
    ],
    reconnect: [
      reconnect({ contact: "People/Carol.md", name: "Carol", lastContact: null, due: null, daysOverdue: null }),
      reconnect({ contact: "People/Jane Doe.md", name: "Jane Doe" }),
    ],
    birthdays: [],
    goals: [goal()],
    peopleToMeet: people,
    problems: [{ note: "People/Odd.md", field: "cadence", message: "cadence 'sometimes' is not a duration such as 30d, 2w or monthly" }],
    ...partial,
  };
}

const INLINE = ["SPAN", "A", "BUTTON"];

function inlineText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? "";
  const el = node as Element;
  if (el.tagName === "BUTTON") return ` [${Array.from(el.childNodes).map(inlineText).join("").trim()}] `;
  if (el.classList.contains("ng-count")) return ` (${el.textContent ?? ""})`;
  if (el.classList.contains("ng-badge")) return ` <${el.textContent ?? ""}>`;
  return Array.from(el.childNodes).map(inlineText).join("");
}

/**
 * Text of an element as an indented outline, one block per line, for readable snapshots. Runs of
 * text and inline elements are lines, in document order; blocks that follow a line of the element's
 * own are indented one step under it, except inside a list item, which reads as one "- " item.
 */
export function outline(el: Element, depth = 0): string {
  const pad = "  ".repeat(depth);
  if (el.tagName === "TR") {
    return `${pad}| ${Array.from(el.children).map((c) => c.textContent ?? "").join(" | ")} |`;
  }
  // A chart reads as the image it says it is; its numbers follow in its (visually hidden) table.
  if (el.tagName.toLowerCase() === "svg") return `${pad}[chart: ${el.getAttribute("aria-label") ?? ""}]`;
  if (el.tagName === "PROGRESS") {
    const bar = el as HTMLProgressElement;
    return `${pad}[progress ${bar.value}/${bar.max}]`;
  }
  const isInline = (n: Node): boolean => n.nodeType === 3 || (n.nodeType === 1 && INLINE.includes((n as Element).tagName));
  const squash = (text: string): string => text.replace(/\s+/g, " ").trim();
  const inItem = el.closest("li") !== null;
  const lines: string[] = [];
  let run = "";
  let ownLine = false;
  const flush = (): void => {
    if (squash(run) !== "") {
      lines.push(`${pad}${squash(run)}`);
      ownLine = true;
    }
    run = "";
  };
  for (const node of Array.from(el.childNodes)) {
    if (isInline(node)) {
      run += inlineText(node);
      continue;
    }
    if (node.nodeType !== 1 || (node as HTMLElement).hidden) continue;
    flush();
    const child = node as Element;
    const nested = (ownLine && !inItem) || child.tagName === "UL" || child.classList.contains("ng-section-body");
    const text = outline(child, nested ? depth + 1 : depth);
    if (text !== "") lines.push(text);
  }
  flush();
  if (el.tagName === "LI" && lines.length > 0) {
    lines.splice(0, lines.length, ...lines.join("\n").split("\n"));
    lines[0] = `${pad}- ${lines[0]!.trimStart()}`;
    for (let i = 1; i < lines.length; i++) lines[i] = `  ${lines[i]!}`;
  }
  return lines.join("\n");
}
