// One MutationObserver per page watches <html lang> for every element: a CMS's language switcher often
// changes only that attribute, and the elements must follow without a reload.

interface LangListener {
  pageLangChanged(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/** Calls `listener.pageLangChanged()` whenever `<html lang>` changes, until {@link unwatchPageLang}. */
export function watchPageLang(listener: LangListener): void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const l of [...listeners]) l.pageLangChanged();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
}

/** Stops calling the listener; the observer disconnects when the last element leaves the page. */
export function unwatchPageLang(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
