/* What Material's pages do inline, as one cached file (about 600 bytes less on every
   page): the site's scope for Material's stored state (partials/javascripts/base.html,
   its root is this file's folder's parent), and the reader's light or dark preference,
   followed as it changes (mkdocs.yml's palette: light is "default", dark "slate"). Loaded
   at the top of the page's header, where the body exists. A classic script, for file://. */
// Material 9.8.1's partials/javascripts/base.html, but for where the scope comes from
__md_scope=new URL("..",document.currentScript.src),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}};
(function (schemes) {
  function follow() {
    schemes.forEach(function (s) {
      if (matchMedia(s[0]).matches) document.body.setAttribute("data-md-color-scheme", s[1]);
    });
  }
  follow();
  schemes.forEach(function (s) { matchMedia(s[0]).addEventListener("change", follow); });
})([["(prefers-color-scheme: light)", "default"], ["(prefers-color-scheme: dark)", "slate"]]);
