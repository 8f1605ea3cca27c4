/** The sidebar's typed `call`: connection failures in the sidebar's language. */
import { makeCall } from '../client/rpc';
import { tr } from './i18n';

export type { Reply } from '../client/rpc';
export const call = makeCall((detail) => tr('ui.connection', { detail }));
