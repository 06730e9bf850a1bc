/**
 * What jsdom lacks for React Router (imported by screens under test): imported first by the specs
 * that render a screen's parts, before anything that loads the router.
 */
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder, TextDecoder: globalThis.TextDecoder ?? TextDecoder });

// user-event moves between radio buttons with CSS.escape, which jsdom has not.
const css = (globalThis as { CSS?: { escape?: (s: string) => string } }).CSS ?? {};
css.escape ??= (value: string) => value.replace(/([^\w-])/g, '\\$1');
Object.assign(globalThis, { CSS: css });
