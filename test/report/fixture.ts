/** A lint report that exercises every reporter: several files, all severities, hostile text. */
import type { LintReport } from '../../src/report/types.js';

export const CWD = '/repo';

/** `|` (tables), a newline, an ANSI escape (terminal forgery) and `<script>` (markup injection). */
export const HOSTILE_MESSAGE = 'Tag "a|b" is\nnot allowed: \u001b[31m<script>alert(1)</script>';

export function fixtureReport(): LintReport {
  return {
    toolVersion: '0.1.0',
    files: 4,
    failSeverity: 'warn',
    rules: [
      { id: 'operation-operationId', description: 'Operations must have an operationId.', severity: 'error', docsUrl: 'https://docs.example.com/rules/operation-operationId' },
      { id: 'info-contact', description: 'Info object must have a contact.', severity: 'warn', docsUrl: 'https://docs.example.com/rules/info-contact' },
      { id: 'tag-description', description: 'Tags should have a description.', severity: 'info' },
      { id: 'retail-naming', description: 'Paths use kebab-case.', severity: 'hint', docsUrl: 'https://docs.example.com/rules/retail-naming' },
    ],
    findings: [
      {
        ruleId: 'info-contact',
        severity: 'warn',
        message: 'Info object must have "contact" object.',
        file: 'contracts/orders.yaml',
        pointer: '/info',
        line: 3,
        column: 3,
        docsUrl: 'https://docs.example.com/rules/info-contact',
      },
      {
        ruleId: 'operation-operationId',
        severity: 'error',
        message: 'Operation must have "operationId".',
        file: 'contracts/orders.yaml',
        pointer: '/paths/~1orders/get',
        line: 12,
        column: 7,
        docsUrl: 'https://docs.example.com/rules/operation-operationId',
      },
      {
        ruleId: 'tag-description',
        severity: 'info',
        message: HOSTILE_MESSAGE,
        file: 'contracts/orders.yaml',
        pointer: '/tags/0',
        line: 120,
        column: 5,
      },
      {
        ruleId: 'retail-naming',
        severity: 'hint',
        message: 'Path segment "getStock" should be kebab-case.',
        file: 'contracts/stock, v2.yaml',
        pointer: '/paths/~1getStock',
        line: 8,
        column: 3,
        docsUrl: 'https://docs.example.com/rules/retail-naming',
      },
      {
        ruleId: 'operation-operationId',
        severity: 'error',
        message: 'Operation must have "operationId".',
        file: 'contracts/stock, v2.yaml',
        pointer: '/paths/~1stock/post',
        line: 40,
        column: 11,
        docsUrl: 'https://docs.example.com/rules/operation-operationId',
      },
    ],
  };
}

export function emptyReport(): LintReport {
  return { toolVersion: '0.1.0', files: 3, failSeverity: 'error', rules: [], findings: [] };
}
