/**
 * One value per process, whichever bundle asks for it. Next bundles pages, route handlers and
 * instrumentation apart, so a module-level value would exist once per bundle; a cache, a pool or
 * a counter that all of them must share lives on globalThis under a registered symbol instead.
 */
export function processShared<T>(name: string, create: () => T): T {
  const key = Symbol.for(`ozg-nachnutzungsuebersicht.${name}`);
  const shared = globalThis as unknown as Record<symbol, T | undefined>;
  return (shared[key] ??= create());
}
