// The BUILT main.js in Debian's Chromium over the demo vault, through the browser build of the fake host:
// what a user sees (screenshots, light and dark, desktop and phone), what a click writes, and that a
// note's name is only ever text. Any console error or page error fails the test that caused it.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP, PHONE, startSession, type Problems, type Session } from "./harness";

const ROOT = join(__dirname, "../..");
const ARTIFACTS = join(ROOT, "artifacts/screenshots");
const DOCS = join(ROOT, "docs/screenshots");
/** Set to copy the README's screenshots into docs/screenshots (committed); CI only keeps artifacts. */
const UPDATE_DOCS = process.env.NG_UPDATE_DOCS_SCREENSHOTS === "1";

const SIDEBAR = ".workspace-split.mod-right-split";
const NOTE = ".workspace-split.mod-root";

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

/** The page's frame before a screenshot: the window with its bars, or one pane cropped (tests/browser/frame.ts). */
async function showPane(page: Page, pane: "note" | "sidebar", frame: boolean): Promise<void> {
  await page.evaluate(([p, f]) => (window as unknown as { ngTest: { show(pane: string, frame: boolean): void } }).ngTest.show(p, f), [pane, frame] as const);
}

function expectClean(problems: Problems): void {
  expect(problems).toEqual({ console: [], page: [], requests: [] });
}

/** Nothing wider than the phone: no sideways scrolling anywhere on the page. */
async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow, `the page is ${overflow}px wide on a ${width}px phone`).toBeLessThanOrEqual(width);
}

/** The whole element into artifacts/ (for review); for the README, only its top `docsHeight` pixels. */
async function shoot(page: Page, selector: string, name: string, docs?: { name: string; height: number }): Promise<void> {
  // One pane, without the bars that float over the window (on a phone, the pane is the one shown).
  await showPane(page, selector.startsWith(SIDEBAR) ? "sidebar" : "note", false);
  const element = page.locator(selector);
  await element.screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: "disabled" });
  if (!UPDATE_DOCS || !docs) return;
  // Page coordinates (a full-page clip), not the viewport's: the page may have scrolled to the element.
  const box = await element.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
  });
  const clip = { ...box, height: Math.min(box.height, docs.height) };
  await page.screenshot({ path: join(DOCS, `${docs.name}.png`), clip, fullPage: true, animations: "disabled" });
}

