// The two searches of the Research section side by side: national legislation, and the work
// itself (model-law texts and consultation comments).

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { href } from '../router.js';

const TABS = [
  ['legislation', '/research', 'research.tab.legislation'],
  ['work', '/research/work', 'research.tab.work'],
];

export function searchTabs(current) {
  return h(
    'nav',
    { class: 'search-tabs', 'aria-label': t('research.tabs') },
    TABS.map(([key, path, label]) =>
      h('a', { href: href(path), 'aria-current': key === current ? 'page' : null }, t(label)),
    ),
  );
}
