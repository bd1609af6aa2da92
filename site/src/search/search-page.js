/* global openShardedSearch */
// The search page's own script, inlined after src/search/sharded-search.js
// (which defines openShardedSearch) by src/pages/tim-kiem/index.astro.
// Same folding as the index (packages/vietnamese foldVietnamese): accents and đ do not matter.
const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const statusLine = document.getElementById('search-status');
const list = document.getElementById('search-results');
let pagefind;

function item(result) {
  const li = document.createElement('li');
  const kind = document.createElement('p');
  kind.className = 'muted';
  kind.textContent = result.meta.kind ?? '';
  const heading = document.createElement('h2');
  heading.className = 'card-title';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.textContent = result.meta.excerpt ?? '';
  li.append(kind, heading, excerpt);
  return li;
}

async function run(query) {
  list.replaceChildren();
  if (!query.trim()) return;
  statusLine.textContent = 'Đang tìm…';
  pagefind ??= openShardedSearch('/pagefind/', (url) => import(url));
  let search;
  try {
    search = await (await pagefind).search(fold(query));
  } catch {
    // A slow or broken connection: the next search tries to load the index again.
    pagefind = undefined;
    statusLine.textContent = 'Không tải được dữ liệu tìm kiếm. Vui lòng kiểm tra kết nối và thử lại.';
    return;
  }
  const results = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
  list.replaceChildren(...results.map(item));
  statusLine.textContent = results.length === 0 ? `Không tìm thấy kết quả cho “${query}”.` : `${search.results.length} kết quả cho “${query}”.`;
}

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
  run(input.value);
});
if (initial) run(initial);
