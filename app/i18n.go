package app

import (
	"os"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"tavlen/app/meeting"
	"tavlen/assets"
)

// Languages the UI speaks, Danish first.
const (
	langSystem  = ""
	langDanish  = "da"
	langEnglish = "en"
)

// T translates the message with the given key; fallback is the English
// text, used when a translation is missing. data fills {{.Field}} holes.
func T(key, fallback string, data ...any) string {
	return lang.X(key, fallback, data...)
}

// currentLang is the language applied by applyLanguage.
var currentLang = langDanish

// effectiveLanguage resolves the setting to "da" or "en": the system
// locale decides when the setting is empty; Danish unless the system
// speaks something else we know.
func effectiveLanguage(setting string) string {
	switch setting {
	case langDanish, langEnglish:
		return setting
	}
	if neutralLocale() {
		return langDanish
	}
	sys := strings.ToLower(lang.SystemLocale().LanguageString())
	if strings.HasPrefix(sys, "en") {
		return langEnglish
	}
	return langDanish
}

// neutralLocale reports whether a Unix system names no language at all (C
// or POSIX, as on servers and fresh installs), which fyne reports as
// English; Tavlen then speaks Danish, its first language.
func neutralLocale() bool {
	if runtime.GOOS == "windows" {
		return false
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(name); v != "" {
			v = strings.ToUpper(strings.SplitN(v, ".", 2)[0])
			return v == "C" || v == "POSIX"
		}
	}
	return true
}

// applyLanguage makes code ("da" or "en") the language of every later
// lang.X call, whatever the system locale is.
//
// fyne's lang package has no call to force a language: it picks the
// translation closest to the system locale. So the chosen language's
// messages are registered under every tag the matcher can pick (Danish,
// English and the system's own language). This works at run time; the
// screens are then rebuilt to pick up the new texts.
func applyLanguage(code string) error {
	if code != langEnglish {
		code = langDanish
	}
	data, err := assets.Translation(code)
	if err != nil {
		return err
	}
	tags := []string{langEnglish, langDanish}
	if sys := lang.SystemLocale().LanguageString(); sys != "" && sys != langEnglish && sys != langDanish {
		tags = append(tags, sys)
	}
	for _, tag := range tags {
		if err := lang.AddTranslationsForLocale(data, fyne.Locale(tag)); err != nil {
			return err
		}
	}
	currentLang = code
	// Meeting mode keeps its own messages; they follow the app's language.
	return meeting.AddTranslations(code)
}
