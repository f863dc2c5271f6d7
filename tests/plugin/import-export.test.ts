// @vitest-environment happy-dom
// The import and export commands through the fake host, as a user runs them: pick a file, read the preview,
// import, read the summary; export, and be asked before the export replaces the previous one.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { carryOutImport, planVaultImport } from "../../src/obsidian/import-export";
import { ConfirmReplaceModal } from "../../src/obsidian/modals/confirm-replace";
import { ImportModal } from "../../src/obsidian/modals/import-modal";
import { start, TODAY } from "./harness";
import { run } from "../../src/cli/main";

const fixtures = join(__dirname, "../fixtures/io");

/** Every file under a folder on disk, relative path → text. */
function diskFiles(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(root, path).split("\\").join("/")] = readFileSync(path, "utf8");
    }
  };
  walk(root);
  return out;
}

type Started = Awaited<ReturnType<typeof start>>;

async function vaultFiles(t: Started): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of t.obsidianApp.vault.getFiles().sort((a, b) => (a.path < b.path ? -1 : 1))) out[file.path] = await t.obsidianApp.vault.read(file);
  return out;
}

async function hashes(t: Started): Promise<Record<string, string>> {
  const files = await vaultFiles(t);
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path, createHash("sha256").update(text).digest("hex")]));
}

/** Runs an import command, picks `file` in its file input, and returns the modal showing the preview. */
async function pick(t: Started, command: string, file: string): Promise<ImportModal> {
  expect(await t.runCommand(command)).toBe(true);
  const modal = t.ui.openModals.at(-1) as unknown as ImportModal;
  expect(modal).toBeInstanceOf(ImportModal);
  const input = modal.inputEl as HTMLInputElement;
  expect(input.type).toBe("file");
  Object.defineProperty(input, "files", { value: [new File([readFileSync(join(fixtures, file))], file)], configurable: true });
  input.dispatchEvent(new Event("change"));
  await t.settle(20);
  return modal;
}

async function importFile(t: Started, command: string, file: string) {
  const modal = await pick(t, command, file);
  const button = modal.contentEl.querySelector<HTMLButtonElement>(".network-goals-import-confirm");
  expect(button?.disabled).toBe(false);
  button?.click();
  await t.settle(50);
  return modal;
}

const IMPORTS = [["import-linkedin", "Connections.csv"], ["import-vcard", "google.vcf"], ["import-vcard", "apple.vcf"]] as const;

