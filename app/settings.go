package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
)

// settingsForm holds the per-PC settings: who I am, language, theme and
// text size. Changes apply at once.
type settingsForm struct {
	u        *UI
	who      *widget.Select
	language *widget.Select
	variant  *widget.Select
	scale    *widget.Slider
	scaleLbl *widget.Label
	ids      []int64
	root     fyne.CanvasObject
}

var languageCodes = []string{langSystem, langDanish, langEnglish}

func (u *UI) newSettingsForm() *settingsForm {
	f := &settingsForm{u: u}
	opts, ids := u.memberOptions("")
	f.ids = ids
	f.who = widget.NewSelect(opts, nil)
	if u.me != nil {
		f.who.SetSelected(u.memberLabel(u.me.ID))
	}
	f.language = widget.NewSelect([]string{T("settings.lang.system", "As the system"), "Dansk", "English"}, nil)
	cur := u.app.Preferences().String(prefLanguage)
	for i, c := range languageCodes {
		if c == cur {
			f.language.SetSelectedIndex(i)
		}
	}
	f.variant = widget.NewSelect([]string{T("settings.theme.system", "As the system"), T("settings.theme.light", "Light"), T("settings.theme.dark", "Dark")}, nil)
	switch u.theme.Variant {
	case "light":
		f.variant.SetSelectedIndex(1)
	case "dark":
		f.variant.SetSelectedIndex(2)
	default:
		f.variant.SetSelectedIndex(0)
	}
	f.scale = widget.NewSlider(100, 200)
	f.scale.Step = 10
	f.scale.SetValue(float64(u.theme.Scale * 100))
	f.scaleLbl = widget.NewLabel("")
	f.scaleLbl.SetText(fmt.Sprintf("%.0f %%", f.scale.Value))
	f.scale.OnChanged = func(v float64) { f.scaleLbl.SetText(fmt.Sprintf("%.0f %%", v)) }
	f.root = widget.NewForm(
		widget.NewFormItem(T("settings.who", "I am"), f.who),
		widget.NewFormItem(T("settings.language", "Language"), f.language),
		widget.NewFormItem(T("settings.theme", "Colours"), f.variant),
		widget.NewFormItem(T("settings.text_size", "Text size"), container.NewBorder(nil, nil, nil, f.scaleLbl, f.scale)),
		widget.NewFormItem(T("settings.file", "Team file"), widget.NewLabel(u.filePath())),
		widget.NewFormItem(T("settings.version", "Version"), widget.NewLabel(u.cfg.Version)),
	)
	return f
}

func (u *UI) filePath() string {
	if u.store == nil {
		return ""
	}
	return u.store.Path()
}

// apply stores and applies the settings; the screens are rebuilt when
// language or text size changed.
func (f *settingsForm) apply() {
	u := f.u
	if i := f.who.SelectedIndex(); i >= 0 && i < len(f.ids) {
		if m := u.byID[f.ids[i]]; m != nil {
			u.setMe(m)
		}
	}
	rebuild := false
	if i := f.language.SelectedIndex(); i >= 0 {
		code := languageCodes[i]
		if code != u.app.Preferences().String(prefLanguage) {
			u.app.Preferences().SetString(prefLanguage, code)
			_ = applyLanguage(effectiveLanguage(code))
			rebuild = true
		}
	}
	variant := []string{"", "light", "dark"}[max(f.variant.SelectedIndex(), 0)]
	scale := int(f.scale.Value)
	if variant != u.theme.Variant || scale != int(u.theme.Scale*100+0.5) {
		u.app.Preferences().SetString(prefTheme, variant)
		u.app.Preferences().SetInt(prefScale, scale)
		u.theme = kit.NewTheme(scale, variant)
		u.app.Settings().SetTheme(u.theme)
		rebuild = true
	}
	if rebuild {
		u.rebuild()
	} else if u.title != nil {
		u.title.SetText(u.headerText())
	}
}

// showSettings opens the settings dialog.
func (u *UI) showSettings() {
	f := u.newSettingsForm()
	d := dialog.NewCustomConfirm(T("settings.title", "Settings"), T("settings.apply", "Use"), T("Cancel", "Cancel"), f.root,
		func(ok bool) {
			if ok {
				f.apply()
			}
		}, u.win)
	d.Resize(fyne.NewSize(560, 320))
	d.Show()
}
