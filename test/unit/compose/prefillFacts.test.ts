/**
 * prefillPlan with the facts of the client's message (issue 16): the original's date from the
 * quoted header in compose mode, no invented date, no reference in a new message, English
 * throughout an English reply, the reply's language from the client's.
 */
import { clientMessageFacts, composeReply, prefillPlan, specialistFor } from "../../../src/core/compose";
import { resolveConfig } from "../../../src/core/config";
import { parseDraft } from "../../../src/core/draft";
import { getProfile } from "../../../src/core/standard";

const TODAY = "2026-12-03";
const { config } = resolveConfig({
  organization: { name: { lv: "Ādažu novada pašvaldība", en: "Ādaži Municipality" }, website: "https://www.adazunovads.lv", phone: "67997005", email: "dome@adazi.lv", address: "Gaujas iela 33A, Ādaži" },
  englishReplies: true,
  complaintAuthority: { lv: "pašvaldības izpilddirektors", en: "the municipal executive director", email: "sudzibas@adazi.lv" },
  specialists: [
    { name: "Inga Jaunzeme", position: { lv: "Būvvaldes vadītāja", en: "Head of the Building Board" }, hours: { lv: "pirmdienās 9.00–12.00", en: "Mondays 9.00–12.00" }, topics: ["būvniecība"] },
  ],
});
const CLIENT = { name: "Jānis Bērziņš", address: "janis@inbox.lv" };
const compose = { mode: "compose" as const, subject: "RE: Nekustamā īpašuma nodoklis", from: null, to: [CLIENT], date: null };
const REPLY_BODY =
  '<p>Labdien!</p><div id="divRplyFwdMsg"><b>No:</b> Jānis Bērziņš &lt;janis@inbox.lv&gt;<br><b>Nosūtīts:</b> ceturtdiena, 2026. gada 19. novembris 10:12<br>' +
  "<b>Kam:</b> dome@adazi.lv<br><b>Tēma:</b> Nekustamā īpašuma nodoklis</div><div><p>Labdien! Vai man pienākas nodokļa atlaide par daudzbērnu ģimeni?</p></div>";
const user = { name: "Ilze Ozola", position: "Klientu apkalpošanas speciāliste", institution: "Ādažu novada pašvaldība", email: "ilze.ozola@adazi.lv" };

describe("the facts of the client's message", () => {
  it("in a reply form takes the original's date from the quoted header, not today", () => {
    const message = clientMessageFacts(compose, parseDraft(REPLY_BODY, "html"));
    expect(message.date).toBe("2026-11-19");
    const plan = prefillPlan({ message, config, user, today: TODAY });
    expect(plan.original?.date).toBe("2026-11-19");
    const reply = composeReply(plan, { today: TODAY, profile: getProfile("adazi-2023") });
    expect(reply.text).toContain("Paldies par Jūsu 2026. gada 19. novembra e-pastu „Nekustamā īpašuma nodoklis”.");
    expect(reply.text).not.toContain("3. decembra");
  });

  it("names no date when the body cannot be read, and refers to nothing in a new message", () => {
    const unknown = prefillPlan({ message: clientMessageFacts(compose, null), config, user, today: TODAY });
    expect(unknown.original?.date).toBeNull();
    expect(composeReply(unknown, { today: TODAY, profile: getProfile("adazi-2023") }).text).toContain("Paldies par Jūsu e-pastu");
    const fresh = prefillPlan({ message: clientMessageFacts({ ...compose, subject: "" }, parseDraft("<p>Labdien!</p>", "html")), config, user, today: TODAY });
    expect(fresh.original).toBeNull();
    const reply = composeReply(fresh, { today: TODAY, profile: getProfile("adazi-2023") });
    expect(reply.text).not.toMatch(/Paldies par Jūsu|jautājumu!/);
    expect(reply.text).toContain("Paldies par sadarbību!");
  });

  it("answers in English when the client wrote English, in Latvian otherwise", () => {
    const english = parseDraft(
      "<p>Hello</p><div id=\"divRplyFwdMsg\"><b>From:</b> Mark Thompson &lt;mark@example.com&gt;<br><b>Sent:</b> Thursday, November 19, 2026 10:12 AM<br><b>Subject:</b> Parking permit</div><div><p>Hello, how can I get a parking permit for my street? I moved here last month.</p></div>",
      "html",
    );
    const message = clientMessageFacts({ ...compose, subject: "RE: Parking permit" }, english);
    expect(prefillPlan({ message, config, user, today: TODAY }).language).toBe("en");
    const latvian = clientMessageFacts(compose, parseDraft(REPLY_BODY, "html"));
    expect(prefillPlan({ message: latvian, config, user, today: TODAY }).language).toBe("lv");
  });

  it("writes an English reply in English throughout: sign-off, labels, institution, position, complaint handler, specialist", () => {
    const plan = prefillPlan({
      message: { from: CLIENT, subject: "Parking permit", date: "2026-11-19T08:12:00Z", language: "en" },
      config,
      user: { ...user, positionEn: "Customer Service Specialist" },
      today: TODAY,
      scenario: "apology",
    });
    expect(plan.language).toBe("en");
    expect(plan.signature.institution).toBe("Ādaži Municipality");
    expect(plan.signature.position).toBe("Customer Service Specialist");
    expect(plan.complaintAuthority).toBe("the municipal executive director");
    expect(plan.complaintAddress).toBe("sudzibas@adazi.lv");
    const reply = composeReply(plan, { today: TODAY, profile: getProfile("adazi-2023") });
    expect(reply.text).toContain("The municipal executive director examines complaints. You can send your complaint to sudzibas@adazi.lv.");
    expect(reply.text).toMatch(/Kind regards,?\nIlze Ozola\nCustomer Service Specialist\nĀdaži Municipality\nPhone: 67997005\nE-mail: ilze\.ozola@adazi\.lv/);
    expect(reply.text).not.toMatch(/Ar cieņu|Tālr\.|E-pasts|Ādažu novada/);
    expect(specialistFor(config.specialists[0], "en")).toMatchObject({ position: "Head of the Building Board", hours: "Mondays 9.00–12.00" });
    expect(specialistFor(config.specialists[0], "lv")).toMatchObject({ position: "Būvvaldes vadītāja", hours: "pirmdienās 9.00–12.00" });
  });

  it("keeps a Latvian reply in Latvian, with the config's complaint address", () => {
    const plan = prefillPlan({ message: { from: CLIENT, subject: "Nodoklis", date: "2026-11-19T08:12:00Z" }, config, user, today: TODAY, scenario: "apology" });
    const reply = composeReply(plan, { today: TODAY, profile: getProfile("adazi-2023") });
    expect(reply.text).toContain("Sūdzību izskata pašvaldības izpilddirektors. Sūdzību varat sūtīt uz e-pasta adresi sudzibas@adazi.lv.");
    expect(reply.text).toContain("Ar cieņu\nIlze Ozola\nKlientu apkalpošanas speciāliste\nĀdažu novada pašvaldība");
  });
});
