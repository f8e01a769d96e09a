package board

import (
	"reflect"
	"testing"
)

// TestStoredTextsCoverEveryStringField sets each string field of each
// record type, one at a time, to a CPR number and expects the CPR check to
// see it: a new string field that StoredTexts does not list fails here.
func TestStoredTextsCoverEveryStringField(t *testing.T) {
	for _, newRecord := range []func() TextRecord{
		func() TextRecord { return &Citizen{} },
		func() TextRecord { return &Contact{} },
		func() TextRecord { return &Note{} },
		func() TextRecord { return &Goal{} },
		func() TextRecord { return &Action{} },
		func() TextRecord { return &CrisisPlan{} },
		func() TextRecord { return &Meeting{} },
		func() TextRecord { return &Member{} },
		func() TextRecord { return &Team{} },
		func() TextRecord { return &Theme{} },
	} {
		for _, path := range stringFieldPaths(newRecord()) {
			rec := newRecord()
			setStringField(rec, path, "010190-1234")
			if err := RefuseCPR(rec); ErrorCode(err) != EInvalid {
				t.Errorf("%T%s holds a CPR number the check does not see", rec, path)
			}
		}
	}
}

// TestValidateRefusesCPRInEveryField: the forms' checks refuse a CPR
// number in any stored text, not only in the free-text fields.
func TestValidateRefusesCPRInEveryField(t *testing.T) {
	const cpr = "010190-1234"
	checks := map[string]error{
		"citizen address":      (&Citizen{Name: "Åse", Address: cpr}).Validate(),
		"citizen role":         (&Citizen{Name: "Åse", Responsible: []Responsibility{{MemberID: 1, Role: cpr}}}).Validate(),
		"member name":          (&Member{Name: "Bo " + cpr, Initials: "BO", Sector: Sectors[0]}).Validate(),
		"member phone":         (&Member{Name: "Bo", Initials: "BO", Sector: Sectors[0], Phone: cpr}).Validate(),
		"member organisation":  (&Member{Name: "Bo", Initials: "BO", Sector: Sectors[0], Organisation: cpr}).Validate(),
		"goal life area":       (&Goal{CitizenID: 1, Text: "Bolig", LifeArea: cpr}).Validate(),
		"contact organisation": (&Contact{CitizenID: 1, Name: "Mor", Organisation: cpr}).Validate(),
	}
	for what, err := range checks {
		if e := AsError(err); e == nil || e.Code != EInvalid || e.Message != ErrCPRMessage {
			t.Errorf("%s: %v, want the CPR refusal", what, err)
		}
	}
}

// stringFieldPaths and setStringField walk a record's exported string
// fields, in structs and in slices of structs (given one element).
func stringFieldPaths(rec any) []string {
	var out []string
	walkStrings(reflect.ValueOf(rec).Elem(), "", func(_ reflect.Value, path string) { out = append(out, path) })
	return out
}

func setStringField(rec any, path, value string) {
	walkStrings(reflect.ValueOf(rec).Elem(), "", func(v reflect.Value, p string) {
		if p == path {
			v.SetString(value)
		}
	})
}

func walkStrings(v reflect.Value, path string, visit func(reflect.Value, string)) {
	switch v.Kind() {
	case reflect.String:
		visit(v, path)
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				walkStrings(v.Field(i), path+"."+f.Name, visit)
			}
		}
	case reflect.Slice:
		if v.Len() == 0 {
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		}
		walkStrings(v.Index(0), path+"[0]", visit)
	}
}
