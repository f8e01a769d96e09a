package app

import (
	"sync/atomic"

	"tavlen/text"
)

// T translates the message with the given key; fallback is the English
// text, used when a translation is missing. data fills {{.Field}} holes.
func T(key, fallback string, data ...any) string {
	return words().T(key, fallback, data...)
}

// language is the language applied by applyLanguage, "da" or "en"; Danish
// until then.
var language atomic.Value

// currentLang is the language of every T call.
func currentLang() string {
	if code, _ := language.Load().(string); code != "" {
		return code
	}
	return text.Danish
}

// setLanguage makes code the language of every later T call.
func setLanguage(code string) { language.Store(code) }

// words returns the words of the language the user chose.
func words() *text.Words { return text.For(currentLang()) }
