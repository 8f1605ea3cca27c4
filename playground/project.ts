/**
 * How the add-on's hosts (the playground, the tests, the benchmark) set up the emulator, which knows
 * nothing of the add-on: the project's name (Sheets titles the add-on's menu with it) and the name of
 * the spreadsheet it runs in.
 */
import type { EmulatorOptions } from '../emulator';
import { t } from '../src/core/messages';

export const ADDON_NAME = t('vi', 'app.name');
export const REGISTER_NAME = 'Sổ theo dõi nhiệm vụ';

/** The emulator options every host of the add-on starts from. */
export const ADDON_EMULATOR = {
  project: { name: ADDON_NAME },
  spreadsheet: { name: REGISTER_NAME },
} satisfies EmulatorOptions;

/** `ADDON_EMULATOR` with more options. */
export function addonEmulator(opts: EmulatorOptions = {}): EmulatorOptions {
  return { ...ADDON_EMULATOR, ...opts };
}
