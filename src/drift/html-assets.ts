// The inline stylesheet and script of the HTML drift report. The script only filters rows
// already in the page (no data is injected into it), so user data never reaches JavaScript.

export const HTML_STYLE = `
:root { color-scheme: light; --added: #1a7f37; --removed: #cf222e; --changed: #9a6700; --muted: #57606a; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; padding: 24px 32px; color: #1f2328; background: #f6f8fa; }
h1 { margin: 0 0 4px; font-size: 24px; }
h2 { font-size: 17px; margin: 24px 0 8px; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eff1f3; padding: 1px 4px; border-radius: 4px; word-break: break-all; }
.headline { font-size: 16px; font-weight: 600; padding: 8px 12px; border-radius: 6px; display: inline-block; margin: 8px 0; }
.headline.in-sync { background: #dafbe1; color: var(--added); }
.headline.drift { background: #fff8c5; color: var(--changed); }
.headline.unknown { background: #ffebe9; color: var(--removed); }
.meta { color: var(--muted); margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 10px 16px; min-width: 120px; }
.card .n { display: block; font-size: 26px; font-weight: 700; }
.card .l { color: var(--muted); }
.card.added .n { color: var(--added); } .card.removed .n, .card.unknown .n { color: var(--removed); } .card.changed .n { color: var(--changed); }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid #d0d7de; padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
table.by-kind { margin-top: 12px; }
#items { width: 100%; }
#filters { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; margin: 20px 0 8px; padding: 10px 12px; background: #fff; border: 1px solid #d0d7de; border-radius: 8px; }
#shown-count { color: var(--muted); margin-left: auto; }
td.mark { font: 700 16px ui-monospace, monospace; text-align: center; width: 28px; }
tr.added td.mark { color: var(--added); } tr.removed td.mark { color: var(--removed); } tr.changed td.mark { color: var(--changed); }
.msg { color: var(--muted); font-size: 12.5px; margin-top: 2px; }
table.fields th, table.fields td { font-size: 12.5px; padding: 3px 6px; }
.live { background: #ffebe9; } .desired { background: #dafbe1; }
td.live, td.desired { font-family: ui-monospace, monospace; }
.side { color: var(--muted); }
#unknown { border-left: 4px solid var(--removed); padding-left: 12px; }
.empty { font-size: 15px; }
`;

export const HTML_SCRIPT = `
(function () {
  var kind = document.getElementById('filter-kind');
  var org = document.getElementById('filter-org');
  var changes = Array.prototype.slice.call(document.querySelectorAll('.filter-change'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('#items tbody tr.item'));
  var count = document.getElementById('shown-count');
  var none = document.getElementById('no-match');
  function apply() {
    var allowed = {};
    changes.forEach(function (c) { allowed[c.value] = c.checked; });
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (!kind || !kind.value || row.getAttribute('data-kind') === kind.value) &&
        (!org || !org.value || row.getAttribute('data-org') === org.value) &&
        allowed[row.getAttribute('data-change')] !== false;
      row.hidden = !visible;
      if (visible) shown++;
    });
    if (count) count.textContent = shown + ' of ' + rows.length + ' shown';
    if (none) none.hidden = shown !== 0;
  }
  function fromHash() {
    // #kind=org_membership&org=payments presets the filters (a shareable link).
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    function preset(select, value) {
      if (!select || value === null) return;
      for (var i = 0; i < select.options.length; i++) {
        if (select.options[i].value === value) select.value = value;
      }
    }
    preset(kind, params.get('kind'));
    preset(org, params.get('org'));
  }
  [kind, org].concat(changes).forEach(function (el) { if (el) el.addEventListener('change', apply); });
  fromHash();
  apply();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
