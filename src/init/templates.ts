/**
 * What `apigov init` writes: a commented apigov.yaml, a waivers template and a CI workflow. Kept as
 * data; the tests check that apigov accepts every file and that the workflow runs real commands.
 */

export const CONFIG_TEMPLATE = `# apigov configuration. Reference: README.md ("Configuration") and docs/.
# Validated against schemas/config.schema.json: a misspelled key is an error, not ignored.

# Rulesets: apigov:retail is structural validity plus the retail governance rules.
# Add your own Spectral-format ruleset files (relative to this file), or spectral:oas.
extends:
  - apigov:retail

# Severity per rule id (off | error | warn | info | hint). List rules with: apigov rules
rules: {}
#  naming-property-case: warn

# Severity per rule for some files (globs relative to this file), optionally below a JSON pointer.
# Overrides follow findings into $ref'd files.
overrides: []
#  - files: ['legacy/**']
#    rules:
#      ops-pagination: warn

# Lowest severity that fails a run (exit code 1).
failSeverity: error

# Known legacy findings accepted today (apigov lint --update-baseline writes it); later runs fail only
# on new findings. Approved, dated exceptions live in the waivers file.
baseline: apigov-baseline.json
waivers: apigov-waivers.yaml

# Largest contract file read, and whether http(s) $refs may be fetched (off: no network access).
maxFileSize: 100MB
allowRemoteRefs: false

# Adapt the canonical retail dictionary (rulesets/canonical/retail.yaml): objects merge key by key,
# lists replace, null removes an entry.
canonical: {}
#  ids:
#    storeId: {pattern: '^S[0-9]{5}$'}
`;

export const WAIVERS_TEMPLATE = `# Approved exceptions to lint rules and breaking-change checks.
# Each waiver needs a reason, an approver and an expiry date; expired waivers stop applying and are
# reported, and waivers that match nothing are reported as stale. Schema: schemas/waivers.schema.json.
waivers: []
#  - rule: ops-pagination                 # a lint rule id or a diff check id
#    files: contracts/legacy-orders.yaml  # glob(s), relative to this file
#    pointer: /paths/~1orders/get         # optional: only at or below this JSON pointer
#    reason: The legacy export is replaced by the OMS v2 search API in Q1 (ADR-031).
#    approvedBy: api-governance-board
#    expires: 2027-03-31
`;

export const GITHUB_WORKFLOW = `# apigov: lint every contract (results in the Security tab), gate pull requests on new findings and
# breaking changes, and publish the service catalog. Written by \`apigov init\`.
name: apigov

on:
  push:
    branches: [main]
  pull_request:

permissions:
  contents: read

jobs:
  lint:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - name: Lint contracts
        run: npx apigov lint . --format sarif --output apigov.sarif
      - name: Upload results to code scanning
        if: always()
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: apigov.sarif
          category: apigov

  check:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - name: New findings and breaking changes against the base branch
        run: |
          npx apigov check --base "origin/\${{ github.base_ref }}" . --format markdown --output apigov-check.md
      - name: Show the report on the run page
        if: always()
        run: cat apigov-check.md >> "$GITHUB_STEP_SUMMARY"

  catalog:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - name: Build the service catalog
        run: npx apigov catalog . --out apigov-catalog --format json,md,html,backstage
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: apigov-catalog
          path: apigov-catalog/
`;

export const GITLAB_CI = `# apigov: lint every contract, gate merge requests on new findings and breaking changes, and publish
# the service catalog. Written by \`apigov init --ci gitlab\`.
stages: [governance]

default:
  image: node:20

apigov-lint:
  stage: governance
  script:
    - npm ci
    - npx apigov lint . --format junit --output apigov-junit.xml
  artifacts:
    when: always
    reports:
      junit: apigov-junit.xml

apigov-check:
  stage: governance
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  variables:
    GIT_DEPTH: 0
  script:
    - npm ci
    - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - npx apigov check --base "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" . --format markdown --output apigov-check.md
  artifacts:
    when: always
    paths: [apigov-check.md]

apigov-catalog:
  stage: governance
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - npm ci
    - npx apigov catalog . --out apigov-catalog --format json,md,html,backstage
  artifacts:
    when: always
    paths: [apigov-catalog/]
`;
