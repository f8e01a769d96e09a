package text

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"sync"
)

//go:embed translations
var translations embed.FS

// Languages Tavlen speaks, Danish first.
const (
	Danish  = "da"
	English = "en"
)

// Languages lists the catalogue's languages.
var Languages = []string{Danish, English}

// catalogue is one language's messages. raw keeps each message's JSON as
// written (plural forms included) for Fyne's lang package; words holds the
// plain text Tavlen looks up ("other" of a plural form).
type catalogue struct {
	raw   map[string]json.RawMessage
	words map[string]string
}

var (
	loadOnce sync.Once
	loaded   map[string]*catalogue
	loadErr  error
)

// catalogues loads every language once.
func catalogues() (map[string]*catalogue, error) {
	loadOnce.Do(func() {
		loaded = map[string]*catalogue{}
		for _, code := range Languages {
			c, err := load(translations, code)
			if err != nil {
				loadErr = err
				return
			}
			loaded[code] = c
		}
	})
	return loaded, loadErr
}

// load merges every translations/<code>/*.json; a key given twice is an
// error, so two areas cannot quietly disagree about a word.
func load(fsys fs.FS, code string) (*catalogue, error) {
	dir := path.Join("translations", code)
	names, err := fs.Glob(fsys, dir+"/*.json")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("text: no translations for %q", code)
	}
	sort.Strings(names)
	c := &catalogue{raw: map[string]json.RawMessage{}, words: map[string]string{}}
	from := map[string]string{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("text: %s: %w", name, err)
		}
		for k, v := range m {
			if prev, ok := from[k]; ok {
				return nil, fmt.Errorf("text: key %q is in both %s and %s", k, prev, name)
			}
			from[k] = name
			word, err := plainWord(v)
			if err != nil {
				return nil, fmt.Errorf("text: %s: key %q: %w", name, k, err)
			}
			c.raw[k], c.words[k] = v, word
		}
	}
	return c, nil
}

// plainWord is a message's text: the string, or the "other" form of a
// plural message as Fyne's lang writes them.
func plainWord(v json.RawMessage) (string, error) {
	var s string
	if err := json.Unmarshal(v, &s); err == nil {
		return s, nil
	}
	var forms map[string]string
	if err := json.Unmarshal(v, &forms); err != nil {
		return "", err
	}
	if s, ok := forms["other"]; ok {
		return s, nil
	}
	return "", fmt.Errorf("plural message without an \"other\" form")
}

// FyneJSON returns every message of code ("da" unless "en") as one JSON
// object in the format of Fyne's lang.AddTranslationsForLocale, so Fyne's
// own dialogs speak the same language from the same catalogue.
func FyneJSON(code string) ([]byte, error) {
	cs, err := catalogues()
	if err != nil {
		return nil, err
	}
	return json.Marshal(cs[Normalise(code)].raw)
}

// Keys returns every key of code's catalogue, sorted.
func Keys(code string) ([]string, error) {
	cs, err := catalogues()
	if err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(cs[Normalise(code)].words))
	for k := range cs[Normalise(code)].words {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, nil
}
