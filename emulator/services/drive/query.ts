/**
 * Two small languages of the Drive API v3: the `q` search query of `files.list` and the `fields`
 * partial-response selector. Unknown terms fail as Drive fails ("Invalid Value" for `q`, "Invalid field
 * selection x" for `fields`) so a script cannot rely on something the emulator merely ignored.
 */
import type { DriveFileRecord } from './state';

// ---- q --------------------------------------------------------------------------------------------

type Token = { kind: 'str'; value: string } | { kind: 'word'; value: string } | { kind: 'op'; value: string };

export class QueryError extends Error {}

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      while (i < q.length && q[i] !== "'") {
        if (q[i] === '\\' && i + 1 < q.length) i++;
        value += q[i++];
      }
      if (i >= q.length) throw new QueryError('unterminated string');
      i++;
      tokens.push({ kind: 'str', value });
    } else if ('(){}'.includes(c)) {
      tokens.push({ kind: 'op', value: c });
      i++;
    } else if ('=!<>'.includes(c)) {
      const two = q.slice(i, i + 2);
      const op = ['!=', '<=', '>='].includes(two) ? two : c;
      if (op === '!') throw new QueryError('bad operator');
      tokens.push({ kind: 'op', value: op });
      i += op.length;
    } else {
      const m = /^[A-Za-z0-9_.:+-]+/.exec(q.slice(i));
      if (!m) throw new QueryError(`unexpected ${c}`);
      tokens.push({ kind: 'word', value: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

export type Predicate = (f: DriveFileRecord) => boolean;

const COMPARE = ['=', '!=', '<', '>', '<=', '>='];

/**
 * Compiles a `q` string; throws QueryError on anything outside the supported subset. `aliases` maps
 * ids such as `'root'` (in `'root' in parents`) to real ones.
 */
export function compileQuery(q: string, aliases: Record<string, string> = {}): Predicate {
  const tokens = tokenize(q);
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (t: Token | undefined, w: string) => t?.kind === 'word' && t.value.toLowerCase() === w;
  const isOp = (t: Token | undefined, o: string) => t?.kind === 'op' && t.value === o;
  const expectOp = (o: string) => {
    if (!isOp(peek(), o)) throw new QueryError(`expected ${o}`);
    pos++;
  };
  const expectStr = (): string => {
    const t = tokens[pos++];
    if (t?.kind !== 'str') throw new QueryError('expected string');
    return t.value;
  };

  function orExpr(): Predicate {
    let left = andExpr();
    while (isWord(peek(), 'or')) {
      pos++;
      const l = left;
      const r = andExpr();
      left = (f) => l(f) || r(f);
    }
    return left;
  }
  function andExpr(): Predicate {
    let left = notExpr();
    while (isWord(peek(), 'and')) {
      pos++;
      const l = left;
      const r = notExpr();
      left = (f) => l(f) && r(f);
    }
    return left;
  }
  function notExpr(): Predicate {
    if (isWord(peek(), 'not')) {
      pos++;
      const inner = notExpr();
      return (f) => !inner(f);
    }
    if (isOp(peek(), '(')) {
      pos++;
      const inner = orExpr();
      expectOp(')');
      return inner;
    }
    return term();
  }
  function term(): Predicate {
    const first = tokens[pos++];
    if (!first) throw new QueryError('unexpected end');
    // '<value>' in parents | owners | writers | readers
    if (first.kind === 'str') {
      if (!isWord(tokens[pos++], 'in')) throw new QueryError('expected in');
      const coll = tokens[pos++];
      if (coll?.kind !== 'word') throw new QueryError('expected collection');
      const v = aliases[first.value] ?? first.value;
      switch (coll.value) {
        case 'parents':
          return (f) => f.parents.includes(v);
        case 'owners':
          return (f) => f.owner === v.toLowerCase();
        case 'writers':
        case 'readers': {
          const roles =
            coll.value === 'writers' ? ['owner', 'writer'] : ['owner', 'writer', 'commenter', 'reader'];
          return (f) =>
            f.permissions.some(
              (p) => roles.includes(p.role) && (p.emailAddress ?? '').toLowerCase() === v.toLowerCase(),
            );
        }
        default:
          throw new QueryError(`unknown collection ${coll.value}`);
      }
    }
    if (first.kind !== 'word') throw new QueryError('expected a field');
    const field = first.value;
    // appProperties has { key='k' and value='v' }
    if (field === 'appProperties' || field === 'properties') {
      if (!isWord(tokens[pos++], 'has')) throw new QueryError('expected has');
      expectOp('{');
      if (!isWord(tokens[pos++], 'key')) throw new QueryError('expected key');
      expectOp('=');
      const key = expectStr();
      if (!isWord(tokens[pos++], 'and')) throw new QueryError('expected and');
      if (!isWord(tokens[pos++], 'value')) throw new QueryError('expected value');
      expectOp('=');
      const value = expectStr();
      expectOp('}');
      return (f) => f[field][key] === value;
    }
    const opTok = tokens[pos++];
    const op =
      opTok?.kind === 'op' && COMPARE.includes(opTok.value)
        ? opTok.value
        : opTok?.kind === 'word'
          ? opTok.value
          : '';
    const valTok = tokens[pos++];
    if (!valTok) throw new QueryError('expected a value');
    switch (field) {
      case 'name':
      case 'mimeType': {
        if (valTok.kind !== 'str') throw new QueryError('expected string');
        const v = valTok.value;
        if (op === '=') return (f) => f[field] === v;
        if (op === '!=') return (f) => f[field] !== v;
        if (op === 'contains' && field === 'name') {
          // Drive matches name prefixes of words; a substring test is close enough and never misses.
          return (f) => f.name.toLowerCase().includes(v.toLowerCase());
        }
        if (op === 'contains' && field === 'mimeType') return (f) => f.mimeType.includes(v);
        throw new QueryError(`bad operator for ${field}`);
      }
      case 'trashed':
      case 'starred': {
        if (valTok.kind !== 'word' || !['true', 'false'].includes(valTok.value))
          throw new QueryError('expected boolean');
        const v = valTok.value === 'true';
        if (op === '=') return (f) => f[field] === v;
        if (op === '!=') return (f) => f[field] !== v;
        throw new QueryError(`bad operator for ${field}`);
      }
      case 'modifiedTime':
      case 'createdTime': {
        if (valTok.kind !== 'str') throw new QueryError('expected string');
        const t = Date.parse(valTok.value);
        if (!Number.isFinite(t)) throw new QueryError('bad time');
        const get = (f: DriveFileRecord) => (field === 'modifiedTime' ? f.modifiedTime : f.createdTime);
        const cmp: Record<string, (a: number) => boolean> = {
          '=': (a) => a === t,
          '!=': (a) => a !== t,
          '<': (a) => a < t,
          '>': (a) => a > t,
          '<=': (a) => a <= t,
          '>=': (a) => a >= t,
        };
        const fn = cmp[op];
        if (!fn) throw new QueryError(`bad operator for ${field}`);
        return (f) => fn(get(f));
      }
      default:
        throw new QueryError(`unsupported field ${field}`);
    }
  }

  const pred = orExpr();
  if (pos !== tokens.length) throw new QueryError('trailing tokens');
  return pred;
}

// ---- fields ---------------------------------------------------------------------------------------

/** `true` selects the whole value; a map selects some of its members. */
export type FieldTree = Map<string, FieldTree | true>;

export class FieldsError extends Error {}

/** Parses `id,name,files(id,parents),owners/emailAddress` into a tree. `*` selects everything. */
export function parseFields(spec: string): FieldTree | '*' {
  const s = spec.replace(/\s+/g, '');
  if (s === '*' || s === '') return '*';
  let pos = 0;
  function list(): FieldTree {
    const tree: FieldTree = new Map();
    for (;;) {
      const m = /^[A-Za-z0-9_*]+(\/[A-Za-z0-9_*]+)*/.exec(s.slice(pos));
      if (!m) throw new FieldsError(s.slice(pos));
      pos += m[0].length;
      const path = m[0].split('/');
      let sub: FieldTree | true = true;
      if (s[pos] === '(') {
        pos++;
        sub = list();
        if (s[pos] !== ')') throw new FieldsError(s);
        pos++;
      }
      let node = tree;
      path.forEach((name, i) => {
        if (i === path.length - 1) {
          const prev = node.get(name);
          node.set(
            name,
            prev instanceof Map && sub instanceof Map
              ? new Map([...prev, ...sub])
              : prev === true
                ? true
                : sub,
          );
        } else {
          let next = node.get(name);
          if (!(next instanceof Map)) {
            next = new Map();
            node.set(name, next);
          }
          node = next;
        }
      });
      if (s[pos] === ',') {
        pos++;
        continue;
      }
      return tree;
    }
  }
  const tree = list();
  if (pos !== s.length) throw new FieldsError(s);
  return tree;
}

/** Picks the selected members of `value` (arrays element by element). */
export function selectFields(value: unknown, tree: FieldTree | '*' | true): unknown {
  if (tree === '*' || tree === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => selectFields(v, tree));
  if (tree.size === 1 && tree.has('*')) return value;
  const out: Record<string, unknown> = {};
  for (const [name, sub] of tree) {
    if (name === '*') return value;
    const v = (value as Record<string, unknown>)[name];
    if (v !== undefined) out[name] = selectFields(v, sub);
  }
  return out;
}

/** Names not in `known` at the top of the tree (and under `nested[name]`), for "Invalid field selection". */
export function unknownFields(
  tree: FieldTree | '*',
  known: ReadonlySet<string>,
  nested: Record<string, ReadonlySet<string>> = {},
): string | undefined {
  if (tree === '*') return undefined;
  for (const [name, sub] of tree) {
    if (name === '*') continue;
    if (!known.has(name)) return name;
    const inner = nested[name];
    if (inner && sub instanceof Map) {
      const bad = unknownFields(sub, inner);
      if (bad) return bad;
    }
  }
  return undefined;
}

/** Every member of the v3 File resource, so selecting a real field we do not model is not an error. */
export const FILE_FIELDS: ReadonlySet<string> = new Set([
  'kind',
  'id',
  'name',
  'mimeType',
  'description',
  'starred',
  'trashed',
  'explicitlyTrashed',
  'trashingUser',
  'trashedTime',
  'parents',
  'properties',
  'appProperties',
  'spaces',
  'version',
  'webContentLink',
  'webViewLink',
  'iconLink',
  'hasThumbnail',
  'thumbnailLink',
  'thumbnailVersion',
  'viewedByMe',
  'viewedByMeTime',
  'createdTime',
  'modifiedTime',
  'modifiedByMeTime',
  'modifiedByMe',
  'sharedWithMeTime',
  'sharingUser',
  'owners',
  'teamDriveId',
  'driveId',
  'lastModifyingUser',
  'shared',
  'ownedByMe',
  'capabilities',
  'viewersCanCopyContent',
  'copyRequiresWriterPermission',
  'writersCanShare',
  'permissions',
  'permissionIds',
  'hasAugmentedPermissions',
  'folderColorRgb',
  'originalFilename',
  'fullFileExtension',
  'fileExtension',
  'md5Checksum',
  'sha1Checksum',
  'sha256Checksum',
  'size',
  'quotaBytesUsed',
  'headRevisionId',
  'contentHints',
  'imageMediaMetadata',
  'videoMediaMetadata',
  'isAppAuthorized',
  'exportLinks',
  'shortcutDetails',
  'contentRestrictions',
  'resourceKey',
  'linkShareMetadata',
  'labelInfo',
  'inheritedPermissionsDisabled',
  'downloadRestrictions',
]);

export const PERMISSION_FIELDS: ReadonlySet<string> = new Set([
  'kind',
  'id',
  'type',
  'emailAddress',
  'domain',
  'role',
  'view',
  'allowFileDiscovery',
  'displayName',
  'photoLink',
  'expirationTime',
  'teamDrivePermissionDetails',
  'permissionDetails',
  'deleted',
  'pendingOwner',
  'inheritedPermissionsDisabled',
]);
