/** XML 1.0 escaping for contract text: markup characters as entities, control characters visible. */
import { escapeControl } from '../document/errors.js';

// Code points XML 1.0 forbids even as character references once escapeControl has run: lone
// surrogates and the noncharacters U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

function visible(text: string): string {
  return escapeControl(text).replace(NOT_XML_CHAR, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`);
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Element content; line breaks are kept as real line breaks. */
export function xmlText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeMarkup(visible(line)))
    .join('\n');
}

/** Attribute value for double quotes; a tab is a reference, as parsers turn a literal one into a space. */
export function xmlAttr(text: string): string {
  return escapeMarkup(visible(text)).replace(/"/g, '&quot;').replace(/\t/g, '&#9;');
}
