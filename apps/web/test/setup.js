// jsdom lacks what the kit's components touch in a browser.
// (A spec of plain logic may run in Node instead, with @jest-environment node: then there is no DOM to fill in.)
if (typeof window !== 'undefined') {
  Element.prototype.scrollIntoView = Element.prototype.scrollIntoView || function scrollIntoView() {};
  window.matchMedia = window.matchMedia || ((query) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }));
}
