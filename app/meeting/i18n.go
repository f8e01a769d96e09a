package meeting

import (
	"embed"
	"io/fs"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// translations holds da.json and en.json with the "meeting." keys. They are
// merged into fyne's bundle next to the app's own messages.
//
//go:embed translations
var translations embed.FS

// T translates key; fallback is the English text, used when a translation
// is missing. data fills {{.Field}} holes.
func T(key, fallback string, data ...any) string {
	return lang.X(key, fallback, data...)
}

// AddTranslations merges meeting mode's messages for code ("da" or "en";
// anything else means Danish, "" follows the system locale) into fyne's
// bundle. Like the app, it registers the chosen language under every tag
// fyne's matcher may pick, because lang has no call to force a language.
// Open calls it with Config.Lang; the app may call it again when the user
// switches language.
func AddTranslations(code string) error {
	code = effectiveLanguage(code)
	data, err := fs.ReadFile(translations, "translations/"+code+".json")
	if err != nil {
		return err
	}
	tags := []string{"en", "da"}
	if sys := lang.SystemLocale().LanguageString(); sys != "" && sys != "en" && sys != "da" {
		tags = append(tags, sys)
	}
	for _, tag := range tags {
		if err := lang.AddTranslationsForLocale(data, fyne.Locale(tag)); err != nil {
			return err
		}
	}
	return nil
}

func effectiveLanguage(code string) string {
	switch code {
	case "da", "en":
		return code
	case "":
		if strings.HasPrefix(strings.ToLower(lang.SystemLocale().LanguageString()), "en") {
			return "en"
		}
	}
	return "da"
}
