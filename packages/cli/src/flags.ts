import { InvalidArgumentError, Option } from 'commander';

/** One command-line flag: defined once here, and commander's help is generated from it. */
interface FlagDef {
  flags: string;
  description: string;
  choices?: readonly string[];
  defaultValue?: unknown;
  parse?: (value: string, previous: unknown) => unknown;
}

const repeatable = (value: string, previous: unknown): string[] => [...((previous as string[] | undefined) ?? []), value];

const commaList = (value: string, previous: unknown): string[] => [
  ...((previous as string[] | undefined) ?? []),
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
];

function numberIn(min: number, max: number, integer: boolean) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      throw new InvalidArgumentError(`expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
    }
    return n;
  };
}

/** The flags of `piguard scan`. */
export const scanFlags = {
  format: {
    flags: '-f, --format <format>',
    description: 'output format',
    choices: ['table', 'json', 'jsonl', 'csv', 'sarif', 'html'],
    defaultValue: 'table',
  },
  output: { flags: '-o, --output <file>', description: 'write the report to a file instead of standard output' },
  reveal: { flags: '--reveal', description: 'print raw values (default: masked previews and fingerprints only)' },
  types: {
    flags: '-t, --types <list>',
    description: 'only these types: entities, recogniser ids, taxonomy ids or prefixes, sensitive|general (comma-separated, repeatable)',
    parse: commaList,
  },
  minScore: { flags: '--min-score <score>', description: 'drop findings scored below this (0 to 1)', parse: numberIn(0, 1, false) },
  profile: {
    flags: '--profile <standard>',
    // No commander default, so that a config file's profile applies unless the flag is given.
    description: 'the standard that decides sensitivity (default: gb45574)',
    choices: ['gb45574', 'gb35273'],
  },
  failOn: {
    flags: '--fail-on <level>',
    description: 'exit with 1 when findings at this level exist',
    choices: ['none', 'any', 'sensitive'],
    defaultValue: 'none',
  },
  exclude: { flags: '-e, --exclude <glob>', description: 'leave out matching paths (repeatable)', parse: repeatable },
  workers: { flags: '-w, --workers <n>', description: 'analysis threads (default: one per core; 0 = none)', parse: numberIn(0, 256, true) },
  state: { flags: '--state <file>', description: 'state file of --resume/--incremental (default: under ~/.local/share/piguard/state)' },
  resume: { flags: '--resume', description: 'continue an interrupted scan: files finished before are not read again' },
  incremental: {
    flags: '--incremental',
    description: 'skip files whose content (SHA-256) is unchanged since the last scan; their findings are reused',
  },
  lang: { flags: '--lang <lang>', description: 'language of the html report', choices: ['zh', 'en'], defaultValue: 'zh' },
  config: {
    flags: '-c, --config <file>',
    description: 'config file (default: piguard.config.json or .piguardrc in the scanned folder, then here)',
  },
} satisfies Record<string, FlagDef>;

/** The parsed values of `piguard scan`'s flags. */
export interface ScanFlagValues {
  format: 'table' | 'json' | 'jsonl' | 'csv' | 'sarif' | 'html';
  output?: string;
  reveal?: boolean;
  types?: string[];
  minScore?: number;
  profile?: 'gb45574' | 'gb35273';
  failOn: 'none' | 'any' | 'sensitive';
  exclude?: string[];
  workers?: number;
  config?: string;
  lang: 'zh' | 'en';
  state?: string;
  resume?: boolean;
  incremental?: boolean;
}

/** Commander options built from the definitions above. */
export function commanderOptions(defs: Record<string, FlagDef>): Option[] {
  return Object.values(defs).map((d) => {
    const o = new Option(d.flags, d.description);
    if (d.choices) o.choices(d.choices);
    if (d.parse) o.argParser(d.parse);
    if (d.defaultValue !== undefined) o.default(d.defaultValue);
    return o;
  });
}
