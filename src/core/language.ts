/**
 * The language the register speaks, from its settings (`Ngôn ngữ`): Vietnamese unless they say English.
 * A module of its own so that the messages, the settings and the pages all depend on it and on nothing
 * else.
 */
export type Language = 'vi' | 'en';
