/**
 * Reply bodies for the structure, signature and polite-you rule tests: a complete signature, and
 * Outlook desktop / OWA HTML wrappers that put the employee's lines above a quoted thread full of
 * the very mistakes the rules look for (none of which may be reported).
 */

export const SIGNATURE_LINES = [
  "Ar cieņu,",
  "Ilze Ozola",
  "Klientu apkalpošanas speciāliste",
  "Ādažu novada pašvaldība",
  "Tālr. 67895400",
  "ilze.ozola@adazi.lv",
  "www.adazi.lv",
];

export const SIGNATURE = SIGNATURE_LINES.join("\n");

/** A plain-text reply: paragraphs separated by blank lines, then the signature. */
export function textReply(...paragraphs: string[]): string {
  return [...paragraphs, SIGNATURE].join("\n\n");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function msoParagraph(line: string): string {
  return line === "" ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${escapeHtml(line)}<o:p></o:p></p>`;
}

/** The client's earlier message: no greeting, no reference, lower-case "jūs", no thanks, no signature. */
export const QUOTED_CLIENT_MESSAGE: readonly string[] = ["sveiki kad bus mana atlauja??", "jus esat slikti strādājuši, jums jāatbild man ātrāk", "JB"];

/**
 * An Outlook desktop reply: each line its own MsoNormal paragraph (blank lines as &nbsp;), then the
 * border-top header block and the client's message.
 */
export function outlookReply(lines: readonly string[], quotedLines: readonly string[] = QUOTED_CLIENT_MESSAGE): string {
  const own = lines.map(msoParagraph).join("");
  const header =
    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">' +
    "<b>No:</b> Jānis Bērziņš &lt;janis.berzins@inbox.lv&gt;<br><b>Nosūtīts:</b> otrdiena, 2026. gada 18. novembris 10:12<br>" +
    "<b>Kam:</b> Ilze Ozola &lt;ilze.ozola@adazi.lv&gt;<br><b>Tēma:</b> būvatļauja</p></div>";
  const quoted = quotedLines.map(msoParagraph).join("");
  return `<html><body lang="LV"><div class="WordSection1">${own}${msoParagraph("")}${header}${msoParagraph("")}${quoted}</div></body></html>`;
}

/** An Outlook on the web reply: the employee's lines in divs, then #appendonsend and #divRplyFwdMsg. */
export function owaReply(lines: readonly string[], quotedLines: readonly string[] = QUOTED_CLIENT_MESSAGE): string {
  const own = lines.map((line) => (line === "" ? "<div><br></div>" : `<div>${escapeHtml(line)}</div>`)).join("");
  return (
    `<html><body><div dir="ltr">${own}</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%">` +
    '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Jānis Bērziņš &lt;janis.berzins@inbox.lv&gt;<br><b>Sent:</b> Tuesday, 18 November 2026 10:12<br>' +
    "<b>To:</b> Ilze Ozola<br><b>Subject:</b> būvatļauja</div>" +
    `<div>${quotedLines.map(escapeHtml).join("<br>")}</div></body></html>`
  );
}

/** A plain-text reply with an "-----Original Message-----" thread below it. */
export function textReplyWithThread(body: string): string {
  return `${body}\n\n-----Original Message-----\nFrom: Jānis Bērziņš <janis.berzins@inbox.lv>\nSent: Tuesday, November 18, 2026 10:12 AM\n\n${QUOTED_CLIENT_MESSAGE.join("\n")}`;
}
