/** Reading .txt, .html (declared charsets) and .eml (MIME) files, and refusing what is not a body. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { composeTypeFromHeaders, decodeFlowed, decodeInput, declaredHtmlCharset, readInput } from "../../../src/cli/readInput";
import { messageFacts } from "../../../src/cli/commands/check";
import { InputError } from "../../../src/cli/errors";

const fixtures = path.join(__dirname, "../../fixtures/draft");
const fixture = (name: string): string => path.join(fixtures, name);

describe("readInput", () => {
  it("reads .html as HTML and .txt as text", async () => {
    const html = await readInput(fixture("owa.html"));
    expect(html).toMatchObject({ kind: "html", format: "html", charset: "utf-8", message: null, warnings: [] });
    expect(html.body).toContain('id="divRplyFwdMsg"');
    const text = await readInput(fixture("plain-russian.txt"));
    expect(text).toMatchObject({ kind: "text", format: "text", charset: "utf-8" });
    expect(text.body.startsWith("Здравствуйте!")).toBe(true);
  });

  it("honours the charset an HTML file declares", async () => {
    const input = await readInput(fixture("windows-1257.html"));
    expect(input.charset).toBe("windows-1257");
    expect(input.body).toContain("Žanete Ķēniņa");
    expect(input.body).toContain("SIA „Ādažu Ūdens”");
  });

  it.each([
    ['<meta charset="windows-1257">', "windows-1257"],
    ["<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-13'>", "iso-8859-13"],
    ["<meta charset=utf-8 />", "utf-8"],
    ['<meta name="viewport" content="width=device-width">', null],
  ])("declaredHtmlCharset(%j) = %j", (head, charset) => {
    expect(declaredHtmlCharset(Buffer.from(`<html><head>${head}</head><body></body></html>`, "latin1"))).toBe(charset);
  });

  it("decodes latin1-declared HTML with the WHATWG meaning of the label", async () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="latin1"><p>Caf', "latin1"), Buffer.from([0xe9]), Buffer.from("</p>")]);
    const input = await decodeInput(bytes, "x.html");
    expect(input.charset).toBe("windows-1252");
    expect(input.body).toContain("Café");
  });

  it("falls back to windows-1257, with a warning, for text that is not UTF-8", async () => {
    const input = await readInput(fixture("legacy-1257.txt"));
    expect(input.charset).toBe("windows-1257");
    expect(input.body).toContain("Ūdens skaitītāju rādījumi");
    expect(input.warnings).toEqual([expect.stringContaining("not valid UTF-8")]);
  });

  it("warns about an unknown declared charset and reads UTF-8", async () => {
    const input = await decodeInput(Buffer.from('<meta charset="x-klingon"><p>Ā</p>', "utf8"), "x.html");
    expect(input.charset).toBe("utf-8");
    expect(input.body).toContain("Ā");
    expect(input.warnings[0]).toContain('unknown charset "x-klingon"');
  });

  it.each([
    ['<meta charset="utf-16">', "utf-8"],
    ['<meta charset="UTF-16LE">', "utf-8"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=utf-16be">', "utf-8"],
  ])("ignores %s on 8-bit bytes (as browsers do) and warns", async (meta) => {
    const utf8 = await decodeInput(Buffer.from(`<html><head>${meta}</head><body><p>Labdien, Jānis!</p></body></html>`, "utf8"), "x.html");
    expect(utf8.charset).toBe("utf-8");
    expect(utf8.body).toContain("Labdien, Jānis!");
    expect(utf8.warnings).toEqual([expect.stringMatching(/declares charset "utf-16(?:le|be)?" but has no UTF-16 byte-order mark/)]);

    // windows-1257 bytes ("ā" = 0xE2) under the same declaration: readable text, never UTF-16 garbage.
    const legacy = await decodeInput(Buffer.concat([Buffer.from(`<html><head>${meta}</head><body><p>J`, "latin1"), Buffer.from([0xe2]), Buffer.from("nis</p></body></html>", "latin1")]), "y.html");
    expect(legacy.charset).toBe("windows-1257");
    expect(legacy.body).toContain("<p>Jānis</p>");
    expect(legacy.warnings).toHaveLength(2);
  });

  it("reads a UTF-16 file with a byte-order mark whatever its meta says", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<meta charset="utf-16"><p>Ābols</p>', "utf16le")]);
    const input = await decodeInput(bytes, "z.html");
    expect(input.charset).toBe("utf-16le");
    expect(input.body).toContain("<p>Ābols</p>");
    expect(input.warnings).toEqual([]);
  });

  it("reads UTF-8 and UTF-16 byte-order marks", async () => {
    expect((await decodeInput(Buffer.from("\ufeffĀbols", "utf8"), "a.txt")).body).toBe("Ābols");
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Ābols", "utf16le")]);
    expect((await decodeInput(le, "a.txt")).body).toBe("Ābols");
  });

  it("reads a multipart .eml: quoted-printable HTML preferred, recipients and attachments kept", async () => {
    const input = await readInput(fixture("outlook-multipart.eml"));
    expect(input.kind).toBe("eml");
    expect(input.format).toBe("html");
    expect(input.body).toContain("<p class=MsoNormal>Labdien, Kalniņas kundze!</p>");
    expect(input.message).toEqual({
      from: { name: "Jānis Bērziņš", address: "janis.berzins@adazi.lv" },
      to: [{ name: "Anna Kalniņa", address: "anna.kalnina@example.com" }],
      cc: [
        { name: "Kanceleja", address: "kanceleja@adazi.lv" },
        { name: "", address: "juristi@adazi.lv" },
      ],
      bcc: [],
      subject: "RE: Iesniegums par nodokļa atvieglojumu",
      date: "2026-11-18T07:30:00.000Z",
      attachments: ["Lēmums Nr. 5.pdf"],
      inlineAttachments: ["image001.png"],
      // The fixture has no In-Reply-To or References: its "RE:" subject alone proves nothing.
      composeType: "unknown",
    });
  });

  it("reads a base64 text/plain .eml", async () => {
    const input = await readInput(fixture("gmail-base64-text.eml"));
    expect(input.format).toBe("text");
    expect(input.body).toContain("Jūsu pieteikums ir saņemts.");
    expect(input.message?.subject).toBe("Re: Pieteikums");
  });

  it("reads a windows-1257 quoted-printable .eml with an encoded subject", async () => {
    const input = await readInput(fixture("windows-1257.eml"));
    expect(input.body).toContain("Ūdens skaitītāju rādījumus");
    expect(input.message?.subject).toBe("RE: Ūdens skaitītāji");
    expect(input.message?.from).toEqual({ name: "Žanete Ķēniņa", address: "zanete@adazuudens.lv" });
  });

  it("decodes format=flowed without joining quoted and new lines", async () => {
    const input = await readInput(fixture("thunderbird-flowed.eml"));
    expect(input.body).toBe(
      [
        "On 17.11.2026 10:15, Guntis Priede wrote:",
        "> Vai bibliotēka strādā sestdienās un vai var pagarināt grāmatas pa tālruni? ",
        "Labdien!",
        "",
        "Jā, bibliotēka sestdienās strādā no plkst. 10.00 līdz 14.00. Grāmatas var pagarināt pa tālruni 67 997 050.",
        "",
        "-- ",
        "Baiba Sproģe",
        "Bibliotekāre",
        "Ādažu bibliotēka",
        "",
      ].join("\n"),
    );
  });

  it.each([
    ["soft breaks join lines of one depth", "Viens \ndivi\n> a \n> b\nc", false, "Viens divi\n> a b\nc"],
    ["never across quote depths", "> Hi \nHello", false, "> Hi \nHello"],
    ["DelSp=yes drops the space of a soft break", "Vie \nns", true, "Viens"],
    ["space-stuffing is removed", " >not a quote\n From", false, ">not a quote\nFrom"],
    ["the signature separator stays a line", "-- \nJānis", false, "-- \nJānis"],
  ])("decodeFlowed: %s", (_name, input, delSp, output) => {
    expect(decodeFlowed(input, delSp)).toBe(output);
  });

  it("makes what it can of a malformed .eml", async () => {
    const input = await readInput(fixture("malformed.eml"));
    expect(input.kind).toBe("eml");
    expect(input.body).toContain("Labdien!");
  });

  it("sniffs files without a known extension", async () => {
    expect((await decodeInput(Buffer.from("From: a@b.lv\r\nSubject: x\r\n\r\nLabdien"), "message")).kind).toBe("eml");
    expect((await decodeInput(Buffer.from("<div>Labdien</div>"), "body")).kind).toBe("html");
    expect((await decodeInput(Buffer.from("Labdien"), "body")).kind).toBe("text");
  });

  it("reads an empty file as an empty body", async () => {
    const input = await decodeInput(new Uint8Array(0), "empty.txt");
    expect(input.body).toBe("");
  });

  it.each([
    ["a binary file", Buffer.from([0x41, 0x00, 0x42, 0x43]), "x.txt", /binary/],
    ["a PDF", Buffer.from("%PDF-1.7\n..."), "x.html", /PDF/],
    ["an Outlook .msg", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), "x.msg", /\.eml/],
    ["a .msg by name", Buffer.from("whatever"), "letter.msg", /\.msg files are not supported/],
    ["a PNG", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "x.eml", /image/],
  ])("refuses %s with one line", async (_name, bytes, name, message) => {
    const error = await decodeInput(bytes, name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });

  it("reports missing files and directories with one line", async () => {
    await expect(readInput(path.join(fixtures, "does-not-exist.html"))).rejects.toThrow(/no such file/);
    await expect(readInput(fixtures)).rejects.toThrow(/is a directory/);
  });

  it("refuses files over the size limit without reading them", async () => {
    const big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-")), "big.txt");
    const handle = fs.openSync(big, "w");
    fs.ftruncateSync(handle, 51 * 1024 * 1024);
    fs.closeSync(handle);
    try {
      await expect(readInput(big)).rejects.toThrow(/too large/);
    } finally {
      fs.rmSync(path.dirname(big), { recursive: true, force: true });
    }
  });
});

describe("an .eml's compose type and recipients, from its headers", () => {
  it("In-Reply-To or References make a reply, X-Forwarded-Message-Id a forward; the subject is not read", () => {
    expect(composeTypeFromHeaders([{ key: "in-reply-to", value: "<a@b>" }])).toBe("reply");
    expect(composeTypeFromHeaders([{ key: "References", value: "<a@b> <c@d>" }])).toBe("reply");
    expect(composeTypeFromHeaders([{ key: "x-forwarded-message-id", value: "<a@b>" }, { key: "references", value: "<a@b>" }])).toBe("forward");
    expect(composeTypeFromHeaders([{ key: "subject", value: "Fwd: Re: Pieteikums" }, { key: "in-reply-to", value: " " }])).toBe("unknown");
  });

  it("carries Bcc and the headers' compose type into the checker's facts", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-eml-"));
    const file = path.join(dir, "draft.eml");
    try {
      fs.writeFileSync(
        file,
        [
          "From: Anna Liepa <anna.liepa@adazi.lv>",
          "To: Kanceleja <kanceleja@adazi.lv>",
          "Bcc: Jānis Bērziņš <janis@inbox.lv>",
          "Subject: Fwd: Pieteikums",
          "In-Reply-To: <123@inbox.lv>",
          "Content-Type: text/plain; charset=utf-8",
          "",
          "Labdien!",
          "",
        ].join("\r\n"),
      );
      const facts = messageFacts(await readInput(file));
      expect(facts.composeType).toBe("reply");
      expect(facts.recipients.map((r) => [r.kind, r.email])).toEqual([
        ["to", "kanceleja@adazi.lv"],
        ["bcc", "janis@inbox.lv"],
      ]);
      expect(facts.user).toEqual({ name: "Anna Liepa", email: "anna.liepa@adazi.lv" });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
