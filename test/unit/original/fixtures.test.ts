/**
 * originalFacts on the draft model's quoted text of the public mail-client fixtures
 * (test/fixtures/draft): every client the quote detector supports, its header as that client
 * writes it. Each fixture quotes a message sent on 17 November 2026 at 10:15.
 */
import * as fs from "fs";
import * as path from "path";
import { parseDraft } from "../../../src/core/draft";
import { originalFacts } from "../../../src/core/original";

const DIR = path.join(__dirname, "../../fixtures/draft");

const EXPECTED: [string, string, string | null][] = [
  ["apple-mail.html", "Solvita Rudzīte <solvita.rudzite@example.com>", null],
  ["gmail.html", "Jānis Ozols <janis.ozols@example.com>", null],
  ["iphone.html", "Aigars Ziediņš <aigars@example.lv>", null],
  ["new-outlook.html", "Inese Zariņa <inese.zarina@example.lv>", "Atkritumu izvešana"],
  ["outlook-desktop-en.html", "Pēteris Liepa <peteris.liepa@example.lv>", "Bērnudārzs"],
  ["outlook-desktop-lv.html", "Anna Kalniņa <anna.kalnina@example.com>", "Iesniegums par nodokļa atvieglojumu"],
  ["outlook-mac-2016.html", "Zane Vītola <zane.vitola@example.lv>", "Dokumentu kopijas"],
  ["outlook-mac.html", "Rita Egle <rita.egle@example.com>", "Pabalsts"],
  ["owa.html", "Māris Bērziņš <maris.berzins@example.com>", "Būvatļauja"],
  ["thunderbird.html", "Guntis Priede", null],
  ["thunderbird-bottom.html", "Guntis Priede", null],
  ["yahoo.html", "Oskars Lūsis <oskars@example.com>", null],
  ["plain-angle-split-header.txt", "Jānis Bērziņš <janis.berzins@example.com>", null],
  ["plain-estonian.txt", "Mari Tamm <mari.tamm@example.ee>", null],
  ["plain-forward-gmail.txt", "Anna Kalniņa <anna.kalnina@example.com>", "Iesniegums"],
  ["plain-french.txt", "Marie Dupont <marie.dupont@example.fr>", null],
  ["plain-german.txt", "Hans Müller <hans.mueller@example.de>", null],
  ["plain-lithuanian.txt", "Jonas Jonaitis <jonas@example.lt>", null],
  ["plain-mobile-android.txt", "Laila Ose <laila.ose@example.lv>", "Pieraksts"],
  ["plain-original-message.txt", "Laura Zeltiņa <laura.zeltina@example.lv>", "Ceļa remonts"],
  ["plain-outlook-lv-header.txt", "Elīna Grava <elina.grava@example.lv>", "Darba laiks"],
  ["plain-owa-underscores.txt", "Roberts Krūze <roberts.kruze@example.lv>", "Zemes noma"],
  ["plain-polish.txt", "Jan Kowalski <jan.kowalski@example.pl>", null],
  ["plain-rakstija.txt", "Kārlis Apinis <karlis.apinis@example.lv>", null],
  ["plain-russian.txt", "\"Иван Иванов\" <ivan@example.ru>", null],
];

describe("originalFacts on the mail clients' fixtures", () => {
  it.each(EXPECTED)("%s", (file, from, subject) => {
    const body = fs.readFileSync(path.join(DIR, file), "utf8");
    const draft = parseDraft(body, file.endsWith(".html") ? "html" : "text");
    expect(originalFacts(draft.quotedText)).toEqual({ date: "2026-11-17", from, subject });
  });

  it("finds no original where the quote has no header (inline '>' reply)", () => {
    const draft = parseDraft(fs.readFileSync(path.join(DIR, "plain-inline-reply.txt"), "utf8"), "text");
    expect(originalFacts(draft.quotedText)).toEqual({ date: null, from: null, subject: null });
  });
});
