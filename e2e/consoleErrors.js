/*
 * Which console errors of a page are our own code's: the e2e fails on those and lists the rest
 * (React deprecation warnings from Backstage's and Material UI's own components) in its log.
 */

/** Our sources as they appear in the dev server's stack frames. */
const OWN_SOURCE =
  /\/(plugins\/privatelink[\w-]*|packages\/app(-next)?)\/src\//;
/** Rendering primitives our components compose: a warning they raise belongs to the caller. */
const PRIMITIVE = /node_modules\/@material-ui\//;
/**
 * React's deprecations of APIs a library itself calls (Material UI v4's findDOMNode in its
 * transitions and portals, defaultProps): the library's, whoever renders it.
 */
const LIBRARY_DEPRECATION =
  /findDOMNode is deprecated|Support for defaultProps will be removed/;

/**
 * True when a console error is ours: a failed request to the privatelink backend, or a warning
 * whose first component frame outside Material UI's primitives is in our sources (a missing key,
 * a `<div>` inside a `<p>`, a state update after unmount...).
 */
function isOwnConsoleError(text, locationUrl = '') {
  if (/\/api\/privatelink\//.test(locationUrl)) return true;
  const frames = text
    .split('\n')
    .filter(line => /^\s+at \S+ \(/.test(line))
    .filter(line => LIBRARY_DEPRECATION.test(text) || !PRIMITIVE.test(line));
  if (frames.length === 0) return OWN_SOURCE.test(text);
  return OWN_SOURCE.test(frames[0]);
}

/** Known messages and how they must be classified: run before the e2e, so a wrong rule fails loudly. */
function selfCheck() {
  const cases = [
    [
      true,
      'Warning: Each child in a list should have a unique "key" prop.%s\n    at HealthCard (webpack-internal:///../../plugins/privatelink/src/components/EntityPrivateLinkHealthCard/HealthCard.tsx:10:3)',
    ],
    [
      true,
      'Warning: validateDOMNesting(...): %s cannot appear as a descendant of <p>.\n    at div\n    at p\n    at Typography (webpack-internal:///../../node_modules/@material-ui/core/esm/Typography/Typography.js:167:28)\n    at HealthCard (webpack-internal:///../../plugins/privatelink/src/components/EntityPrivateLinkHealthCard/HealthCard.tsx:10:3)',
    ],
    [
      false,
      'Warning: findDOMNode is deprecated.%s\n    at a\n    at LinkWithRef (webpack-internal:///../../node_modules/react-router-dom/dist/index.js:814:7)\n    at InventoryCard (webpack-internal:///../../plugins/privatelink/src/components/EntityPrivateLinkInventoryCard/InventoryCard.tsx:348:86)',
    ],
    [
      false,
      'Warning: findDOMNode is deprecated.%s\n    at Portal (webpack-internal:///../../node_modules/@material-ui/core/esm/Portal/Portal.js:36:24)\n    at Modal (webpack-internal:///../../node_modules/@material-ui/core/esm/Modal/Modal.js:90:66)\n    at BackendSelect (webpack-internal:///../../plugins/privatelink/src/components/RequestFields/RequestFields.tsx:60:3)',
    ],
    [
      false,
      'Warning: %s: Support for defaultProps will be removed.%s MTableHeader\n    at MTableHeader (webpack-internal:///../../node_modules/@material-table/core/dist/components/MTableHeader/index.js:46:30)\n    at InventoryCard (webpack-internal:///../../plugins/privatelink/src/components/EntityPrivateLinkInventoryCard/InventoryCard.tsx:348:86)',
    ],
  ];
  for (const [own, text] of cases) {
    if (isOwnConsoleError(text) !== own)
      throw new Error(`consoleErrors misclassifies: ${text.split('\n')[0]}`);
  }
  if (
    !isOwnConsoleError(
      'Failed to load resource: the server responded with a status of 500',
      'http://localhost:7007/api/privatelink/fleet',
    )
  ) {
    throw new Error('consoleErrors misses a failed privatelink request');
  }
}

/** Records a page's console errors and uncaught exceptions: `own` fails the e2e, `others` are logged. */
function watchConsole(page) {
  const seen = { own: [], others: [] };
  page.on('console', message => {
    if (message.type() !== 'error') return;
    const text = message.text();
    (isOwnConsoleError(text, message.location()?.url)
      ? seen.own
      : seen.others
    ).push(text.split('\n').slice(0, 3).join(' / '));
  });
  page.on('pageerror', error => {
    // Leaving a page while the dev server still sends one of its lazy chunks aborts the load: the
    // navigation's, not a defect (a chunk that truly fails leaves its card missing, which the
    // checks see).
    const aborted = /Loading chunk .* failed/.test(error.message);
    (aborted ? seen.others : seen.own).push(`uncaught ${error.message}`);
  });
  return seen;
}

module.exports = { isOwnConsoleError, selfCheck, watchConsole };
