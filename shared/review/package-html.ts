import { snapshotPath } from './snapshot';
import { codeTextFields } from './snapshot';
import { packageLabels } from './package-labels';
import type { ReviewPackageInput } from './package-input';
import { reviewCommentsFormat } from './comments-file';

/** Every character that could end text and start markup, in content and in quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The page only reads the DOM it is in and writes a Blob download: no data is ever placed inside
 * the script, so no researcher text can break out of it. The Content-Security-Policy forbids any
 * remote fetch, image, font or script even if a future edit slipped one in.
 */
const script = `
(function () {
  var button = document.getElementById('save');
  if (!button) return;
  button.hidden = false;
  document.querySelectorAll('[data-comment]').forEach(function (box) { box.hidden = false; });
  button.addEventListener('click', function () {
    var comments = [];
    document.querySelectorAll('textarea[data-code-id]').forEach(function (area) {
      var text = area.value.trim();
      if (!text) return;
      var target = area.dataset.codingId
        ? { kind: 'coding', codeId: area.dataset.codeId, codingId: area.dataset.codingId }
        : { kind: 'code', codeId: area.dataset.codeId };
      comments.push({ target: target, text: text });
    });
    var doc = document.body.dataset;
    var file = { format: '${reviewCommentsFormat}', version: 1, packageId: doc.packageId, projectId: doc.projectId,
      author: document.getElementById('author').value.trim(), comments: comments };
    var blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'review-comments.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
  });
})();
`;

const style = `
body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
section.code{border-top:1px solid #ccc;padding:.5rem 0}
blockquote{margin:.5rem 0;padding:.25rem .75rem;border-left:4px solid #999;background:#f6f6f6;white-space:pre-wrap}
textarea{width:100%;min-height:3rem;font:inherit}
dt{font-weight:600}
.source{font-size:.85em;color:#555}
`;

/** A self-contained HTML page: readable with scripts off, no remote content, every text escaped. */
export function reviewPackageHtml(input: ReviewPackageInput): string {
  const l = packageLabels[input.language];
  const e = escapeHtml;
  const codes = input.snapshot.codes.map((code) => {
    const depth = snapshotPath(input.snapshot, code.id).split(' / ').length;
    const heading = `h${Math.min(depth + 1, 6)}`;
    const fields = codeTextFields
      .filter((f) => code[f].trim() !== '')
      .map((f) => `<dt>${e(l.fields[f])}</dt><dd>${e(code[f])}</dd>`)
      .join('');
    const examples = (input.examples[code.id] ?? [])
      .map(
        (x) =>
          `<blockquote data-coding-id="${e(x.codingId)}">${e(x.text)}<div class="source">${e(x.sourceName)}</div></blockquote>` +
          `<textarea hidden data-comment data-code-id="${e(code.id)}" data-coding-id="${e(x.codingId)}" aria-label="${e(l.yourComment)}"></textarea>`,
      )
      .join('');
    return (
      `<section class="code" id="code-${e(code.id)}" data-code-id="${e(code.id)}">` +
      `<${heading}>${e(snapshotPath(input.snapshot, code.id))}</${heading}>` +
      (fields ? `<dl>${fields}</dl>` : '') +
      `<p><strong>${e(l.examples)}</strong></p>${examples || `<p>${e(l.noExamples)}</p>`}` +
      `<textarea hidden data-comment data-code-id="${e(code.id)}" aria-label="${e(l.yourComment)}" placeholder="${e(l.yourComment)}"></textarea>` +
      `</section>`
    );
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${e(input.language)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${e(l.title)}: ${e(input.projectName)}</title><style>${style}</style></head>`,
    `<body data-package-id="${e(input.packageId)}" data-project-id="${e(input.projectId)}">`,
    `<h1>${e(input.projectName)}</h1><p>${e(l.title)}: ${e(input.versionName)}</p><p>${e(l.intro)}</p>`,
    `<noscript><p>${e(l.noScript)}</p></noscript>`,
    `<p data-comment hidden><label>${e(l.yourName)} <input id="author"></label></p>`,
    ...codes,
    `<p><button id="save" type="button" hidden>${e(l.save)}</button></p>`,
    `<script>${script}</script>`,
    '</body></html>',
  ].join('\n');
}
