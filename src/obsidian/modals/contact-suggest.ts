// A contact picker on a text box: display name and company, matched on name, aliases, file name and company.
import { AbstractInputSuggest, prepareFuzzySearch, type App } from "obsidian";
import type { Contact } from "../../model/types";
import { nameKey } from "../../parse/keys";

export class ContactSuggest extends AbstractInputSuggest<Contact> {
  readonly #candidates: () => Contact[];

  constructor(app: App, inputEl: HTMLInputElement, candidates: () => Contact[]) {
    super(app, inputEl);
    this.#candidates = candidates;
    this.limit = 50;
  }

  protected getSuggestions(query: string): Contact[] {
    const contacts = this.#candidates();
    const text = query.trim();
    if (text === "") return [...contacts].sort(byName);
    const search = prepareFuzzySearch(text);
    const scored: { contact: Contact; score: number }[] = [];
    for (const contact of contacts) {
      let best: number | null = null;
      for (const haystack of [contact.name, contact.basename, ...contact.aliases, contact.company ?? ""]) {
        if (haystack === "") continue;
        const match = search(haystack);
        if (match && (best === null || match.score > best)) best = match.score;
      }
      if (best !== null) scored.push({ contact, score: best });
    }
    return scored.sort((a, b) => b.score - a.score || byName(a.contact, b.contact)).map((s) => s.contact);
  }

  renderSuggestion(contact: Contact, el: HTMLElement): void {
    el.addClass("network-goals-contact-suggestion");
    el.createDiv({ text: contact.name });
    if (contact.company) el.createEl("small", { text: contact.company, cls: "network-goals-muted" });
  }
}

/** "By name" as everywhere (SPEC §2.3): case and accents aside (nameKey), ties by path. */
function byName(a: Contact, b: Contact): number {
  const ka = nameKey(a.name);
  const kb = nameKey(b.name);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
