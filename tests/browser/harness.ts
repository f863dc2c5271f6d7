// Shared by the browser tests: Debian's Chromium through playwright-core, the built page served on
// loopback, and a record of every console error and page error (a test fails on any of them).
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { buildPage } from "./build.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** A static server for the built page, on 127.0.0.1 only. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const file = normalize(join(dir, path === "/" ? "index.html" : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

export interface Problems {
  console: string[];
  page: string[];
  /** Requests that left loopback, or failed: the page must need nothing but its own files. */
  requests: string[];
}

export interface Session {
  browser: Browser;
  origin: string;
  /** A fresh context and page at the given size, with problems recorded. */
  open(query: string, viewport?: { width: number; height: number }): Promise<{ page: Page; context: BrowserContext; problems: Problems }>;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const dist = await buildPage();
  const { server, origin } = await serve(dist);
  // launch() (not launchPersistentContext) gives Chromium a fresh temporary profile, removed on close.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--font-render-hinting=none",
    ],
  });

  async function open(query: string, viewport = DESKTOP) {
    const phone = viewport.width <= PHONE.width;
    const context = await browser.newContext({
      viewport,
      deviceScaleFactor: phone ? 2 : 1,
      isMobile: phone,
      hasTouch: phone,
      locale: "en-GB",
      timezoneId: "Europe/Berlin",
    });
    const page = await context.newPage();
    const problems: Problems = { console: [], page: [], requests: [] };
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.console.push(msg.text());
    });
    page.on("pageerror", (error) => problems.page.push(`${error.name}: ${error.message}`));
    page.on("requestfailed", (request) => problems.requests.push(`failed ${request.url()}`));
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:")) problems.requests.push(`outside ${url}`);
    });
    await page.goto(`${origin}/${query}`);
    const ready = await page
      .waitForSelector("body[data-ng-ready], body[data-ng-failed]", { state: "attached", timeout: 15_000 })
      .then((body) => body.getAttribute("data-ng-ready"))
      .catch(() => null);
    if (ready !== "true") throw new Error(`The page did not start: ${JSON.stringify(problems)}`);
    return { page, context, problems };
  }

  return {
    browser,
    origin,
    open,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
