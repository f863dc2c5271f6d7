// Notes whose names and fields hold HTML: every one must render as text (no element, no script run).
// Each payload sets a different window.__xss value, so a failure says which one got through.
const CONTACT = "<img src=x onerror=window.__xss=1>";
const BAD_CONTACT = "<svg onload=window.__xss=2>";

export const XSS_NOTE = "Journal/<img src=x onerror=window.__xss=3>.md";

export const XSS_FILES: Record<string, string> = {
  [`People/${CONTACT}.md`]: "---\ncadence: 30d\ntags: [brand]\n---\n",
  [`People/${BAD_CONTACT}.md`]: '---\ncadence: "<img src=x onerror=window.__xss=4>"\n---\n',
  [`Meetings/2026-10-01 Coffee with ${CONTACT}.md`]: `---\nkind: coffee\nwith: "[[${CONTACT}]]"\nfollow_up: 2026-11-01\n---\n`,
  [XSS_NOTE]: [
    "---",
    "tags: [journal]",
    "---",
    "# <img src=x onerror=window.__xss=5>",
    "",
    "```network-goal",
    'title: "<img src=x onerror=window.__xss=6>"',
    "metric: people-met",
    "target: 2",
    "period: month",
    'why: "<b>bold?</b> <script>window.__xss=7</script>"',
    "```",
    "",
    "```network-goal",
    'title: "<img src=x onerror=window.__xss=8>"',
    "target: <img src=x onerror=window.__xss=9>",
    "```",
    "",
    "```network-followups",
    "```",
    "",
    "```network-reconnect",
    'tag: "<i>brand</i>"',
    "```",
    "",
  ].join("\n"),
};