describe("Import LinkedIn connections and Import vCard", () => {
  it("show what will happen before anything is written: new, updated, skipped and problems, each with its reason", async () => {
    const t = await start(diskFiles(join(fixtures, "vault")));
    const before = await hashes(t);
    const modal = await pick(t, "import-linkedin", "Connections.csv");
    expect(modal.titleEl.textContent).toBe("Import LinkedIn connections");
    const text = modal.contentEl.textContent ?? "";
    expect(text).toContain("Connections.csv: 3 new, 2 to update, 0 skipped, 1 problem. Nothing is written until you import.");
    const items = [...modal.contentEl.querySelectorAll("li")].map((li) => li.textContent);
    expect(items).toEqual([
      "People/Ana María López.md",
      "People/Chen Wei 2.md",
      "People/Priya Raman.md",
      "People/Jane Doe.md: role, email, met",
      "People/Robert Li.md: company, role, linkedin, met",
      "Line 10: this row has no first or last name (LinkedIn leaves them out for members who left); not imported",
    ]);
    expect(await hashes(t)).toEqual(before);
    modal.close();
    expect(await hashes(t)).toEqual(before);
  });

  it("write exactly the notes the CLI writes, byte for byte, and say so in a notice", async () => {
    const t = await start(diskFiles(join(fixtures, "vault")));
    await importFile(t, "import-linkedin", "Connections.csv");
    expect(t.notices.at(-1)?.message).toBe("Imported: 3 new contacts, 2 updated, 0 skipped, 1 problem.");
    await importFile(t, "import-vcard", "google.vcf");
    const last = await importFile(t, "import-vcard", "apple.vcf");
    expect(last.summary?.created).toEqual(["People/Initech.md"]);
    expect(await vaultFiles(t)).toEqual(diskFiles(join(fixtures, "expected-vault")));
  });

  it("start new notes from the contact template, byte for byte as the CLI does, and a second import changes nothing", async () => {
    const template = readFileSync(join(fixtures, "templates/Contact.md"), "utf8");
    const t = await start({ ...diskFiles(join(fixtures, "vault")), "Templates/Contact.md": template });
    t.plugin.settings.contactTemplate = "Templates/Contact";
    for (const [command, file] of IMPORTS) await importFile(t, command, file);
    const vault = mkdtempSync(join(tmpdir(), "ng-template-"));
    cpSync(join(fixtures, "vault"), vault, { recursive: true });
    mkdirSync(join(vault, "Templates"));
    writeFileSync(join(vault, "Templates/Contact.md"), template);
    mkdirSync(join(vault, ".obsidian/plugins/network-goals"), { recursive: true });
    writeFileSync(join(vault, ".obsidian/plugins/network-goals/data.json"), JSON.stringify({ contactTemplate: "Templates/Contact" }));
    for (const [command, file] of IMPORTS) {
      expect(run([command, join(fixtures, file), "--vault", vault, "--today", TODAY], () => undefined, () => undefined)).toBe(0);
    }
    const cli = Object.fromEntries(Object.entries(diskFiles(vault)).filter(([path]) => !path.startsWith(".obsidian/")));
    const made = await vaultFiles(t);
    expect(made).toEqual(cli);
    expect(made["People/Chen Wei 2.md"]).toContain('name: "Chen Wei"\r\ncompany:    # where they work\r\n');
    const before = await hashes(t);
    const modal = await pick(t, "import-linkedin", "Connections.csv");
    expect(modal.contentEl.textContent).toContain("0 new, 0 to update");
    modal.close();
    expect(await hashes(t)).toEqual(before);
  });

  it("say when the contact template is not there, and import without it", async () => {
    const t = await start(diskFiles(join(fixtures, "vault")));
    t.plugin.settings.contactTemplate = "Templates/Nope";
    await importFile(t, "import-linkedin", "Connections.csv");
    expect(t.notices.map((n) => n.message)).toEqual([
      "Import: template Templates/Nope was not found, so it was not used",
      "Imported: 3 new contacts, 2 updated, 0 skipped, 1 problem.",
    ]);
    expect((await vaultFiles(t))["People/Priya Raman.md"]).toBe(readFileSync(join(fixtures, "expected-vault/People/Priya Raman.md"), "utf8"));
  });

  it("read an old phone's vCard in raw Latin-1 bytes as the CLI does, into the same notes", async () => {
    const t = await start({});
    await importFile(t, "import-vcard", "old-phone-latin1.vcf");
    expect(await vaultFiles(t)).toEqual(diskFiles(join(fixtures, "expected-latin1")));
  });

  it("change no byte of the vault when the same file is imported again; the preview says there is nothing to do", async () => {
    const t = await start(diskFiles(join(fixtures, "vault")));
    await importFile(t, "import-linkedin", "Connections.csv");
    await importFile(t, "import-vcard", "apple.vcf");
    const before = await hashes(t);
    for (const [command, file] of [["import-linkedin", "Connections.csv"], ["import-vcard", "apple.vcf"]] as const) {
      const modal = await pick(t, command, file);
      const button = modal.contentEl.querySelector<HTMLButtonElement>(".network-goals-import-confirm");
      expect(button?.disabled).toBe(true);
      expect(button?.textContent).toBe("Nothing to import");
      expect(modal.contentEl.textContent).toContain("0 new, 0 to update");
      modal.close();
    }
    expect(await hashes(t)).toEqual(before);
  });

  it("shows progress on a long import and lets other work run between batches", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `Person,Number${i},https://www.linkedin.com/in/p${i},,Co,Role,1 Jan 2024`);
    const t = await start({ "Welcome.md": "hi\n" });
    const plan = await planVaultImport(t.plugin, "linkedin", new TextEncoder().encode(`First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join("\n")}\n`));
    expect(plan.created.length).toBe(120);
    const seen: number[] = [];
    let ticks = 0;
    const timer = window.setInterval(() => ticks++, 0);
    const summary = await carryOutImport(t.obsidianApp, plan, ({ done, total }) => {
      expect(total).toBe(120);
      seen.push(done);
    });
    window.clearInterval(timer);
    expect(summary.created.length).toBe(120);
    expect(seen).toEqual([25, 50, 75, 100, 120]);
    expect(ticks).toBeGreaterThan(0);
  });

  it("says what is wrong with an unusable import folder instead of writing anywhere", async () => {
    const t = await start({ "Welcome.md": "hi\n" });
    t.plugin.settings.importFolder = "../outside";
    const modal = await pick(t, "import-vcard", "google.vcf");
    expect(modal.contentEl.textContent).toContain("Could not read google.vcf: the import folder setting: the folder '../outside' leaves the vault");
    expect(modal.contentEl.querySelector(".network-goals-import-confirm")).toBeNull();
  });
});

