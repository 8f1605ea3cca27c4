/**
 * What the entry modules hang their functions on. The build prepends `var global = this;` and
 * gas-entry-generator turns each `global.name = fn` into a top-level `function name() {}`. The
 * endpoints of the pages are typed by the contract: assigning the wrong function to one does not compile.
 */
import type { ApiServer } from '../api';

declare global {
  const global: ApiServer & Record<string, unknown>;
}
