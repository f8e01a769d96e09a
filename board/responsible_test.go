package board

import (
	"reflect"
	"testing"
)

// Members who stay responsible keep their place and role; the form's own
// order does not reorder them.
func TestSetResponsibleKeepsOrderAndRoles(t *testing.T) {
	c := &Citizen{Responsible: []Responsibility{{MemberID: 3, Role: "Kontaktperson"}, {MemberID: 5, Role: "Behandler"}, {MemberID: 1, Role: "Egen læge"}}}
	before := c.Responsible
	c.SetResponsible([]int64{1, 3, 5})
	if !reflect.DeepEqual(c.Responsible, before) {
		t.Fatalf("the same members in another order changed the list: %v", c.Responsible)
	}
	c.SetResponsible([]int64{1, 2, 5})
	want := []Responsibility{{MemberID: 5, Role: "Behandler"}, {MemberID: 1, Role: "Egen læge"}, {MemberID: 2}}
	if !reflect.DeepEqual(c.Responsible, want) {
		t.Fatalf("got %v, want %v", c.Responsible, want)
	}
	if before[0].MemberID != 3 {
		t.Fatal("the old list was changed in place")
	}
}
