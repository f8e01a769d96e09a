package app

import (
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"tavlen/app/kit"
	"tavlen/app/meeting"
	"tavlen/text"
)

// Languages the UI speaks, Danish first.
const (
	langSystem  = ""
	langDanish  = text.Danish
	langEnglish = text.English
)

// effectiveLanguage resolves the setting to "da" or "en"; see text.Resolve.
func effectiveLanguage(setting string) string {
	return text.Resolve(setting, systemLocale())
}

// systemLocale is the locale the system names: on Unix the environment
// (Fyne reports a C or POSIX locale as English, Tavlen speaks Danish
// there), on Windows the one Fyne reads from the system.
func systemLocale() string {
	if runtime.GOOS == "windows" {
		return lang.SystemLocale().String()
	}
	return text.EnvLocale()
}

// applyLanguage makes code ("da" or "en") the language of every later T
// call and of Fyne's own dialogs, whatever the system locale is.
//
// fyne's lang package has no call to force a language: it picks the
// translation closest to the system locale. So the chosen language's
// messages are registered under every tag the matcher can pick (Danish,
// English and the system's own language). The screens are then rebuilt to
// pick up the new texts.
func applyLanguage(code string) error {
	code = text.Normalise(code)
	data, err := text.FyneJSON(code)
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
	kit.SetLanguage(code)
	// Meeting mode follows the app's language.
	return meeting.AddTranslations(code)
}

// T is kit.T, kept short here: every word on screen comes from the one
// catalogue (package text), in the language the user chose.
var T = kit.T