describe("the built main.js in Chromium", () => {
  it("evaluates without Node, loads over the demo vault, and draws the sidebar and the goal blocks", async () => {
    const { page, context, problems } = await session.open("");
    const hooks = await page.evaluate(() => {
      const { requires, globals, notePath } = (window as unknown as { ngTest: { requires: string[]; globals: Record<string, string>; notePath: string } }).ngTest;
      return { requires, globals, notePath };
    });
    // A phone's WebView has none of these; main.js ran here with them absent and asked only for obsidian.
    expect(hooks.globals).toEqual({ Buffer: "undefined", process: "undefined", require: "undefined", global: "undefined" });
    expect([...new Set(hooks.requires)]).toEqual(["obsidian"]);
    expect(hooks.notePath).toBe("Journal/2026-01-05.md");

    const sidebar = (await page.locator(SIDEBAR).textContent()) ?? "";
    for (const title of ["Follow-ups", "Reconnect", "Goals", "People to meet", "Problems"]) expect(sidebar).toContain(title);
    expect(sidebar).toContain("Samantha Patel");
    expect(sidebar).toContain("73 days overdue");

    // Three goals and one that says in place what is wrong (`target: five`, under its failing M).
    await expect.poll(() => page.locator(`${NOTE} .block-language-network-goal`).count()).toBe(4);
    expect(await page.locator(`${NOTE} .ng-goal`).count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator(`${NOTE} .ng-progress`).count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator(`${NOTE} .ng-smart-reasons`).first().textContent()).toContain("target 'five' is not a whole number");
    expect((await page.locator(NOTE).textContent()) ?? "").toContain("Meet five people in my field each quarter");
    expectClean(problems);
    await context.close();
  });

  it("takes the screenshots: sidebar and goal blocks, light and dark, desktop and phone", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    if (UPDATE_DOCS) mkdirSync(DOCS, { recursive: true });
    for (const theme of ["light", "dark"] as const) {
      for (const [size, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
        const { page, context, problems } = await session.open(`?theme=${theme}${size === "phone" ? "&phone=1" : ""}`, viewport);
        await page.evaluate(() => document.fonts.ready);
        const desktop = size === "desktop";
        // The window as Obsidian shows it: the note with its goal blocks, the Network sidebar on the right.
        await page.screenshot({ path: join(ARTIFACTS, `window-${theme}-${size}.png`), animations: "disabled" });
        if (UPDATE_DOCS && desktop) copyFileSync(join(ARTIFACTS, `window-${theme}-${size}.png`), join(DOCS, `window-${theme}.png`));
        if (!desktop) {
          // The phone's other pane: the right sidebar, as the drawer the user swipes in.
          await showPane(page, "sidebar", true);
          await page.screenshot({ path: join(ARTIFACTS, `window-${theme}-${size}-sidebar.png`), animations: "disabled" });
        }
        await shoot(page, SIDEBAR, `sidebar-${theme}-${size}`, desktop ? { name: `sidebar-${theme}`, height: 1100 } : theme === "light" ? { name: "sidebar-phone", height: 844 } : undefined);
        await shoot(page, NOTE, `goal-blocks-${theme}-${size}`, desktop ? { name: `goal-blocks-${theme}`, height: 1400 } : undefined);
        if (!desktop) await expectNoSidewaysScroll(page, viewport.width);
        expectClean(problems);
        await context.close();
      }
    }
    // Goals still running (pace, behind, not started) and a review block: the README's first picture.
    {
      const { page, context, problems } = await session.open("?note=Journal%2F2026-10-01.md");
      await page.screenshot({ path: join(ARTIFACTS, "window-progress-light-desktop.png"), animations: "disabled" });
      if (UPDATE_DOCS) copyFileSync(join(ARTIFACTS, "window-progress-light-desktop.png"), join(DOCS, "window-progress-light.png"));
      await shoot(page, NOTE, "goals-in-progress-light-desktop", { name: "goals-in-progress-light", height: 2400 });
      expectClean(problems);
      await context.close();
    }
    // The weekly note: follow-ups and reconnect lists drawn inside a note.
    const { page, context, problems } = await session.open("?note=Journal%2F2026-11-16.md");
    await shoot(page, NOTE, "lists-light-desktop", { name: "lists-light", height: 1400 });
    expectClean(problems);
    await context.close();
  });

  it("takes the screenshots of the review with its charts, a person's page and people to meet, light and dark, desktop and phone", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    if (UPDATE_DOCS) mkdirSync(DOCS, { recursive: true });
    const REVIEW = `${NOTE} .block-language-network-review`;
    for (const theme of ["light", "dark"] as const) {
      for (const [size, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
        const query = `&theme=${theme}${size === "phone" ? "&phone=1" : ""}`;
        const readme = theme === "light" && size === "desktop";
        // The Q3 review: interactions per week and the level mix, each an SVG image whose name says its numbers.
        const review = await session.open(`?note=Journal%2F2026-10-01.md${query}`, viewport);
        const charts = review.page.locator(`${REVIEW} svg.ng-chart[role="img"]`);
        expect(await charts.count()).toBe(2);
        expect(await charts.nth(0).getAttribute("aria-label")).toMatch(/^Interactions per week\. Week of 29 Jun: \d+; Week of 6 Jul: \d+;/);
        expect(await charts.nth(1).getAttribute("aria-label")).toMatch(/^People met by level\. Senior: \d+; Peer: \d+; Junior: \d+; Level not set: \d+$/);
        // Drawn, not collapsed: as wide as the block, a few lines high.
        const box = await charts.nth(0).boundingBox();
        expect(box && box.width > 200 && box.height > 40).toBe(true);
        await shoot(review.page, REVIEW, `review-${theme}-${size}`, readme ? { name: "review-light", height: 2000 } : undefined);
        if (size === "phone") await expectNoSidewaysScroll(review.page, viewport.width);
        expectClean(review.problems);
        await review.context.close();

        // A contact's note is the active file: its page is at the top of the sidebar, above follow-ups.
        const person = await session.open(`?note=People%2FJane%20Doe.md${query}`, viewport);
        const first = person.page.locator(`${SIDEBAR} .ng-sidebar > *`).first();
        expect(await first.getAttribute("class")).toBe("ng-person-page");
        expect(await first.getAttribute("data-contact")).toBe("People/Jane Doe.md");
        expect(await first.textContent()).toContain("Jane Doe");
        // The window: Jane's note, and her page atop the Network sidebar (on a phone, the sidebar's drawer).
        if (size === "phone") await showPane(person.page, "sidebar", true);
        await person.page.screenshot({ path: join(ARTIFACTS, `window-person-${theme}-${size}.png`), animations: "disabled" });
        if (UPDATE_DOCS && readme) copyFileSync(join(ARTIFACTS, `window-person-${theme}-${size}.png`), join(DOCS, "window-person-light.png"));
        await shoot(person.page, `${SIDEBAR} .ng-person-page`, `person-${theme}-${size}`);
        // People to meet, each with who could introduce them and why.
        const toMeet = person.page.locator(`${SIDEBAR} [data-section="peopleToMeet"]`);
        expect(await toMeet.textContent()).toMatch(/Aisha Bello.*Could introduce you: Priya Raman/);
        await shoot(person.page, `${SIDEBAR} [data-section="peopleToMeet"]`, `people-to-meet-${theme}-${size}`);
        if (size === "phone") await expectNoSidewaysScroll(person.page, viewport.width);
        expectClean(person.problems);
        await person.context.close();
      }
    }
  });

  it("takes the screenshots of Import LinkedIn connections: the preview of the demo vault's Connections.csv, then the summary", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const csv = join(ROOT, "demo-vault/Imports/Connections.csv");
    for (const theme of ["light", "dark"] as const) {
      for (const [size, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
        const { page, context, problems } = await session.open(`?theme=${theme}${size === "phone" ? "&phone=1" : ""}`, viewport);
        const ran = await page.evaluate(() => (window as unknown as { ngTest: { runCommand(id: string): Promise<boolean> } }).ngTest.runCommand("import-linkedin"));
        expect(ran).toBe(true);
        const modal = page.locator(".modal-container .modal");
        await expect.poll(() => modal.locator(".modal-title").textContent()).toBe("Import LinkedIn connections");
        // The file picker is an <input type=file>, as on desktop and mobile: the user picks the export.
        await modal.locator("input.network-goals-import-file").setInputFiles(csv);
        const counts = modal.locator(".network-goals-import-counts");
        await counts.waitFor();
        expect(await counts.textContent()).toMatch(/^Connections\.csv: \d+ new, \d+ to update, \d+ skipped, \d+ problems?\. Nothing is written until you import\.$/);
        await modal.screenshot({ path: join(ARTIFACTS, `import-preview-${theme}-${size}.png`), animations: "disabled" });
        if (size === "phone") await expectNoSidewaysScroll(page, viewport.width);

        await modal.locator("button.network-goals-import-confirm").click();
        await modal.getByRole("button", { name: "Done" }).waitFor();
        expect(await counts.textContent()).toMatch(/^Imported: \d+ new contacts?, \d+ updated, \d+ skipped, \d+ problems?\.$/);
        await modal.screenshot({ path: join(ARTIFACTS, `import-summary-${theme}-${size}.png`), animations: "disabled" });
        expectClean(problems);
        await context.close();
      }
    }
  });

  it("takes the screenshots of the settings tab, light and dark, desktop and phone", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const theme of ["light", "dark"] as const) {
      for (const [size, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
        const { page, context, problems } = await session.open(`?theme=${theme}${size === "phone" ? "&phone=1" : ""}`, viewport);
        await page.evaluate(() => (window as unknown as { ngTest: { openSettings(): void } }).ngTest.openSettings());
        const tab = page.locator(".modal.mod-settings");
        const names = await tab.locator(".setting-item-name").allTextContents();
        expect(names).toEqual(expect.arrayContaining(["Contact folders", "Import folder", "Contact template", "Interaction template", "Review template"]));
        await tab.screenshot({ path: join(ARTIFACTS, `settings-${theme}-${size}.png`), animations: "disabled" });
        if (size === "phone") await expectNoSidewaysScroll(page, viewport.width);
        expectClean(problems);
        await context.close();
      }
    }
  });

  it("renders a note whose name and fields hold HTML as text", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const { page, context, problems } = await session.open("?xss=1");
    await page.waitForTimeout(300); // an onerror would fire by now
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator("img, svg[onload], script:not([src])").count()).toBe(0);
    expect(await page.locator("b, i").count()).toBe(0);

    const sidebar = (await page.locator(SIDEBAR).textContent()) ?? "";
    expect(sidebar).toContain("<img src=x onerror=window.__xss=1>");
    expect(sidebar).toContain("<svg onload=window.__xss=2>");
    const note = (await page.locator(NOTE).textContent()) ?? "";
    expect(note).toContain("<img src=x onerror=window.__xss=6>");
    expect(note).toContain("<script>window.__xss=7</script>");
    await page.screenshot({ path: join(ARTIFACTS, "html-in-names-light-desktop.png"), fullPage: true });
    // No request for `x`: the text was never an element.
    expectClean(problems);
    await context.close();
  });

  it("marks a follow-up done from the sidebar: the note's frontmatter is written and the row goes", async () => {
    const { page, context, problems } = await session.open("");
    const meeting = "Meetings/2026-09-03 Call with Samantha.md";
    const readNote = (path: string) => page.evaluate((p) => (window as unknown as { ngTest: { read(path: string): Promise<string> } }).ngTest.read(p), path);
    const before = await readNote(meeting);
    expect(before).toMatch(/^follow_up_done: false$/m);

    const followUps = page.locator(`${SIDEBAR} [data-section="followUps"]`);
    const row = followUps.locator(".ng-row", { hasText: "2026-09-03 Call with Samantha" }).first();
    if ((await row.count()) === 0) throw new Error(`No follow-up row for ${meeting}: ${(await followUps.textContent()) ?? ""}`);
    await row.getByRole("button", { name: /^Mark the follow-up of .* done$/ }).click();

    await expect.poll(() => readNote(meeting), { timeout: 5_000 }).not.toBe(before);
    const after = await readNote(meeting);
    expect(after).toMatch(/^follow_up_done: (true|'?2026-11-22'?)$/m);
    // Only the frontmatter changed: the body is byte for byte the same.
    expect(after.slice(after.indexOf("\n---", 3))).toBe(before.slice(before.indexOf("\n---", 3)));
    await expect.poll(() => followUps.locator(".ng-row", { hasText: "2026-09-03 Call with Samantha" }).count(), { timeout: 5_000 }).toBe(0);
    expectClean(problems);
    await context.close();
  });
});
