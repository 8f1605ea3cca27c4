/**
 * The document's properties, one handle per execution: each `PropertiesService.getDocumentProperties()`
 * is a call Google charges (≈ 15 ms), and the hourly run asked for it a dozen times. An execution starts
 * afresh, so the handle never outlives it. Null where there is no document (a web app, some triggers).
 */
let handle: GoogleAppsScript.Properties.Properties | null = null;

export function documentProperties(): GoogleAppsScript.Properties.Properties {
  return (handle ??= PropertiesService.getDocumentProperties());
}

let cache: GoogleAppsScript.Cache.Cache | null | undefined;

/** The document cache, one handle per execution; null where there is none (or Google failed on it). */
export function documentCache(): GoogleAppsScript.Cache.Cache | null {
  if (cache === undefined) {
    try {
      cache = CacheService.getDocumentCache();
    } catch {
      cache = null;
    }
  }
  return cache;
}

/** A call on the cache or the properties that Google may fail: its value, or null (the caller reads the sheets). */
export function orNull<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
