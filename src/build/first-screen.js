// Written into index.html's head by the build (src/build/first-menu.ts), with its hash in the CSP: it runs
// before the page is drawn, and the CSP allows this script and no other inline code.
// The menu in index.html is the one for a device on the defaults: on any other
// address (an activity, a lesson, the teacher's area) or with a setting of its own, it is not made
// (menu-later: first-menu-place.js) and the player draws the page itself, so no one sees a menu, or a
// language, that is not theirs.
(function () {
  var own = false;
  var projector = false;
  try {
    var s = localStorage;
    own = (s.getItem('lopvui.lang') || 'vi') !== 'vi' || (s.getItem('lopvui.band') || 'all') !== 'all' ||
      s.getItem('lopvui.muted') === '1' || s.getItem('lopvui.prefs') !== null;
    projector = /"mode":"projector"/.test(s.getItem('lopvui.prefs') || '');
  } catch (e) {
    own = false; // storage off: the player reads the defaults too
  }
  var root = document.documentElement;
  // An activity whose first item is drawn before the engine (src/app/first-item/, its code comes with the
  // entry): the activity and its first picture are fetched now, while the page is still parsing, not once the entry has run.
  // The build writes the list in (src/build/first-menu.ts): each one's files, by its id. Not on a projector,
  // where the player draws it (src/app/first-item/address.ts).
  var early = !projector && /^#\/play\/([^/?#]+)$/.exec(location.hash);
  var files = early && /*FIRST_ITEMS*/{}[decodeURIComponent(early[1])];
  if (files) {
    files.forEach(function (href) {
      if (/\.png$/.test(href)) {
        // The build's PNG of the picture: fetched and decoded now, off the main thread, so the item's first
        // drawing has it, not a second one a frame later (src/app/first-item/ takes it from here, by its address).
        var img = new Image();
        img.src = href;
        var decoded = img.decode().then(function () {
          return img;
        });
        decoded.catch(function () {}); // not shown after all (the other language's): no error on the console
        (window.__lopvuiPictures = window.__lopvuiPictures || {})[img.src] = decoded;
        return;
      }
      var link = document.createElement('link');
      link.href = href;
      if (/\.js$/.test(href)) link.rel = 'modulepreload';
      else {
        link.rel = 'preload';
        link.as = 'fetch'; // an SVG, read as text to be drawn (engine/media.ts)
        link.crossOrigin = 'anonymous';
      }
      document.head.appendChild(link);
    });
  }
  if (own || /^#\/(play|lesson|teacher)(\/|$)/.test(location.hash)) return root.classList.add('menu-later');
  // Shown: its first section only (the lessons), until the first touch, key or wheel, or a second (start.ts),
  // so a slow tablet lays out four tiles before a child can tap one; and whatever happens, in three seconds.
  root.classList.add('menu-first');
  // From the first moment, keys. A tile is a link: Space presses it as it presses a button (a clicker or a
  // keyboard may send either). M (the sound) pressed before the page's entry has run, which a busy tablet may
  // take a while to, is counted, and held with the rest once the entry listens (holdPresses in
  // src/app/early-input.ts). Once the player's menu listens (src/ui/menu.ts), it answers first and this one stands aside.
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.defaultPrevented) return;
    if (e.key === ' ' && t.matches && t.matches('a.tile')) {
      e.preventDefault();
      t.click();
    } else if ((e.key === 'm' || e.key === 'M') && !e.ctrlKey && !e.metaKey && !e.altKey && !root.hasAttribute('data-keys-held')) {
      root.setAttribute('data-early-m', String(+(root.getAttribute('data-early-m') || 0) + 1));
    }
  });
  // A lesson's tile opens the lesson at once (a link); one played to its end starts afresh, which the player
  // does once it is here (takeLessonTaps in src/app/early-input.ts). Once it draws the menu, its own listener does.
  document.addEventListener('click', function (e) {
    var t = e.target.closest && e.target.closest('#menu[data-prerendered] a[data-action="lesson"]');
    if (t) t.setAttribute('data-tapped', '');
  });
  setTimeout(function () {
    root.classList.remove('menu-first');
  }, 3000);
})();
