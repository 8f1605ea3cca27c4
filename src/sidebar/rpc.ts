/** The sidebar's typed `call`: connection failures in the sidebar's language. */
import { t } from '../core/messages';
import { makeCall } from '../client/rpc';
import { lang } from './state';

export type { Reply } from '../client/rpc';
export const call = makeCall((detail) => t(lang(), 'ui.connection', { detail }));
