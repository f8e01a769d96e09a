package app

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// fyne's file dialog takes its buttons, placeholder and "(Parent)" from
// fyne's translations (text/translations/*/fyne.json), but writes its
// title as two words ("Gem Fil") and names the places in its side list
// in English ("Home", "Documents"…) whatever the language. These put
// Tavlen's own words there.

// placeNames translates the side list's place names.
func placeNames() map[string]string {
	return map[string]string{
		"Home":      T("file.place.home", "Home"),
		"Computer":  T("file.place.computer", "Computer"),
		"App Files": T("file.place.app_files", "App files"),
		"Desktop":   T("file.place.desktop", "Desktop"),
		"Documents": T("file.place.documents", "Documents"),
		"Downloads": T("file.place.downloads", "Downloads"),
		"Music":     T("file.place.music", "Music"),
		"Pictures":  T("file.place.pictures", "Pictures"),
		"Videos":    T("file.place.videos", "Videos"),
	}
}

// translatePlaces finds the file dialog shown on c and makes its list of
// places show their names in the user's language.
func translatePlaces(c fyne.Canvas) {
	places := firstList(overlayContent(c.Overlays().Top()))
	if places == nil {
		return
	}
	names := placeNames()
	update := places.UpdateItem
	places.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
		update(id, item)
		box, ok := item.(*fyne.Container)
		if !ok {
			return
		}
		for _, o := range box.Objects {
			if l, ok := o.(*widget.Label); ok {
				if name, ok := names[l.Text]; ok {
					l.SetText(name)
				}
			}
		}
	}
	places.Refresh()
}

// overlayContent is what a dialog shows. fyne's dialogs sit in an
// overlay type of fyne's internal package; its Content field is exported,
// so reflection can read it where a type assertion cannot name the type.
func overlayContent(top fyne.CanvasObject) fyne.CanvasObject {
	if pop, ok := top.(*widget.PopUp); ok {
		return pop.Content
	}
	v := reflect.ValueOf(top)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("Content")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	o, _ := f.Interface().(fyne.CanvasObject)
	return o
}

// firstList returns the first list in o's tree: in fyne's file dialog
// that is the list of places on the left of the split.
func firstList(o fyne.CanvasObject) *widget.List {
	var found *widget.List
	walkDialog(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok && found == nil {
			found = l
		}
	})
	return found
}
