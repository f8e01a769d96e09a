package app

import (
	"testing"

	"fyne.io/fyne/v2/theme"

	"tavlen/app/kit"
)

func TestSettingsLanguageThemeAndTextSize(t *testing.T) {
	u := newTestUI(t)
	defer applyLanguage(langDanish)
	if got := u.tabs.Items[0].Text; got != "Tavlen" {
		t.Fatalf("first tab = %q, want Danish", got)
	}
	u.showSettings()
	capture(t, u, "settings")
	f := u.newSettingsForm()
	f.language.SetSelected("English")
	f.variant.SetSelectedIndex(1)
	f.scale.SetValue(150)
	f.apply()
	if got := u.tabs.Items[0].Text; got != "Board" {
		t.Errorf("first tab after switching to English = %q", got)
	}
	if got := u.app.Preferences().String(prefLanguage); got != langEnglish {
		t.Errorf("language preference = %q", got)
	}
	if got := theme.TextSize(); got != 21 {
		t.Errorf("text size at 150%% = %v, want 21", got)
	}
	if u.theme.Variant != "light" || u.app.Preferences().String(prefTheme) != "light" {
		t.Error("light theme not kept")
	}
	if w := u.board.colWidth(colName); w < baseColumnWidths[colName] {
		t.Errorf("column not scaled with text: %v", w)
	}
	capture(t, u, "board_en_150")

	// And back to Danish.
	f = u.newSettingsForm()
	f.language.SetSelected("Dansk")
	f.scale.SetValue(100)
	f.apply()
	if got := u.tabs.Items[0].Text; got != "Tavlen" {
		t.Errorf("first tab after switching back = %q", got)
	}
}

func TestSettingsWhoAmI(t *testing.T) {
	u := newTestUI(t)
	other := u.activeMembers()[2]
	f := u.newSettingsForm()
	f.who.SetSelected(u.memberLabel(other.ID))
	f.apply()
	if u.me.ID != other.ID {
		t.Fatalf("me = %s, want %s", u.me.Initials, other.Initials)
	}
	if got := u.app.Preferences().String(prefMember + u.store.Path()); got != other.Initials {
		t.Errorf("remembered member = %q", got)
	}
}

func TestThemeScalesOnlyText(t *testing.T) {
	th := kit.NewTheme(200, "dark")
	base := theme.DefaultTheme()
	if th.Size(theme.SizeNameText) != 2*base.Size(theme.SizeNameText) {
		t.Error("text not doubled at 200%")
	}
	if th.Size(theme.SizeNamePadding) != base.Size(theme.SizeNamePadding) {
		t.Error("padding scaled")
	}
	if th.Color(theme.ColorNameBackground, theme.VariantLight) != base.Color(theme.ColorNameBackground, theme.VariantDark) {
		t.Error("dark variant not forced")
	}
	if kit.NewTheme(300, "").Scale != 2 || kit.NewTheme(50, "").Scale != 1 {
		t.Error("scale not clamped to 100–200%")
	}
}
