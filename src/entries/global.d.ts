/**
 * What the entry modules hang their functions on. The build prepends `var global = this;` and
 * gas-entry-generator turns each `global.name = fn` into a top-level `function name() {}`.
 */
declare const global: Record<string, unknown>;
