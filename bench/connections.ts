// A synthetic LinkedIn Connections.csv for the import figure: LinkedIn's preamble, BOM and CRLF, quoted fields,
// e-mails mostly missing, and a share of people who already have a note in the vault (so some rows update).
import { Rng } from "./prng";

const FIRST = "Aaron Bea Cyrus Dalia Eamon Freya Gideon Hazel Idris Juno Kiran Liesel Magnus Noor Orla Pavel Quilla Rohan Selma Tobias Una Viggo Wanda Xavi Yelena Zeno".split(" ");
const LAST = "Ashby Brandt Caruso Delacroix Ekwueme Falk Grünewald Halvorsen Iqbal Jurado Kowalczyk Lindqvist Moreno Nakashima Oduya Pfeiffer Quiroga Rasmussen Szabo Thorne Uribe Vasquez Whitlock Yoon Zeller".split(" ");
const COMPANIES = ["Acme", "Globex, Inc.", "Initech", "Umbrella", "Hooli", "Stark \"Labs\"", "Wayne", "Tyrell"];
const POSITIONS = ["Engineer", "Product Manager", "Head of Design, EMEA", "Recruiter", "CTO", "Analyst"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const PREAMBLE =
  'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\r\n\r\n';

function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * `count` connections; every `existingEvery`-th takes the name of a contact the vault has (`existingNames`), so it
 * is matched by name and gets the fields its note lacks. The same seed gives the same file.
 */
export function generateConnections(seed: number, count: number, existingNames: readonly string[], existingEvery = 10): string {
  const rng = new Rng(seed);
  const rows = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"];
  for (let i = 0; i < count; i++) {
    const existing = existingNames.length > 0 && i % existingEvery === 0 ? existingNames[rng.int(0, existingNames.length - 1)] : undefined;
    const [first, last] = existing ? [existing.split(" ")[0] ?? existing, existing.split(" ").slice(1).join(" ")] : [FIRST[rng.int(0, FIRST.length - 1)] as string, `${LAST[rng.int(0, LAST.length - 1)] as string} ${i}`];
    const slug = `${first}-${last}`.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const email = rng.chance(0.15) ? `${slug}@example.com` : "";
    const company = COMPANIES[rng.int(0, COMPANIES.length - 1)] as string;
    const position = POSITIONS[rng.int(0, POSITIONS.length - 1)] as string;
    const date = `${String(rng.int(1, 28)).padStart(2, "0")} ${MONTHS[rng.int(0, 11)] as string} ${rng.int(2012, 2026)}`;
    rows.push([first, last, `https://www.linkedin.com/in/${slug}-${i}`, email, company, position, date].map(cell).join(","));
  }
  return `\ufeff${PREAMBLE}${rows.join("\r\n")}\r\n`;
}
