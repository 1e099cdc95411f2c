import type { RegExpEngine, RegExpLike } from 'ajv/dist/types';
import { RE2JS } from 're2js';

/**
 * Ajv's `code.regExp` engine on RE2 (re2js, pure JavaScript): JSON Schema `pattern` and
 * `patternProperties` run in time linear in the input, so an administrator's `^(a+)+$` cannot hold
 * the event loop the way a backtracking RegExp does (2.5 s for 29 characters blocked every request).
 * A pattern RE2 cannot run in linear time (lookahead, backreferences) throws here, which Ajv reports
 * when the kind is declared: it is refused then, never at publication.
 */
export const linearRegExp: RegExpEngine = Object.assign(
  (pattern: string): RegExpLike => {
    // JSON Schema patterns are ECMA-262: translate its spellings (\u{…}, (?<name>…)) to RE2's.
    const compiled = RE2JS.compile(RE2JS.translateRegExp(pattern));
    // Ajv keys its cache by toString(): the source pattern, as a RegExp would give it.
    const like: RegExpLike & { toString(): string } = { test: (text) => compiled.test(text), toString: () => `/${pattern}/u` };
    return like;
  },
  { code: 'linearRegExp' },
);
