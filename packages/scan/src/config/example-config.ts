/**
 * The commented config `piguard init` writes (`.piguardrc`: JSON with `//` comments). A test parses it,
 * so the example is always a valid config.
 */
export const EXAMPLE_CONFIG = `// piguard config file: JSON, with // comments allowed in .piguardrc.
// piguard looks for piguard.config.json or .piguardrc in the scanned folder, then in the current
// directory; \`piguard scan --config FILE\` names one. Flags given on the command line win.
{
  // The standard that decides which PI is sensitive: gb45574 (GB/T 45574-2025) or gb35273 (GB/T 35273-2020).
  "profile": "gb45574",

  // Findings scored below this are dropped (0 to 1).
  "minScore": 0.5,

  // Only these types (entities, recogniser ids, taxonomy ids or prefixes, sensitive or general).
  // Leave out to look for everything that is on by default.
  // "types": ["PI.ID", "SPI.FIN", "CN_MOBILE"],

  // Paths to leave out (globs, relative to the scanned folder).
  "exclude": ["node_modules/**", "dist/**", "*.min.js"],

  // Honour .gitignore files in scanned folders.
  "gitignore": true,

  // Values that are not PI although they look like it: the company's own hotline, test card numbers.
  "allowList": {
    "values": ["400-800-8888"],
    // Regular expressions tested against each found value; anchor them (^…$) to match whole values.
    "patterns": ["^95\\\\d{3}$"]
  },

  // Recognisers of your own: a regular expression, context words, and a check digit validator
  // (none, luhn or mod11-2). piType must be an id of the PI taxonomy.
  "recognizers": [
    {
      "id": "acme-member-id",
      "entity": "ACME_MEMBER_ID",
      "piType": "PI.NET.ACCOUNT",
      "pattern": "\\\\bAM\\\\d{9}\\\\b",
      "score": 0.6,
      "context": ["会员号", "会员编号", "member id"],
      "contextRequired": false,
      "validator": "luhn"
    }
  ]
}
`;
