/**
 * Where a JSON text first goes wrong. V8's JSON.parse messages do not always carry a position
 * ("Unexpected token '}', ... is not valid JSON"), and a user needs the line.
 * Only used after JSON.parse has failed, so clarity beats speed.
 */
interface JsonSyntaxError {
  offset: number;
  message: string;
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const n = text.length;
  const fail = (message: string): never => {
    throw { offset: Math.min(i, n), message } satisfies JsonSyntaxError;
  };
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t' || text[i] === '\ufeff')) i++;
  };
  const string = () => {
    i++;
    while (i < n) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('invalid \\u escape in string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('invalid escape in string');
        continue;
      }
      if (c.charCodeAt(0) < 0x20) fail('unescaped control character in string');
      i++;
    }
    fail('unterminated string');
  };
  const value = (depth: number): void => {
    ws();
    if (i >= n) fail('unexpected end of input');
    const c = text[i]!;
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(text[i] === '}' ? 'trailing comma before "}"' : 'expected a double-quoted property name');
        string();
        ws();
        if (text[i] !== ':') fail('expected ":" after property name');
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('expected "," or "}" after property value');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === ']') fail('trailing comma before "]"');
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('expected "," or "]" after array item');
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal === null) fail(`unexpected character ${JSON.stringify(c)}`);
    i += literal![0].length;
  };
  try {
    value(0);
    ws();
    if (i < n) fail('unexpected content after the end of the document');
    return undefined;
  } catch (error) {
    if (error instanceof RangeError) return { offset: i, message: 'nesting too deep' };
    return error as JsonSyntaxError;
  }
}
