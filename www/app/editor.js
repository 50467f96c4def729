// The playground's code editor: a plain <textarea> (so typing, selection,
// undo and accessibility are the browser's own) with transparent text,
// laid over a highlighted copy of the same text and a layer that marks a
// compile error. All layers share one font and box and scroll together in
// one container; the textarea grows to fit its text so it never scrolls
// on its own.

import { escapeHtml, highlight } from './highlight.js';

export class Editor {
  /**
   * @param {HTMLElement} parent
   * @param {{ onChange?: (text: string) => void, onRun?: () => void }} handlers
   */
  constructor(parent, { onChange = () => {}, onRun = () => {} } = {}) {
    this.onChange = onChange;
    this.root = element('div', 'editor');
    this.gutter = element('pre', 'gutter');
    this.gutter.setAttribute('aria-hidden', 'true');
    const code = element('div', 'code');
    this.marks = element('pre', 'marks');
    this.highlighted = element('pre', 'highlight');
    for (const layer of [this.marks, this.highlighted]) layer.setAttribute('aria-hidden', 'true');
    this.textarea = element('textarea');
    Object.assign(this.textarea, { spellcheck: false, wrap: 'off', autocapitalize: 'off', autocomplete: 'off' });
    this.textarea.setAttribute('aria-label', 'JavaScript program');
    code.append(this.marks, this.highlighted, this.textarea);
    this.root.append(this.gutter, code);
    parent.append(this.root);
    this.error = null;

    this.textarea.addEventListener('input', () => {
      this.error = null;
      this.render();
      this.onChange(this.value);
    });
    this.textarea.addEventListener('keydown', (event) => this.keydown(event, onRun));
    this.render();
  }

  get value() {
    return this.textarea.value;
  }

  set value(text) {
    this.textarea.value = text;
    this.error = null;
    this.render();
  }

  /** Marks a compile error: 1-based lines, columns in UTF-16 units. */
  markError({ line, col, endLine, endCol, message }) {
    this.error = { line, col, endLine, endCol, message };
    this.render();
    this.reveal(line);
  }

  clearError() {
    if (!this.error) return;
    this.error = null;
    this.render();
  }

  focus() {
    this.textarea.focus();
  }

  render() {
    const text = this.value;
    // A trailing newline needs a line after it to be visible in a <pre>.
    this.highlighted.innerHTML = highlight(text) + '\n';
    this.marks.innerHTML = this.markedHtml(text) + '\n';
    const lines = text.split('\n').length;
    let gutter = '';
    for (let i = 1; i <= lines; i++) {
      gutter += this.error && this.error.line === i
        ? `<span class="error" title="${escapeHtml(this.error.message)}">${i}</span>\n`
        : `${i}\n`;
    }
    this.gutter.innerHTML = gutter;
    // Grow to the text so the container scrolls every layer at once.
    this.textarea.style.height = 'auto';
    this.textarea.style.width = 'auto';
    this.textarea.style.height = `${this.textarea.scrollHeight}px`;
    this.textarea.style.width = `${Math.max(this.textarea.scrollWidth, this.root.clientWidth - this.gutter.offsetWidth)}px`;
  }

  /** The text with the error's range in a <mark> (one character wide at least). */
  markedHtml(text) {
    if (!this.error) return escapeHtml(text);
    const start = offsetOf(text, this.error.line, this.error.col);
    let end = offsetOf(text, this.error.endLine, this.error.endCol);
    if (end <= start) end = Math.min(start + 1, text.length);
    const marked = text.slice(start, end) || ' ';
    const mark = `<mark title="${escapeHtml(this.error.message)}">${escapeHtml(marked)}</mark>`;
    return escapeHtml(text.slice(0, start)) + mark + escapeHtml(text.slice(end));
  }

  /** Scrolls so that `line` is visible. */
  reveal(line) {
    const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight) || 20;
    const top = (line - 1) * lineHeight;
    if (top < this.root.scrollTop || top > this.root.scrollTop + this.root.clientHeight - 2 * lineHeight) {
      this.root.scrollTop = Math.max(0, top - this.root.clientHeight / 3);
    }
  }

  keydown(event, onRun) {
    const ta = this.textarea;
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      onRun();
    } else if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      if (event.shiftKey) this.outdent();
      else insertText(ta, '  ');
    } else if (event.key === 'Enter' && !event.shiftKey && ta.selectionStart === ta.selectionEnd) {
      // Keep the current line's indentation (one level more after `{`, `[` or `(`).
      const before = ta.value.slice(0, ta.selectionStart);
      const line = before.slice(before.lastIndexOf('\n') + 1);
      const indent = /^[ \t]*/.exec(line)[0] + (/[{[(]\s*$/.test(line) ? '  ' : '');
      event.preventDefault();
      insertText(ta, '\n' + indent);
    }
  }

  /** Removes up to two spaces at the start of the caret's line. */
  outdent() {
    const ta = this.textarea;
    const lineStart = ta.value.lastIndexOf('\n', ta.selectionStart - 1) + 1;
    const spaces = /^ {1,2}/.exec(ta.value.slice(lineStart));
    if (!spaces) return;
    const caret = ta.selectionStart;
    ta.setSelectionRange(lineStart, lineStart + spaces[0].length);
    insertText(ta, '');
    const back = Math.max(lineStart, caret - spaces[0].length);
    ta.setSelectionRange(back, back);
  }
}

function element(tag, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** Inserts through the browser's editing commands, so undo keeps working. */
function insertText(textarea, text) {
  if (!document.execCommand('insertText', false, text)) {
    textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
    textarea.dispatchEvent(new Event('input'));
  }
}

/** The string offset of a 1-based line and UTF-16 column. */
export function offsetOf(text, line, col) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return text.length;
    offset = newline + 1;
  }
  return Math.min(offset + col - 1, text.length);
}
