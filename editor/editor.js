// The code editor: CodeMirror 6 with Python, bundled by esbuild (`cargo xtask` builds it into
// dist/editor/) and driven from Rust through wasm-bindgen (app/src/components/code_editor.rs).
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { Compartment, EditorState, Prec, StateEffect, StateField } from "@codemirror/state";
import { Decoration, WidgetType } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { indentUnit, syntaxHighlighting } from "@codemirror/language";
import { python } from "@codemirror/lang-python";
import { classHighlighter, highlightCode } from "@lezer/highlight";
import { parser as pythonParser } from "@lezer/python";

// The line an error points at, highlighted until the code changes.
const setErrorLine = StateEffect.define();
const errorLineField = StateField.define({
  create: () => Decoration.none,
  update(decorations, transaction) {
    if (transaction.docChanged) return Decoration.none;
    for (const effect of transaction.effects) {
      if (effect.is(setErrorLine)) {
        if (effect.value === null) return Decoration.none;
        const line = transaction.state.doc.line(effect.value);
        return Decoration.set([Decoration.line({ class: "cm-error-line" }).range(line.from)]);
      }
    }
    return decorations;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// A teacher's comment, shown at the end of the line it is on (its text set as text, never as
// HTML); the whole comment is in the feedback beside the editor.
class NoteWidget extends WidgetType {
  constructor(text) {
    super();
    this.text = text;
  }

  eq(other) {
    return other.text === this.text;
  }

  toDOM() {
    const note = document.createElement("span");
    note.className = "cm-comment-note";
    note.textContent = this.text;
    note.title = this.text;
    return note;
  }
}

// The lines with comments: marked, with the comment beside them; they move with the text as the
// student edits.
const setNotes = StateEffect.define();
const notesField = StateField.define({
  create: () => Decoration.none,
  update(decorations, transaction) {
    decorations = decorations.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setNotes)) continue;
      const ranges = [];
      const doc = transaction.state.doc;
      for (const { line, text } of effect.value) {
        if (line < 1 || line > doc.lines) continue;
        const at = doc.line(line);
        ranges.push(Decoration.line({ class: "cm-commented-line" }).range(at.from));
        ranges.push(Decoration.widget({ widget: new NoteWidget(text), side: 1 }).range(at.to));
      }
      decorations = Decoration.set(ranges, true);
    }
    return decorations;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export class CodeEditor {
  // `label` names the editor for screen readers; `onChange(text)`, `onRun()` and
  // `onPaste(characters)` (the size of text pasted or dropped in, never the text) call back into
  // Rust.
  constructor(parent, text, label, onChange, onRun, onPaste) {
    this.language = new Compartment();
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: text,
        extensions: [
          basicSetup,
          // Python comes in a task of its own, after the editor is on the page (below).
          this.language.of([]),
          // The `tok-…` classes, coloured by styles.css (as code blocks in texts are), in colours
          // that keep a 4.5:1 contrast; basicSetup's own highlight style is only a fallback.
          syntaxHighlighting(classHighlighter),
          indentUnit.of("    "),
          errorLineField,
          notesField,
          // Ctrl/Cmd+Enter runs; Tab indents (Escape, then Tab, leaves the editor, as CodeMirror
          // does for keyboard users).
          keymap.of([{ key: "Mod-Enter", run: () => { onRun(); return true; } }, indentWithTab]),
          // One Escape is enough even when it also closes the list of completions (which would
          // otherwise take it): the next Tab leaves the editor.
          Prec.highest(
            EditorView.domEventHandlers({
              keydown(event, view) {
                if (event.key === "Escape") view.setTabFocusMode(2000);
                return false;
              },
            }),
          ),
          // tabindex: the text area is in the tab order anyway (it is contenteditable); said
          // explicitly, checkers such as axe-core see that the scrolling box holds a focusable part.
          EditorView.contentAttributes.of({ "aria-label": label, tabindex: "0" }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChange(update.state.doc.toString());
            for (const transaction of update.transactions) {
              if (!transaction.isUserEvent("input.paste") && !transaction.isUserEvent("input.drop")) continue;
              let size = 0;
              transaction.changes.iterChanges((fromA, toA, fromB, toB, inserted) => {
                size += inserted.length;
              });
              if (size > 0) onPaste(size);
            }
          }),
        ],
      }),
    });
    // Making the view and parsing the code in one go would hold a phone's main thread for a long
    // moment: the parser (with its colours and completion) follows in a task of its own.
    this.pending = setTimeout(() => {
      this.pending = null;
      this.view.dispatch({ effects: this.language.reconfigure(python()) });
    });
  }

  text() {
    return this.view.state.doc.toString();
  }

  setText(text) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  // Highlights line `line` (1-based) and scrolls to it; 0 clears the highlight.
  highlightLine(line) {
    const lines = this.view.state.doc.lines;
    if (line >= 1 && line <= lines) {
      const from = this.view.state.doc.line(line).from;
      this.view.dispatch({ effects: [setErrorLine.of(line), EditorView.scrollIntoView(from, { y: "center" })] });
    } else {
      this.view.dispatch({ effects: setErrorLine.of(null) });
    }
  }

  // `notes`: JSON of `[{line, text}]`, the comments to show beside their lines (1-based).
  setNotes(notes) {
    this.view.dispatch({ effects: setNotes.of(JSON.parse(notes)) });
  }

  setLabel(label) {
    this.view.contentDOM.setAttribute("aria-label", label);
  }

  // Points screen readers at the element with id `id`, which says how to use the editor's keys.
  describeWith(id) {
    this.view.contentDOM.setAttribute("aria-describedby", id);
  }

  focus() {
    this.view.focus();
  }

  // Focuses the editor with the cursor at the point (clientX, clientY), where the student pressed
  // on the code before the editor was there.
  focusAt(x, y) {
    const position = this.view.posAtCoords({ x, y });
    this.view.focus();
    if (position !== null) this.view.dispatch({ selection: { anchor: position } });
  }

  destroy() {
    if (this.pending !== null) clearTimeout(this.pending);
    this.view.destroy();
  }
}

// Highlights the Python code blocks (`<pre><code class="language-python">`) under `root` with the
// editor's own parser, as `tok-…` classes styled like the editor. Blocks already done are skipped.
export function highlightCodeBlocks(root) {
  for (const code of root.querySelectorAll("pre code.language-python:not([data-highlighted])")) {
    const text = code.textContent;
    const fragment = document.createDocumentFragment();
    highlightCode(
      text,
      pythonParser.parse(text),
      classHighlighter,
      (piece, classes) => {
        if (classes) {
          const span = document.createElement("span");
          span.className = classes;
          span.textContent = piece;
          fragment.appendChild(span);
        } else {
          fragment.appendChild(document.createTextNode(piece));
        }
      },
      () => fragment.appendChild(document.createTextNode("\n")),
    );
    code.replaceChildren(fragment);
    code.dataset.highlighted = "true";
  }
}
