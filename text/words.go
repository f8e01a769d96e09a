package text

import (
	"log"
	"strings"
	"sync"
	"text/template"
)

// Words speaks one language: its messages, labels and dates.
type Words struct {
	lang  string
	words map[string]string
}

var danishWords, englishWords = sync.OnceValue(func() *Words { return newWords(Danish) }),
	sync.OnceValue(func() *Words { return newWords(English) })

func newWords(code string) *Words {
	cs, err := catalogues()
	if err != nil {
		// The catalogue is embedded and checked by the tests; a broken one
		// still leaves every message readable through its English fallback.
		log.Printf("tavlen: %v", err)
		return &Words{lang: code, words: map[string]string{}}
	}
	return &Words{lang: code, words: cs[code].words}
}

// For returns the words of code: English for "en", Danish for anything
// else.
func For(code string) *Words {
	if Normalise(code) == English {
		return englishWords()
	}
	return danishWords()
}

// Lang is "da" or "en".
func (w *Words) Lang() string { return w.lang }

// English reports whether w speaks English.
func (w *Words) English() bool { return w.lang == English }

// Has reports whether the catalogue holds key in w's language.
func (w *Words) Has(key string) bool {
	_, ok := w.words[key]
	return ok
}

// T translates key. fallback, the English text, is used when the key is
// missing. data (one map or struct) fills {{.Field}} holes, as in Fyne's
// lang.X.
func (w *Words) T(key, fallback string, data ...any) string {
	s, ok := w.words[key]
	if !ok {
		s = fallback
	}
	if len(data) == 0 || !strings.Contains(s, "{{") {
		return s
	}
	return fill(s, data[0])
}

var templates sync.Map // message → *template.Template

// fill executes s as a Go template with data; a broken message is shown
// as written rather than as nothing.
func fill(s string, data any) string {
	t, ok := templates.Load(s)
	if !ok {
		parsed, err := template.New("").Option("missingkey=zero").Parse(s)
		if err != nil {
			return s
		}
		t, _ = templates.LoadOrStore(s, parsed)
	}
	var b strings.Builder
	if err := t.(*template.Template).Execute(&b, data); err != nil {
		return s
	}
	return b.String()
}
