package kit

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestPlaceChipsShowsMore(t *testing.T) {
	test.NewTempApp(t)
	chips := []ChipSpec{{Text: "! sikkerhed", Fill: ColWarn}, {Text: "revision", Fill: ColAlert}, {Text: "samtykke", Fill: ColAlert}}
	ts := float32(11)
	w := ChipSize(chips[0], ts).Width + ChipSize(chips[1], ts).Width + 10
	places, more := PlaceChips(chips, 0, w, 0, ChipSize(chips[0], ts).Height, ts)
	if more == 0 {
		t.Fatalf("three chips fit in %v: %+v", w, places)
	}
	last := places[len(places)-1].Spec
	if last.Text != "+"+string(rune('0'+more)) || last.Fill != ColAlert {
		t.Errorf("last chip %+v, want a red +%d", last, more)
	}
	if len(places)-1+more != len(chips) {
		t.Errorf("%d shown and %d hidden of %d chips", len(places)-1, more, len(chips))
	}
}
