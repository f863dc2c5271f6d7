// Last contact (SPEC §3.1) for every contact at once: one pass over interactions, then one over contacts.
import type { Contact, LocalDate, NetworkView } from "../model/types";

function later(a: LocalDate | undefined, b: LocalDate | undefined): LocalDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/**
 * The latest interaction date (on or before `asOf`) per attendee path. Interactions after `asOf`
 * are scheduled, not done, so they never make anyone "recently seen".
 */
export function lastInteractionDates(view: NetworkView, asOf: LocalDate): Map<string, LocalDate> {
  const latest = new Map<string, LocalDate>();
  for (const interaction of view.interactions()) {
    const date = interaction.date;
    if (date === undefined || date > asOf) continue;
    for (const path of interaction.attendees) {
      const seen = latest.get(path);
      if (seen === undefined || date > seen) latest.set(path, date);
    }
  }
  return latest;
}

/** The manual last-contact date, when it is on or before `asOf`. */
export function manualLastContact(contact: Contact, asOf: LocalDate): LocalDate | undefined {
  const manual = contact.lastContactManual;
  return manual !== undefined && manual <= asOf ? manual : undefined;
}

/** One contact's last contact, given its latest interaction: the latest of the three sources not after `asOf`. */
export function lastContactOf(
  contact: Contact,
  lastInteraction: LocalDate | undefined,
  asOf: LocalDate,
): LocalDate | undefined {
  return lastContactFrom(lastInteraction, contact.lastContactManual, contact.met, asOf);
}

/** The same from the three dates themselves (reconnect reads them from contact columns). */
export function lastContactFrom(
  lastInteraction: LocalDate | undefined,
  manual: LocalDate | undefined,
  met: LocalDate | undefined,
  asOf: LocalDate,
): LocalDate | undefined {
  const shownMet = met !== undefined && met <= asOf ? met : undefined;
  const shownManual = manual !== undefined && manual <= asOf ? manual : undefined;
  return later(later(lastInteraction, shownManual), shownMet);
}

/** Last contact for every contact that has one, keyed by contact path. */
export function lastContacts(view: NetworkView, asOf: LocalDate): Map<string, LocalDate> {
  const interactions = lastInteractionDates(view, asOf);
  const result = new Map<string, LocalDate>();
  for (const contact of view.contacts()) {
    const last = lastContactOf(contact, interactions.get(contact.path), asOf);
    if (last !== undefined) result.set(contact.path, last);
  }
  return result;
}
