// Package assets holds the files Tavlen embeds: the translations of the
// user interface and the program icon.
package assets

import (
	"embed"
	"io/fs"

	"fyne.io/fyne/v2"
)

// files is the whole assets folder. The icon is looked up by name at run
// time, so the program still builds and runs before the icon is drawn.
//
//go:embed *
var files embed.FS

// Translations holds translations/da.json and translations/en.json in the
// format of fyne's lang package.
//
//go:embed translations
var Translations embed.FS

// TranslationDir is the folder inside Translations.
const TranslationDir = "translations"

// Translation returns the raw JSON of one language ("da", "en").
func Translation(code string) ([]byte, error) {
	return fs.ReadFile(Translations, TranslationDir+"/"+code+".json")
}

// Icon returns the program icon, PNG preferred, or nil when no icon file
// exists yet.
func Icon() fyne.Resource {
	for _, name := range []string{"icon.png", "icon.svg"} {
		if data, err := fs.ReadFile(files, name); err == nil && len(data) > 0 {
			return fyne.NewStaticResource(name, data)
		}
	}
	return nil
}
