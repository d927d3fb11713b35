/**
 * Reply bodies as Outlook writes them, for the language rules' tests: the employee's own paragraphs
 * on top, then the client's earlier message as Outlook quotes it. The quoted part is deliberately
 * full of what the rules look for; none of it may be reported.
 */

/** The client's earlier message: long sentences, passives, acronyms, jargon, reproach and capitals. */
export const QUOTED_CLIENT_MESSAGE =
  "Kā jau rakstīju iepriekš, Jūs kļūdāties!!! Uz doto brīdi mans iesniegums tiek izskatīts jau trešo mēnesi, " +
  "un VID un PMLP man saka, ka tā nav viņu problēma, un es nesaprotu, kāpēc man jāgaida tik ilgi, ja likumā " +
  "skaidri rakstīts, ka atbilde jāsniedz mēneša laikā un ka iesniegums tiks izskatīts nekavējoties. " +
  "LŪDZU ATBILDIET NEKAVĒJOTIES.";

const SIGNATURE_HTML =
  "Ar cieņu,<br>Ilze Ozola<br>Klientu apkalpošanas speciāliste<br>Ādažu novada pašvaldība<br>" +
  "Tālr. 67997350<br>ilze.ozola@adazi.lv<br>www.adazi.lv";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Outlook for Windows: WordSection1, the border-top header block, then the quoted message. */
export function outlookDesktopReply(ownParagraphs: readonly string[], quoted = QUOTED_CLIENT_MESSAGE): string {
  const own = ownParagraphs.map((p) => `<p class="MsoNormal">${escapeHtml(p)}</p>`).join("\n");
  return `<html><head><meta charset="utf-8"></head><body lang="LV">
<div class="WordSection1">
${own}
<p class="MsoNormal">${SIGNATURE_HTML}</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>No:</b> Jānis Bērziņš &lt;janis.berzins@inbox.lv&gt;<br><b>Nosūtīts:</b> pirmdiena, 2026. gada 2. martā 10:15<br><b>Kam:</b> Ilze Ozola &lt;ilze.ozola@adazi.lv&gt;<br><b>Tēma:</b> Iesniegums</p>
</div>
<p class="MsoNormal">${escapeHtml(quoted)}</p>
</div></body></html>`;
}

/** Outlook on the web: #appendonsend and #divRplyFwdMsg before the quoted message. */
export function owaReply(ownParagraphs: readonly string[], quoted = QUOTED_CLIENT_MESSAGE): string {
  const own = ownParagraphs.map((p) => `<div>${escapeHtml(p)}</div>`).join("");
  return `<html><body><div style="font-family: Aptos, sans-serif">${own}<div>${SIGNATURE_HTML}</div></div>
<div id="appendonsend"></div><hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri"><b>From:</b> Jānis Bērziņš &lt;janis.berzins@inbox.lv&gt;<br><b>Sent:</b> Monday, 2 March 2026 10:15<br><b>Subject:</b> Iesniegums</font><div>&nbsp;</div></div>
<div>${escapeHtml(quoted)}</div></body></html>`;
}
