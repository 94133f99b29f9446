(() => {
  const d = document.documentElement,
    k = 'hwc-guide:theme:v1';
  let s = null;
  try {
    s = localStorage.getItem(k);
  } catch {}
  if (s === 'dark' || s === 'light') d.dataset.theme = s;
  d.classList.add('js');
  const m = matchMedia('(prefers-color-scheme: dark)'),
    dark = () => (d.dataset.theme ? d.dataset.theme === 'dark' : m.matches),
    sync = () => {
      for (const b of document.querySelectorAll('[data-theme-toggle]')) b.setAttribute('aria-pressed', String(dark()));
    };
  addEventListener('DOMContentLoaded', sync);
  m.addEventListener('change', sync);
  addEventListener('click', (e) => {
    const b = e.target instanceof Element && e.target.closest('[data-theme-toggle]');
    if (!b) return;
    const t = dark() ? 'light' : 'dark';
    d.dataset.theme = t;
    try {
      localStorage.setItem(k, t);
    } catch {}
    sync();
  });
})();
