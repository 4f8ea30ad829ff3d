/**
 * The IANA HTTP Status Code Registry (RFC 9110 and the RFCs that add to it, e.g. RFC 6585's 428, 429,
 * 431 and 511), and how OpenAPI response keys (`404`, `4XX`, `default`) map onto status classes.
 */

/** Permanently assigned codes with their reason phrases. */
const REGISTERED: ReadonlyMap<number, string> = new Map([
  [100, 'Continue'],
  [101, 'Switching Protocols'],
  [102, 'Processing'],
  [103, 'Early Hints'],
  [200, 'OK'],
  [201, 'Created'],
  [202, 'Accepted'],
  [203, 'Non-Authoritative Information'],
  [204, 'No Content'],
  [205, 'Reset Content'],
  [206, 'Partial Content'],
  [207, 'Multi-Status'],
  [208, 'Already Reported'],
  [226, 'IM Used'],
  [300, 'Multiple Choices'],
  [301, 'Moved Permanently'],
  [302, 'Found'],
  [303, 'See Other'],
  [304, 'Not Modified'],
  [305, 'Use Proxy'],
  [307, 'Temporary Redirect'],
  [308, 'Permanent Redirect'],
  [400, 'Bad Request'],
  [401, 'Unauthorized'],
  [402, 'Payment Required'],
  [403, 'Forbidden'],
  [404, 'Not Found'],
  [405, 'Method Not Allowed'],
  [406, 'Not Acceptable'],
  [407, 'Proxy Authentication Required'],
  [408, 'Request Timeout'],
  [409, 'Conflict'],
  [410, 'Gone'],
  [411, 'Length Required'],
  [412, 'Precondition Failed'],
  [413, 'Content Too Large'],
  [414, 'URI Too Long'],
  [415, 'Unsupported Media Type'],
  [416, 'Range Not Satisfiable'],
  [417, 'Expectation Failed'],
  [421, 'Misdirected Request'],
  [422, 'Unprocessable Content'],
  [423, 'Locked'],
  [424, 'Failed Dependency'],
  [425, 'Too Early'],
  [426, 'Upgrade Required'],
  [428, 'Precondition Required'],
  [429, 'Too Many Requests'],
  [431, 'Request Header Fields Too Large'],
  [451, 'Unavailable For Legal Reasons'],
  [500, 'Internal Server Error'],
  [501, 'Not Implemented'],
  [502, 'Bad Gateway'],
  [503, 'Service Unavailable'],
  [504, 'Gateway Timeout'],
  [505, 'HTTP Version Not Supported'],
  [506, 'Variant Also Negotiates'],
  [507, 'Insufficient Storage'],
  [508, 'Loop Detected'],
  [510, 'Not Extended'],
  [511, 'Network Authentication Required'],
]);

/** In the registry as "(Unused)": reserved, never to be sent. */
const RESERVED_UNUSED: ReadonlySet<number> = new Set([306, 418]);

export type Registration = 'registered' | 'reserved' | 'unassigned';

export function registrationOf(code: number): Registration {
  if (REGISTERED.has(code)) return 'registered';
  return RESERVED_UNUSED.has(code) ? 'reserved' : 'unassigned';
}

export function reasonPhrase(code: number): string | undefined {
  return REGISTERED.get(code);
}

/** An OpenAPI response key: a status code, a class range (`4XX`), `default`, or none of these. */
export type ResponseKey =
  | { kind: 'code'; code: number; statusClass: number }
  | { kind: 'range'; statusClass: number }
  | { kind: 'default' }
  | { kind: 'invalid' };

export function parseResponseKey(key: string): ResponseKey {
  if (key === 'default') return { kind: 'default' };
  if (/^[1-5]\d\d$/.test(key)) return { kind: 'code', code: Number(key), statusClass: Number(key[0]) };
  if (/^[1-5]XX$/i.test(key)) return { kind: 'range', statusClass: Number(key[0]) };
  return { kind: 'invalid' };
}

/** The status class a key covers (4 for `404` and `4XX`), undefined for `default` and invalid keys. */
export function statusClassOf(key: string): number | undefined {
  const parsed = parseResponseKey(key);
  return parsed.kind === 'code' || parsed.kind === 'range' ? parsed.statusClass : undefined;
}

/** A response that describes a failure: any 4xx or 5xx code or range, or `default`. */
export function isErrorResponseKey(key: string): boolean {
  if (key === 'default') return true;
  const statusClass = statusClassOf(key);
  return statusClass === 4 || statusClass === 5;
}

/** A response that describes success: any 2xx code or the `2XX` range. */
export function isSuccessResponseKey(key: string): boolean {
  return statusClassOf(key) === 2;
}
