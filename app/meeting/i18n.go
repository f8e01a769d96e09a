package meeting

import (
	"sync/atomic"

	"tavlen/text"
)

// lang is the language meeting mode speaks, "da" or "en".
var lang atomic.Value

// words returns the words of meeting mode's language (package text).
func words() *text.Words {
	code, _ := lang.Load().(string)
	return text.For(code)
}

// T translates key; fallback is the English text, used when a translation
// is missing. data fills {{.Field}} holes.
func T(key, fallback string, data ...any) string {
	return words().T(key, fallback, data...)
}

// AddTranslations makes code ("da" or "en"; "" follows the system locale,
// anything else means Danish) meeting mode's language. Open calls it with
// Config.Lang; the app calls it again when the user switches language.
// The words are the app's, from package text.
func AddTranslations(code string) error {
	lang.Store(effectiveLanguage(code))
	return nil
}

func effectiveLanguage(code string) string { return text.Resolve(code, text.EnvLocale()) }
