package kit

import (
	"sync/atomic"

	"tavlen/text"
)

// T translates the message with the given key; fallback is the English
// text, used when a translation is missing. data fills {{.Field}} holes.
func T(key, fallback string, data ...any) string {
	return Words().T(key, fallback, data...)
}

// language is the language the app applied (SetLanguage), "da" or "en"; Danish
// until then.
var language atomic.Value

// Language is the language of every T call, "da" or "en".
func Language() string {
	if code, _ := language.Load().(string); code != "" {
		return code
	}
	return text.Danish
}

// SetLanguage makes code the language of every later T call.
func SetLanguage(code string) { language.Store(code) }

// Words returns the words of the language the user chose.
func Words() *text.Words { return text.For(Language()) }
