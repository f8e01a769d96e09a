// Package assets holds the program icon Tavlen embeds. The words of the
// user interface are in package text.
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
