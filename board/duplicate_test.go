package board

import "testing"

func TestLikelyDuplicates(t *testing.T) {
	hanne := &Citizen{ID: 1, Name: "Hanne Østby", Phone: "+45 20 30 40 50"}
	others := []*Citizen{hanne, {ID: 2, Name: "Hans Østby"}, {ID: 3, Name: "Ib Jensen", Phone: "11 22 33 44"}}
	for _, tt := range []struct {
		c    Citizen
		want int64
	}{
		{Citizen{Name: "Hanne Østby"}, 1},
		{Citizen{Name: "  hanne   ØSTBY "}, 1},
		{Citizen{Name: "Hanne Ostby"}, 1},
		{Citizen{Name: "Hanne-Østby"}, 1},
		{Citizen{Name: "H. Østby", Phone: "20304050"}, 1},
		{Citizen{Name: "Åse Jensen", Phone: "11223344"}, 3},
	} {
		got := LikelyDuplicates(&tt.c, others)
		if len(got) != 1 || got[0].ID != tt.want {
			t.Errorf("LikelyDuplicates(%q, %q) = %v; want citizen %d", tt.c.Name, tt.c.Phone, got, tt.want)
		}
	}
	for _, c := range []Citizen{{Name: "Hanne Østergaard"}, {Name: "Hans Østbye"}, {Name: "Ib", Phone: "1122"}} {
		if got := LikelyDuplicates(&c, others); len(got) != 0 {
			t.Errorf("LikelyDuplicates(%q) = %v; want none", c.Name, got)
		}
	}
	if FoldName("Åse Ærø") != "aase aero" {
		t.Errorf("FoldName = %q", FoldName("Åse Ærø"))
	}
}
