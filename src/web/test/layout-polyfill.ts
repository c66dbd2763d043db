// jsdom lays nothing out: every element has no size and scrollIntoView() is missing. Ariakit reads "no size" as
// "not visible" and then refuses to keep focus in the combobox input, and it scrolls the active option into view.
// Here an element is visible unless it or an ancestor is hidden, and scrolling does nothing.
if (typeof Element !== 'undefined') {
  if (typeof Element.prototype.checkVisibility !== 'function') {
    Element.prototype.checkVisibility = function checkVisibility(this: Element) {
      for (let node = this as Element | null; node; node = node.parentElement) {
        if (node instanceof HTMLElement && (node.hidden || getComputedStyle(node).display === 'none')) return false;
      }
      return true;
    };
  }
  if (typeof Element.prototype.scrollIntoView !== 'function') Element.prototype.scrollIntoView = () => {};
}
