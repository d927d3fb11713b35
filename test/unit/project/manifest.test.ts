import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// The checks are plain Node scripts so `npm run check:manifest` needs no compilation.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifestText } = require("../../../scripts/manifest-check.js") as {
  checkManifestText: (text: string, options?: { production?: boolean; builtDir?: string | null; repoRoot?: string }) => { errors: string[]; warnings: string[] };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require("../../../webpack.config.js") as { rewriteManifest: (xml: string, baseUrl: string) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodePng } = require("../../../scripts/png.js") as { encodePng: (w: number, h: number, rgba: Uint8Array) => Buffer };

const ROOT = path.join(__dirname, "..", "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** A build folder whose handler bundle registers both event handlers, as launchevent.js must. */
function fakeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-built-"));
  fs.mkdirSync(path.join(dir, "assets"));
  for (const f of fs.readdirSync(path.join(ROOT, "assets"))) {
    if (f.endsWith(".png")) fs.copyFileSync(path.join(ROOT, "assets", f), path.join(dir, "assets", f));
  }
  fs.writeFileSync(path.join(dir, "launchevent.js"), 'function a(e){}function b(e){}Office.actions.associate("onMessageSendHandler",a);Office.actions.associate("onNewMessageComposeHandler",b);');
  return dir;
}

function check(text: string, options: { production?: boolean; builtDir?: string | null } = {}) {
  return checkManifestText(text, { repoRoot: ROOT, builtDir: options.builtDir === undefined ? fakeBuild() : options.builtDir, production: options.production });
}

describe("offline manifest check", () => {
  it("accepts the development manifest", () => {
    expect(check(MANIFEST).errors).toEqual([]);
  });

  it("accepts a production manifest rewritten to an https base URL, and it has no localhost left", () => {
    const production = rewriteManifest(MANIFEST, "https://addin.example.lv/atbilde");
    expect(production).not.toMatch(/localhost/);
    expect(production).toContain("https://addin.example.lv/atbilde/taskpane.html");
    expect(check(production, { production: true }).errors).toEqual([]);
  });

  it("rejects localhost and http in a production manifest", () => {
    const errors = check(MANIFEST, { production: true }).errors;
    expect(errors.some((e) => /localhost/.test(e))).toBe(true);
    const http = rewriteManifest(MANIFEST, "http://addin.example.lv");
    expect(check(http, { production: true }).errors.some((e) => /not https/.test(e))).toBe(true);
  });

  it("reports malformed XML instead of throwing", () => {
    const { errors } = check(MANIFEST.replace("</OfficeApp>", ""));
    expect(errors.length).toBeGreaterThan(0);
    expect(check("<!-- a -- b --><OfficeApp/>").errors.length).toBeGreaterThan(0);
  });

  it("reports elements out of schema order", () => {
    const swapped = MANIFEST.replace("<Version>0.1.0.0</Version>\n  <ProviderName>Atbilde</ProviderName>", "<ProviderName>Atbilde</ProviderName>\n  <Version>0.1.0.0</Version>");
    expect(swapped).not.toBe(MANIFEST);
    expect(check(swapped).errors).toContain("<Version> must come before <ProviderName> inside <OfficeApp>");
  });

  it("reports a resid that does not resolve, and one from the wrong table", () => {
    const missing = MANIFEST.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>');
    expect(check(missing).errors.some((e) => e.includes('"Group.Missing"'))).toBe(true);
    const wrongTable = MANIFEST.replace('<Description resid="DraftButton.Tooltip"/>', '<Description resid="DraftButton.Label"/>');
    expect(check(wrongTable).errors.some((e) => e.includes("bt:LongStrings"))).toBe(true);
  });

  it("reports an icon whose file is missing or has the wrong size", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atbilde-icons-"));
    fs.mkdirSync(path.join(dir, "assets"));
    for (const size of [16, 32, 64, 80, 128]) {
      const drawn = size === 80 ? 40 : size; // icon-80.png is drawn at the wrong size
      fs.writeFileSync(path.join(dir, "assets", `icon-${size}.png`), encodePng(drawn, drawn, new Uint8Array(drawn * drawn * 4)));
    }
    fs.unlinkSync(path.join(dir, "assets", "icon-16.png"));
    fs.writeFileSync(path.join(dir, "launchevent.js"), 'function a(e){}function b(e){}Office.actions.associate("onMessageSendHandler",a);Office.actions.associate("onNewMessageComposeHandler",b);');
    const errors = checkManifestText(MANIFEST, { repoRoot: dir, builtDir: dir }).errors;
    expect(errors.some((e) => /icon-80\.png is 40×40, declared 80×80/.test(e))).toBe(true);
    expect(errors.some((e) => /icon-16\.png has no file/.test(e))).toBe(true);
  });

  it("matches LaunchEvent FunctionNames against Office.actions.associate in the built code", () => {
    const built = fakeBuild();
    expect(check(MANIFEST, { builtDir: built }).errors).toEqual([]);
    fs.writeFileSync(path.join(built, "launchevent.js"), 'function f(e){}Office.actions.associate("onOtherHandler", f);');
    const errors = check(MANIFEST, { builtDir: built }).errors;
    expect(errors.some((e) => e.includes("onMessageSendHandler"))).toBe(true);
    expect(errors.some((e) => e.includes("onNewMessageComposeHandler"))).toBe(true);
    expect(check(MANIFEST, { builtDir: null }).errors.some((e) => /check it against a build/.test(e))).toBe(true);
  });

  it("judges registration by running the handler file: a loop over a table counts, a call never reached does not", () => {
    const built = fakeBuild();
    fs.writeFileSync(
      path.join(built, "launchevent.js"),
      'var h={onMessageSendHandler:function(e){},onNewMessageComposeHandler:function(e){}};for(var k in h)Office.actions.associate(k,h[k]);',
    );
    expect(check(MANIFEST, { builtDir: built }).errors).toEqual([]);
    fs.writeFileSync(
      path.join(built, "launchevent.js"),
      'function f(e){}Office.actions.associate("onMessageSendHandler",f);if(typeof document!=="undefined")Office.actions.associate("onNewMessageComposeHandler",f);',
    );
    const errors = check(MANIFEST, { builtDir: built }).errors;
    expect(errors.some((e) => e.includes("onNewMessageComposeHandler"))).toBe(true);
    expect(errors.some((e) => e.includes("onMessageSendHandler"))).toBe(false);
  });

  it("declares Smart Alerts: OnMessageSend with SoftBlock, OnNewMessageCompose, both runtimes", () => {
    expect(MANIFEST).toMatch(/<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="SoftBlock"\/>/);
    expect(MANIFEST).toMatch(/<LaunchEvent Type="OnNewMessageCompose" FunctionName="onNewMessageComposeHandler"\/>/);
    expect(MANIFEST).toMatch(/<Runtime resid="WebViewRuntime.Url">\s*<Override type="javascript" resid="JSRuntime.Url"\/>/);
  });

  it("declares Latvian and English strings for every resource string", () => {
    const strings = MANIFEST.match(/<bt:String id="[^"]+" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US"/g) ?? [];
    const all = MANIFEST.match(/<bt:String id=/g) ?? [];
    expect(strings.length).toBe(all.length);
    expect(MANIFEST).toContain("<DefaultLocale>lv-LV</DefaultLocale>");
    expect(MANIFEST).toContain("<SupportsPinning>true</SupportsPinning>");
    expect(MANIFEST).toContain("<SupportsSharedFolders>true</SupportsSharedFolders>");
    expect(MANIFEST).toContain("<Permissions>ReadWriteItem</Permissions>");
  });
});
