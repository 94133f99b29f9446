// Runs before the first paint (inline in <head>): applies the saved theme and marks the page as
// scripted (`js` class). Only what must happen before the first paint is here: it is part of
// every page's HTML. The toggle is src/scripts/theme-toggle.ts (a module, cached on pages with
// islands). The comment lines are removed before inlining.
(()=>{
const d=document.documentElement;
let s=null;
try{s=localStorage.getItem('hwc-guide:theme:v1')}catch{}
if(s==='dark'||s==='light')d.dataset.theme=s;
d.classList.add('js')
})();
