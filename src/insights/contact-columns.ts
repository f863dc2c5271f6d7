// What the lists and filters need of every contact, copied in one read of each contact: on a big vault each
// contact object read is a cache miss, and reconnect, people to meet and the filters would each read it again.
import type { Cadence, Contact, LocalDate } from "../model/types";

export const STATUSES = ["", "active", "target", "dormant", "archived"] as const;
export const LEVELS = ["", "senior", "peer", "junior"] as const;

/** Per contact, by its position in `contacts` (its person id in the fact table). */
export interface ContactColumns {
  readonly contacts: readonly Contact[];
  readonly paths: readonly string[];
  readonly names: readonly string[];
  /** Index in STATUSES (255 for a status it does not know). */
  readonly status: Uint8Array;
  /** Index in LEVELS (0: none). */
  readonly level: Uint8Array;
  readonly met: readonly (LocalDate | undefined)[];
  readonly lastContactManual: readonly (LocalDate | undefined)[];
  readonly snoozeUntil: readonly (LocalDate | undefined)[];
  /** Undefined: the default cadence applies; null: none. */
  readonly cadence: readonly (Cadence | undefined)[];
  readonly tags: readonly (readonly string[])[];
  readonly company: readonly (string | undefined)[];
}

export function readContacts(source: Iterable<Contact>): ContactColumns {
  const contacts = [...source];
  const n = contacts.length;
  const paths: string[] = new Array<string>(n);
  const names: string[] = new Array<string>(n);
  const status = new Uint8Array(n);
  const level = new Uint8Array(n);
  const met: (LocalDate | undefined)[] = new Array<LocalDate | undefined>(n);
  const lastContactManual: (LocalDate | undefined)[] = new Array<LocalDate | undefined>(n);
  const snoozeUntil: (LocalDate | undefined)[] = new Array<LocalDate | undefined>(n);
  const cadence: (Cadence | undefined)[] = new Array<Cadence | undefined>(n);
  const tags: (readonly string[])[] = new Array<readonly string[]>(n);
  const company: (string | undefined)[] = new Array<string | undefined>(n);
  for (let id = 0; id < n; id++) {
    const contact = contacts[id] as Contact;
    paths[id] = contact.path;
    names[id] = contact.name;
    status[id] = STATUSES.indexOf(contact.status);
    level[id] = contact.level === undefined ? 0 : LEVELS.indexOf(contact.level);
    met[id] = contact.met;
    lastContactManual[id] = contact.lastContactManual;
    snoozeUntil[id] = contact.snoozeUntil;
    cadence[id] = contact.cadence;
    tags[id] = contact.tags;
    company[id] = contact.company;
  }
  return { contacts, paths, names, status, level, met, lastContactManual, snoozeUntil, cadence, tags, company };
}
