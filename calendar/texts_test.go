package calendar

import (
	"reflect"
	"testing"

	"tavlen/board"
)

// TestStoredTextsCoverEveryStringField sets each string field of an
// appointment, one at a time, to a CPR number and expects the CPR check to
// see it: a new string field that StoredTexts does not list fails here.
func TestStoredTextsCoverEveryStringField(t *testing.T) {
	var paths []string
	walkStrings(reflect.ValueOf(&Appointment{}).Elem(), "", func(_ reflect.Value, p string) { paths = append(paths, p) })
	if len(paths) < 5 {
		t.Fatalf("found only %v", paths)
	}
	for _, path := range paths {
		a := &Appointment{}
		walkStrings(reflect.ValueOf(a).Elem(), "", func(v reflect.Value, p string) {
			if p == path {
				v.SetString("010190-1234")
			}
		})
		if err := board.RefuseCPR(a); board.ErrorCode(err) != board.EInvalid {
			t.Errorf("Appointment%s holds a CPR number the check does not see", path)
		}
	}
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
