package app

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// dialogWords are the words a person reads in the dialog on top of w:
// labels, buttons, placeholders and the list of places.
func dialogWords(t *testing.T, w fyne.Window) []string {
	t.Helper()
	pop := w.Canvas().Overlays().Top()
	if pop == nil {
		t.Fatal("no dialog shown")
	}
	var words []string
	for _, o := range objectsIn(pop) {
		switch x := o.(type) {
		case *widget.Label:
			words = append(words, x.Text)
		case *widget.Button:
			words = append(words, x.Text)
		case *widget.Entry:
			words = append(words, x.PlaceHolder)
		case *widget.List:
			for i := 0; i < x.Length(); i++ {
				item := x.CreateItem()
				x.UpdateItem(i, item)
				for _, o := range objectsIn(item) {
					if l, ok := o.(*widget.Label); ok {
						words = append(words, l.Text)
					}
				}
			}
		}
	}
	return words
}

// English words fyne's own file dialog writes unless told otherwise.
var fyneEnglish = []string{"Save", "Open", "File", "Cancel", "Home", "Desktop", "Documents",
	"Downloads", "Music", "Pictures", "Videos", "App Files", "Parent", "Enter filename", "Folder"}

// The open and save dialogs speak Danish: title, buttons, placeholder and
// the places on the left, and "(Op)" stays on one line.
func TestFileDialogsInDanish(t *testing.T) {
	u := newTestUI(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1280, 720))
	u.win = w
	for _, save := range []bool{true, false} {
		if save {
			u.pickSaveFile(w, "tavle.pdf", []string{".pdf"}, func(io.WriteCloser) {})
		} else {
			u.pickOpenFile([]string{".ics"}, func(io.ReadCloser, string) {})
		}
		words := dialogWords(t, w)
		all := "|" + strings.Join(words, "|") + "|"
		title := "Åbn fil"
		if save {
			title = "Gem fil"
		}
		if !strings.Contains(all, "|"+title+"|") {
			t.Errorf("dialog has no title %q: %s", title, all)
		}
		if !strings.Contains(all, "|Hjem|") {
			t.Errorf("no Hjem among the places: %s", all)
		}
		for _, word := range words {
			for _, en := range fyneEnglish {
				if strings.Contains(word, en) {
					t.Errorf("the %s dialog writes %q (English %q)", title, word, en)
				}
			}
			if strings.HasPrefix(word, "(") && word != "(Op)" {
				t.Errorf("parent folder written %q", word)
			}
		}
		w.Canvas().Overlays().Top().Hide()
		w.Canvas().Overlays().Remove(w.Canvas().Overlays().Top())
	}
}

// Saving over a file asks in Danish; fyne writes "Overwrite?" itself.
func TestSaveOverAFileAsksInDanish(t *testing.T) {
	u := newTestUI(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1280, 720))
	u.win = w
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "plan.pdf"), []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	u.app.Preferences().SetString("fyne:fileDialogLastFolder", storage.NewFileURI(dir).String())
	saved := false
	u.pickSaveFile(w, "plan.pdf", []string{".pdf"}, func(wc io.WriteCloser) { saved = true; wc.Close() })
	test.Tap(findButton(overlayContent(w.Canvas().Overlays().Top()), "Gem"))
	all := "|" + strings.Join(dialogWords(t, w), "|") + "|"
	for _, want := range []string{"|Erstat filen?|", "plan.pdf. Vil du erstatte den?"} {
		if !strings.Contains(all, want) {
			t.Errorf("the question lacks %q: %s", want, all)
		}
	}
	if strings.Contains(all, "Overwrite") || strings.Contains(all, "Are you sure") {
		t.Errorf("English in the question: %s", all)
	}
	if saved {
		t.Error("saved before the answer")
	}
}
