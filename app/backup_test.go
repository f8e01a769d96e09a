package app

import (
	"context"
	"encoding/binary"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/demo"
	"tavlen/storage/sqlite"
)

func TestOpeningMakesTheDailyBackup(t *testing.T) {
	u := newTestUI(t)
	u.bg.Wait()
	list, err := sqlite.Backups(u.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 {
		t.Fatalf("%d backups after opening, want today's one", len(list))
	}
}

// damage scribbles over a page in the middle of a team file, as a broken
// disk or share would.
func damage(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pageSize := int(binary.BigEndian.Uint16(data[16:18]))
	pages := len(data) / pageSize
	for i := range pageSize {
		data[(pages/2)*pageSize+i] = byte(i * 7)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDamagedFileOffersTheNewestBackup(t *testing.T) {
	path := copyDemo(t)
	db, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Backup(context.Background()); err != nil {
		t.Fatal(err)
	}
	db.Close()
	damage(t, path)

	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1600, 1000))
	u := newUI(a, w, Config{Now: func() time.Time { return testNow }})
	a.Preferences().SetString(prefMember+path, demo.FirstMember().Initials)
	u.openPath(path)
	if u.store == nil || !u.store.ReadOnly() {
		t.Fatal("a damaged file must open read-only")
	}
	offer := topOverlay(u)
	if offer == nil || !strings.Contains(textsIn(offer), "Teamfilen er beskadiget") {
		t.Fatalf("no restore offer on top: %v", offer)
	}
	var restore *widget.Button
	for _, o := range objectsIn(offer) {
		if b, ok := o.(*widget.Button); ok && b.Importance == widget.HighImportance {
			restore = b
		}
	}
	if restore == nil {
		t.Fatal("no restore button")
	}
	test.Tap(restore)

	if u.store == nil || u.store.ReadOnly() {
		t.Fatal("after restoring, the file must be writable again")
	}
	if !strings.Contains(textsIn(topOverlay(u)), "Sikkerhedskopi gendannet") {
		t.Errorf("no word that the backup was restored: %s", textsIn(topOverlay(u)))
	}
	u.bg.Wait()
	u.closeStore()
	db, err = sqlite.Open(path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.Corrupt() {
		t.Error("the restored file is still damaged")
	}
}
