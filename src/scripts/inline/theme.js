// Runs before the first paint (inline in <head>): applies the saved theme, marks the page as
// scripted (`js` class) and keeps every theme button's aria-pressed in step. Written compactly:
// it is part of every page's HTML. The comment lines are removed before inlining.
(()=>{
const d=document.documentElement,k='hwc-guide:theme:v1',m=matchMedia('(prefers-color-scheme: dark)');
let s=null;
try{s=localStorage.getItem(k)}catch{}
if(s==='dark'||s==='light')d.dataset.theme=s;
d.classList.add('js');
const dark=()=>d.dataset.theme?d.dataset.theme==='dark':m.matches,
sync=()=>{for(const b of document.querySelectorAll('[data-theme-toggle]'))b.setAttribute('aria-pressed',String(dark()))};
addEventListener('DOMContentLoaded',sync);
m.addEventListener('change',sync);
addEventListener('click',e=>{
const b=e.target instanceof Element&&e.target.closest('[data-theme-toggle]');
if(!b)return;
d.dataset.theme=dark()?'light':'dark';
try{localStorage.setItem(k,d.dataset.theme)}catch{}
sync()})
})();
