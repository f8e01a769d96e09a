package calendar

import (
	"strings"
	"sync"
	"text/template"
)

// Problem is one thing a calendar file holds that Tavlen left out or
// changed on import, keyed so the app can say it in the user's language.
type Problem struct {
	// Key is the message's key in the catalogue (package text).
	Key string
	// Args fill the message's {{.Field}} holes. Titles and places quoted
	// from the file are user data and stay here, never in Key; an error
	// is kept as the error, for its own translation.
	Args map[string]any
	// English is the message in English, for the command line.
	English string
}

// problem records one Problem: key and english (a Go template, as the
// catalogue's messages are) with args filling its holes. A sentence given
// once is not repeated.
func (d *decoder) problem(key, english string, args map[string]any) {
	s := fillEnglish(english, args)
	if d.noted == nil {
		d.noted = map[string]bool{}
	}
	if d.noted[s] {
		return
	}
	d.noted[s] = true
	d.imp.Problems = append(d.imp.Problems, Problem{Key: key, Args: args, English: s})
	d.imp.Unsupported = append(d.imp.Unsupported, s)
}

var englishTemplates sync.Map // message → *template.Template

// fillEnglish executes the English message with args; a message that does
// not parse is given as written (the tests hold every message to parse).
func fillEnglish(msg string, args map[string]any) string {
	if !strings.Contains(msg, "{{") {
		return msg
	}
	t, ok := englishTemplates.Load(msg)
	if !ok {
		parsed, err := template.New("").Option("missingkey=zero").Parse(msg)
		if err != nil {
			return msg
		}
		t, _ = englishTemplates.LoadOrStore(msg, parsed)
	}
	var b strings.Builder
	if err := t.(*template.Template).Execute(&b, args); err != nil {
		return msg
	}
	return b.String()
}
