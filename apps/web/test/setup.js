// jsdom lacks what the kit's components touch in a browser.
Element.prototype.scrollIntoView = Element.prototype.scrollIntoView || function scrollIntoView() {};
window.matchMedia = window.matchMedia || ((query) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }));
