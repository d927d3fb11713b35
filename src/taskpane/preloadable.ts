import * as React from "react";

/**
 * A view that loads on demand and, once its chunk has loaded, renders without suspending.
 * React.lazy suspends on its first render even when the chunk is already there, and React keeps the
 * Suspense fallback on screen for up to 300 ms before revealing what resolved (its reveal
 * throttle): on a cold start that was the longest wait between the config and the first check
 * (issue 17, cold start → first results ≤ 1 s; docs/decisions.md).
 */
export interface Preloadable<P> {
  Component: React.FunctionComponent<P>;
  /** Starts loading the chunk; a failed load is tried again on the next call or render. */
  preload: () => Promise<React.ComponentType<P>>;
}

export function preloadable<P extends object>(load: () => Promise<React.ComponentType<P>>): Preloadable<P> {
  let loaded: React.ComponentType<P> | null = null;
  let pending: Promise<React.ComponentType<P>> | null = null;
  const preload = (): Promise<React.ComponentType<P>> => {
    pending ??= load().then(
      (component) => (loaded = component),
      (e: unknown) => {
        pending = null;
        throw e;
      },
    );
    return pending;
  };
  const Lazy = React.lazy(() => preload().then((component) => ({ default: component })));
  // An instance keeps the type it mounted with: switching from Lazy to the loaded component would
  // remount the view and lose what the user had in it.
  const Component = (props: P): React.ReactElement => {
    const [type] = React.useState(() => (loaded ?? Lazy) as React.ComponentType<P>);
    return React.createElement(type, props);
  };
  return { Component, preload };
}