describe("Export contacts as CSV and Export calendar", () => {
  const FILES = {
    "People/Jane Doe.md": "---\nname: Jane Doe\ncompany: \"=cmd|' /C calc'!A0\"\ncadence: 14d\n---\n",
    "Meetings/2026-05-01 Coffee.md": "---\ndate: 2026-05-01\nwith: \"[[Jane Doe]]\"\nfollow_up: 2026-08-10\n---\n",
  };

  it("writes the CSV into the export folder, and asks before replacing it", async () => {
    const t = await start(FILES);
    t.plugin.settings.exportFolder = "Exports";
    expect(await t.runCommand("export-csv")).toBe(true);
    const csv = await t.read("Exports/Network contacts.csv");
    expect(csv).toContain("\r\nJane Doe,People/Jane Doe.md,active,'=cmd|' /C calc'!A0,,,,,,,,,,14 days,2026-05-01,,,\r\n");
    expect(t.notices.at(-1)?.message).toBe("Exported 1 contacts to Exports/Network contacts.csv.");

    const edited = "my own edits\n";
    await t.obsidianApp.vault.modify(t.obsidianApp.vault.getFileByPath("Exports/Network contacts.csv")!, edited);
    await t.runCommand("export-csv");
    const ask = t.ui.openModals.at(-1) as unknown as ConfirmReplaceModal;
    expect(ask).toBeInstanceOf(ConfirmReplaceModal);
    expect(ask.contentEl.textContent).toContain("Exports/Network contacts.csv already exists.");
    ask.close(); // Escape: a no
    await t.settle(20);
    expect(await t.read("Exports/Network contacts.csv")).toBe(edited);
    expect(t.notices.at(-1)?.message).toBe("Nothing exported: Exports/Network contacts.csv was kept.");

    await t.runCommand("export-csv");
    (t.ui.openModals.at(-1) as unknown as ConfirmReplaceModal).contentEl.querySelector<HTMLButtonElement>(".network-goals-replace")?.click();
    await t.settle(20);
    expect(await t.read("Exports/Network contacts.csv")).toBe(csv);
  });

  it("writes a calendar ical.js reads: the open follow-up and the reconnect due date, all day", async () => {
    const t = await start(FILES);
    expect(await t.runCommand("export-calendar")).toBe(true);
    const text = await t.read("Network follow-ups.ics");
    const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ["Follow up with Jane Doe (2026-05-01 Coffee)", "2026-08-10", true],
      // Last seen 1 May, every 14 days: due 15 May, overdue on 20 May.
      ["Reconnect with Jane Doe", "2026-05-15", true],
    ]);
    expect(t.notices.at(-1)?.message).toBe("Exported 2 events to Network follow-ups.ics.");
  });
});
