// Written into index.html by the build right after the empty menu, with the build's menu as text just before it
// (src/build/first-menu.ts), and allowed by its hash in the CSP. The menu's elements are made here, and only
// where it is the page (first-screen.js decided in the head): on an activity's page the parser does not take
// its many elements in several tasks, each queued behind the page's other work, before the first item is
// drawn (issue 17: about 90 ms sooner, warm, at CPU 4x).
(function () {
  var text = document.getElementById('first-menu');
  if (!document.documentElement.classList.contains('menu-later')) document.getElementById('menu').outerHTML = text.textContent;
  text.remove();
})();
