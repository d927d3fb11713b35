import * as React from "react";
import { renderToString } from "react-dom/server";
import { preloadable } from "../../../src/taskpane/preloadable";

function Greeting({ name }: { name: string }): React.ReactElement {
  return <p>Labdien, {name}!</p>;
}

function inSuspense(element: React.ReactElement): string {
  return renderToString(<React.Suspense fallback={<p>Ielādē…</p>}>{element}</React.Suspense>);
}

describe("preloadable", () => {
  it("renders a preloaded view at once, where React.lazy would suspend", async () => {
    const view = preloadable(() => Promise.resolve(Greeting));
    await view.preload();
    expect(inSuspense(<view.Component name="Ilze" />)).toContain("Labdien, <!-- -->Ilze<!-- -->!");
    const lazy = React.lazy(() => Promise.resolve({ default: Greeting }));
    expect(inSuspense(React.createElement(lazy, { name: "Ilze" }))).toContain("Ielādē…");
  });

  it("suspends while the view has not loaded", () => {
    const view = preloadable(() => new Promise<React.ComponentType<{ name: string }>>(() => undefined));
    expect(inSuspense(<view.Component name="Ilze" />)).toContain("Ielādē…");
  });

  it("loads once, and again after a failed load", async () => {
    const outcomes: Array<() => Promise<React.ComponentType<{ name: string }>>> = [() => Promise.reject(new Error("offline")), () => Promise.resolve(Greeting)];
    let calls = 0;
    const view = preloadable(() => outcomes[calls++]());
    await expect(view.preload()).rejects.toThrow("offline");
    await expect(view.preload()).resolves.toBe(Greeting);
    await view.preload();
    expect(calls).toBe(2);
  });
});
